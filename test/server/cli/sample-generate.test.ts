import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { InterruptSource } from '../../../src/server/cli/interrupt-source';
import { runGenerateSample } from '../../../src/server/cli/sample-generate';
import type { SampleGenerateIo } from '../../../src/server/cli/sample-generate';
import { GenerateArgsError, parseGenerateArgs, readGenerateArgs } from '../../../src/server/cli/sample-generate-args';
import type { SampleOptions, SampleSummary } from '../../../src/server/sample';
import { sink } from '../../support/streams';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

const SUMMARY = (options: SampleOptions): SampleSummary => ({
  options, rows: { 'accounts.csv': 1000, 'contacts.csv': 1750, 'leads.csv': 750, 'vehicles.csv': 3800, 'opportunities.csv': 1900 }, badRows: [],
});

async function run(argv: readonly string[], env: NodeJS.ProcessEnv = {}, extra: Partial<SampleGenerateIo> = {}): Promise<Run & { generated: SampleOptions[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const generated: SampleOptions[] = [];
  const generate = async (options: SampleOptions): Promise<SampleSummary> => {
    generated.push(options);
    return SUMMARY(options);
  };
  let now = 0;
  const code = await runGenerateSample(argv, { stdout: sink(out), stderr: sink(err), env, repoRoot: '/repo', generate, clock: () => (now += 1250), ...extra });
  return { code, out: out.join(''), err: err.join(''), generated };
}

describe('npm run sample:generate -- --help', () => {
  it('prints the usage in the language of --lang, else of the environment, and exits 0 without generating', async () => {
    const fr = await run(['--help', '--lang', 'fr']);
    expect(fr).toMatchObject({ code: 0, err: '', generated: [] });
    expect(fr.out).toMatch(/^Utilisation : npm run sample:generate -- \[options\]\n/u);
    expect(fr.out).toContain('  --scale <f>');
    expect(fr.out).toContain('  -h, --help              affiche cette aide');
    const en = await run(['-h'], { LANG: 'en_GB.UTF-8' });
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Usage: npm run sample:generate -- \[options\]\n/u);
    expect((await run(['--out', '/tmp/x', '--help'], { LANG: 'fr_FR.UTF-8' })).out).toMatch(/^Utilisation :/u);
  });

  it('works through the script package.json runs', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/generate-sample.ts'), '--help', '--lang', 'fr'], { cwd: ROOT });
    expect(stdout).toMatch(/^Utilisation : npm run sample:generate/u);
  });
});

describe('npm run sample:generate with a bad command line', () => {
  it('refuses an unknown option with one line and exit code 2, in each language', async () => {
    expect(await run(['--bogus', '--lang', 'fr'])).toMatchObject({ code: 2, out: '', err: 'Option inconnue : --bogus (voir npm run sample:generate -- --help).\n', generated: [] });
    expect(await run(['-x'], { LANG: 'C.UTF-8' })).toMatchObject({ code: 2, err: 'Unknown option: -x (see npm run sample:generate -- --help).\n' });
  });

  it('says what is wrong with a value, an option without one, or an argument', async () => {
    const lines = async (argv: readonly string[]): Promise<string> => (await run([...argv, '--lang', 'en'])).err;
    expect(await lines(['--out'])).toBe('Option --out expects a value (see npm run sample:generate -- --help).\n');
    expect(await lines(['--out', '--scale', '2'])).toBe('Option --out expects a value (see npm run sample:generate -- --help).\n');
    expect(await lines(['--no-readme=yes'])).toBe('Option --no-readme takes no value (see npm run sample:generate -- --help).\n');
    expect(await lines(['big'])).toBe('Unexpected argument: "big"; options start with -- (see npm run sample:generate -- --help).\n');
    expect(await lines(['--contacts', '1e3.5'])).toBe('--contacts expects a whole number ≥ 0, got "1e3.5".\n');
    expect((await run(['--scale', 'x', '--lang', 'fr'])).err).toBe('--scale attend un nombre positif (0.05, 100…), reçu « x ».\n');
    expect((await run(['--lang', 'de'])).code).toBe(2);
    for (const argv of [['--out'], ['big'], ['--scale', '0'], ['--as-of', '30/06/2026']]) expect((await run(argv)).code).toBe(2);
  });

  it('types each problem, as a RangeError', () => {
    expect(() => readGenerateArgs(['--bogus'], ROOT)).toThrow(GenerateArgsError);
    expect(() => parseGenerateArgs(['--accounts', '2.5'], ROOT)).toThrow(RangeError);
    try {
      readGenerateArgs(['--leads=-3'], ROOT);
    } catch (error) {
      expect((error as GenerateArgsError).problem).toEqual({ kind: 'badCount', option: 'leads', value: '-3' });
    }
  });
});

describe('npm run sample:generate', () => {
  it('generates with the options given and says what it wrote, in each language', async () => {
    const fr = await run(['--out', '/tmp/petit', '--scale', '0.5', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.generated).toEqual([expect.objectContaining({ out: '/tmp/petit', accounts: 1000, contacts: 1750, leads: 750 })]);
    expect(fr.out).toBe('/tmp/petit écrit en 1,3 s : accounts.csv 1\u202f000, contacts.csv 1\u202f750, leads.csv 750, vehicles.csv 3\u202f800, opportunities.csv 1\u202f900 ; 0 ligne fausse exprès.\n');
    const en = await run([], { LANG: 'en_US.UTF-8' });
    expect(en.generated[0]?.out).toBe('/repo/samples');
    expect(en.out).toMatch(/^Wrote \/repo\/samples in 1\.3 s: accounts\.csv 1,000, /u);
  });

  it('says on Ctrl-C that the files are incomplete, with exit code 130', async () => {
    const exits: number[] = [];
    const atOnce: InterruptSource = { once: (handler) => (handler(), () => undefined), exit: (code) => void exits.push(code) };
    const result = await run(['--out', '/tmp/gros', '--lang', 'fr'], {}, { interrupts: atOnce });
    expect(result.err.split('\n')[0]).toBe('Interrompu : les fichiers de /tmp/gros sont incomplets ; relancez la génération.');
    expect(exits).toEqual([130]);
    expect(result.code).toBe(130);
  });

  it('exits with 1 when the files cannot be written', async () => {
    const generate = async (): Promise<SampleSummary> => Promise.reject(Object.assign(new Error('EACCES: permission denied, mkdir \'/root/x\''), { code: 'EACCES' }));
    const result = await run(['--out', '/root/x'], {}, { generate });
    expect(result).toMatchObject({ code: 1, out: '', err: 'EACCES: permission denied, mkdir \'/root/x\'\n' });
  });
});
