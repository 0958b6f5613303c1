import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** `autocible sample` through the real launcher (bin/autocible.mjs and its bundle). */
async function sample(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [join(ROOT, 'bin/autocible.mjs'), 'sample', '--dir', dir, '--today', '2026-01-01', ...args], {
    cwd: tmpdir(), maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

let dir: string;
beforeAll(async () => {
  // The bundled samples (with their deliberate bad rows), plus one bad mileage on the first vehicle (line 2).
  dir = await mkdtemp(join(tmpdir(), 'autocible-csv-fr-'));
  await cp(join(ROOT, 'samples'), dir, { recursive: true });
  const path = join(dir, 'vehicles.csv');
  const rows = parse(await readFile(path, 'utf8'), { columns: true }) as Record<string, string>[];
  const first = rows[0];
  if (first === undefined) throw new Error('samples/vehicles.csv has no rows');
  first.mileage = 'beaucoup';
  await writeFile(path, stringify(rows, { header: true }), 'utf8');
}, 60_000);

describe('autocible sample --lang fr on rows with bad cells', () => {
  it('prints the whole line in French: category and detail', async () => {
    const out = await sample(dir, '--lang', 'fr');
    expect(out).toContain('vehicles.csv:2  mileage  valeur refusée — pas un nombre : « beaucoup »');
    // A deliberate bad row of a personal-data column: the placeholder, in French, instead of the value.
    expect(out).toMatch(/contacts\.csv:\d+ {2}autoCibleCsp {2}valeur refusée — option inconnue \[donnée personnelle\]/);
    expect(out).not.toContain('Astronaute');
    expect(out).not.toMatch(/not a number|unknown option|must be at least|\[personal data\]/);
  }, 60_000);

  it('prints the English detail with --lang en', async () => {
    const out = await sample(dir, '--lang', 'en');
    expect(out).toContain('vehicles.csv:2  mileage  value rejected — not a number: "beaucoup"');
    expect(out).toMatch(/contacts\.csv:\d+ {2}autoCibleCsp {2}value rejected — unknown option \[personal data\]/);
  }, 60_000);

  it('keeps each reason an English string in --json, whatever the language', async () => {
    const report = JSON.parse(await sample(dir, '--json', '--lang', 'fr')) as { issues: { file: string; line: number; attribute: string | null; reason: unknown }[] };
    const mileage = report.issues.find((i) => i.file === 'vehicles.csv' && i.line === 2);
    expect(mileage).toMatchObject({ attribute: 'mileage', reason: 'not a number: "beaucoup"' });
    expect(report.issues.every((i) => typeof i.reason === 'string')).toBe(true);
  }, 60_000);
});
