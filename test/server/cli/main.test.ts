import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../src/server/cli/context';
import { main } from '../../../src/server/cli/main';
import { sink } from '../../support/streams';

const ROOT = resolve(import.meta.dirname, '../../..');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: sink(out), stderr: sink(err), env: {}, isTty: false });
  return { code, out: out.join(''), err: err.join('') };
}

describe('the autocible command line', () => {
  it('lists its commands in English', async () => {
    const { code, out } = await run(['--help', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('automotive targeting');
    for (const command of ['sample', 'doctor']) expect(out).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('speaks French with --lang fr', async () => {
    const { code, out } = await run(['--help', '--lang', 'fr']);
    expect(code).toBe(0);
    expect(out).toContain('ciblage automobile');
  });

  it('rejects an unknown command with a non-zero exit code', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).not.toBe(0);
    expect(err).toContain('frobnicate');
  });

  it('takes the default language from the locale', () => {
    expect(detectLang([], { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(detectLang([], { LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(detectLang([], {})).toBe('en');
    expect(detectLang(['--lang=fr'], { LANG: 'en_US' })).toBe('fr');
    expect(detectLang(['--lang', 'en'], { LANG: 'fr_FR' })).toBe('en');
  });

  it('works as an installed binary (bin/autocible.mjs, from its esbuild bundle)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [resolve(ROOT, 'bin/autocible.mjs'), '--help', '--lang', 'en'], { cwd: ROOT });
    expect(stdout).toMatch(/^\s+sample\b/m);
  });
});
