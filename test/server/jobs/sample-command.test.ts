import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sink } from '../../support/streams';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_KIND, LIFECYCLE_STAGE } from '../../../src/core/catalogue';
import { sampleCommand } from '../../../src/server/cli/commands/sample';
import type { CliContext } from '../../../src/server/cli/context';
import { entitySpec, SAMPLE_FILES } from '../../../src/server/csv';
import type { SampleReport } from '../../../src/server/jobs';
import type { SampleSummary } from '../../../src/server/sample';
import { generateSmall } from '../sample/small-dataset';
import { writeTinyDataset } from './tiny-dataset';

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

async function run(args: readonly string[], lang: 'fr' | 'en', isTty = false): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  let exitCode = 0;
  const ctx: CliContext = {
    lang, stdout: sink(out), stderr: sink(err), env: {}, cwd: process.cwd(), isTty,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command('autocible').exitOverride().addCommand(sampleCommand(ctx));
  await program.parseAsync(['sample', ...args], { from: 'user' });
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

/** Every personal-data value (4+ characters) of the deliberate bad rows, read from the files. */
async function personalValuesOfBadRows(summary: SampleSummary): Promise<string[]> {
  const values: string[] = [];
  for (const { file, entityType } of SAMPLE_FILES) {
    const rows = parse(await readFile(join(summary.options.out, file), 'utf8'), { columns: true }) as Record<string, string>[];
    const personal = entitySpec(entityType).personal;
    for (const bad of summary.badRows.filter((b) => b.file === file)) {
      const row = rows[bad.line - 2] ?? {};
      for (const [attribute, value] of Object.entries(row)) if (personal.has(attribute) && value.length >= 4) values.push(value);
    }
  }
  return values;
}

let summary: SampleSummary;
beforeAll(async () => {
  summary = await generateSmall();
});

describe('autocible sample', () => {
  it.each(['fr', 'en'] as const)('prints every bad row as file:line and column, in %s', async (lang) => {
    const { stdout, exitCode } = await run(['--dir', summary.options.out, '--today', '2026-07-01'], lang);
    expect(exitCode).toBe(0);
    for (const bad of summary.badRows) expect(stdout).toContain(`${bad.file}:${bad.line}  ${bad.attribute}`);
  });

  it.each(['fr', 'en'] as const)('never prints a personal-data value of a bad row, in %s', async (lang) => {
    const { stdout } = await run(['--dir', summary.options.out, '--today', '2026-07-01'], lang);
    const values = await personalValuesOfBadRows(summary);
    expect(values).toEqual(expect.arrayContaining(['Astronaute', '31/04/1985', '2023-02-30']));
    for (const value of values) expect(stdout, value).not.toContain(value);
  });

  it('formats amounts per language', async () => {
    const dir = await writeTinyDataset();
    const fr = await run(['--dir', dir, '--today', '2026-01-01'], 'fr');
    const en = await run(['--dir', dir, '--today', '2026-01-01'], 'en');
    expect(fr.stdout.replace(/[\u202f\u00a0]/g, ' ')).toContain('48 800,00 €');
    expect(en.stdout).toContain('€48,800.00');
    const label = (def: typeof CUSTOMER_KIND | typeof LIFECYCLE_STAGE, code: string, lang: 'fr' | 'en') => def.options.find((o) => o.code === code)?.label[lang];
    expect(fr.stdout).toContain(`${label(CUSTOMER_KIND, 'PROFESSIONNEL', 'fr')} · ${label(LIFECYCLE_STAGE, 'PROSPECT', 'fr')}`);
    expect(en.stdout).toContain(`${label(CUSTOMER_KIND, 'PROFESSIONNEL', 'en')} · ${label(LIFECYCLE_STAGE, 'PROSPECT', 'en')}`);
  });

  it('prints the plain report as JSON with --json', async () => {
    const { stdout } = await run(['--dir', summary.options.out, '--today', '2026-07-01', '--json'], 'en');
    const report = JSON.parse(stdout) as SampleReport;
    expect(report.files.map((f) => f.file)).toEqual(SAMPLE_FILES.map((f) => f.file));
    expect(report.issues).toHaveLength(summary.badRows.length);
    expect(report.today).toBe('2026-07-01');
  });

  it('shows progress on a terminal only', async () => {
    const tty = await run(['--dir', summary.options.out, '--today', '2026-07-01'], 'en', true);
    const pipe = await run(['--dir', summary.options.out, '--today', '2026-07-01'], 'en', false);
    expect(tty.stderr).toContain('contacts.csv: ');
    expect(pipe.stderr).toBe('');
  });

  it.each([
    ['fr', 'Dossier introuvable : /nonexistent/autocible'],
    ['en', 'Directory not found: /nonexistent/autocible'],
  ] as const)('exits with 1 and a clear message when the directory is missing (%s)', async (lang, message) => {
    const result = await run(['--dir', '/nonexistent/autocible'], lang);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('exits with 1 naming the missing columns of an unusable header', async () => {
    const dir = await writeTinyDataset({ 'opportunities.csv': 'id,name\no1,Vente' });
    const result = await run(['--dir', dir, '--today', '2026-01-01'], 'en');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('opportunities.csv: required columns missing from the header: stage, amount, closeDate');
  });

  it('exits with 2 on an impossible --today', async () => {
    const result = await run(['--dir', summary.options.out, '--today', '2026-02-30'], 'fr');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('2026-02-30');
  });
});
