import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBundlePath } from '../../../bin/cli-bundle.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs a launcher with node; `closeEarly` closes its stdout after the first chunk, as `| head -c 1` would. */
function launch(launcher: string, args: readonly string[], options: { cwd?: string; closeEarly?: boolean } = {}): Promise<Run> {
  const child = spawn(process.execPath, [launcher, ...args], { cwd: options.cwd ?? tmpdir(), env: { ...process.env, LANG: 'en_GB.UTF-8' } });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (options.closeEarly === true) child.stdout.destroy();
  });
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, out, err })));
}

describe('bin/autocible.mjs on this repository', () => {
  const launcher = join(ROOT, 'bin/autocible.mjs');

  // On a fresh clone this run first builds the CLI bundle, then runs the whole sample job: more than the default
  // 20 s on a busy two-core machine.
  it('runs the bundled sample command on the bundled samples/ folder from any working directory', { timeout: 90_000 }, async () => {
    const { code, out, err } = await launch(launcher, ['sample', '--json', '--today', '2025-03-15', '--lang', 'en']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const report = JSON.parse(out) as { dir: string; files: { file: string; rows: number }[] };
    expect(report.dir).toBe(join(ROOT, 'samples'));
    expect(report.files.find((f) => f.file === 'contacts.csv')?.rows).toBeGreaterThan(0);
    // The three sources that locate repository files through import.meta.url have their own URL in the bundle.
    const dir = dirname(cliBundlePath(ROOT));
    const bundle = readdirSync(dir).filter((name) => name.endsWith('.mjs')).map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(bundle.length).toBeGreaterThan(1);
    expect(bundle.join('\n')).not.toMatch(/\bimport\.meta\b/);
  });

  it("passes the command's exit code on", async () => {
    expect(await launch(launcher, ['frobnicate'])).toMatchObject({ code: 2, out: '' });
  });
});

describe('bin/autocible.mjs on a project of its own', () => {
  let project: string;
  const launcher = (): string => join(project, 'bin/autocible.mjs');
  const writeMain = (source: string): void => writeFileSync(join(project, 'src/server/cli/main.ts'), source);

  beforeAll(() => {
    // The launcher and its builder copied beside a small main.ts; only esbuild comes from this repository.
    project = mkdtempSync(join(tmpdir(), 'autocible-launcher-'));
    mkdirSync(join(project, 'bin'));
    mkdirSync(join(project, 'src/server/cli'), { recursive: true });
    mkdirSync(join(project, 'node_modules'));
    for (const file of ['autocible.mjs', 'cli-bundle.mjs']) copyFileSync(join(ROOT, 'bin', file), join(project, 'bin', file));
    symlinkSync(join(ROOT, 'node_modules/esbuild'), join(project, 'node_modules/esbuild'), 'dir');
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(project, 'tsconfig.json'), '{}\n');
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("prints nothing of its own, on the first start as on the next, and returns main's exit code", async () => {
    writeMain("export async function main(argv: readonly string[]): Promise<number> {\n  process.stdout.write(argv.join(','));\n  return 3;\n}\n");
    expect(await launch(launcher(), ['a', 'b'])).toEqual({ code: 3, out: 'a,b', err: '' });
    expect(await launch(launcher(), ['c'])).toEqual({ code: 3, out: 'c', err: '' });
  });

  it('exits 0 when the reader closes the pipe early', async () => {
    writeMain("export async function main(): Promise<number> {\n  for (let i = 0; i < 200; i += 1) await new Promise((done) => process.stdout.write('x'.repeat(65536), done));\n  return 0;\n}\n");
    const run = await launch(launcher(), [], { closeEarly: true });
    expect(run.code).toBe(0);
    expect(run.out.length).toBeLessThan(200 * 65536);
  });

  it("exits 1 with esbuild's errors on stderr when the sources do not build", async () => {
    writeMain("import { nothing } from './missing';\nexport const main = nothing;\n");
    const { code, out, err } = await launch(launcher(), []);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toContain('src/server/cli/main.ts:1');
    expect(err).toContain('./missing');
  });
});
