import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { config as zodConfig } from 'zod';
import type { CliContext } from '../../../src/server/cli/context';
import { detectLang } from '../../../src/server/cli/context';
import { buildProgram, commandOf, loadCommands, main } from '../../../src/server/cli/main';
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
    expect(code).toBe(2);
    expect(err).toContain('frobnicate');
  });

  it('sets zod to its interpreted parsers before a command makes its schemas', async () => {
    zodConfig({ jitless: false });
    await run(['--help']);
    expect(zodConfig().jitless).toBe(true);
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

  it('answers a command\'s help, a subcommand\'s help and a bad option in-process, on its own streams, without exiting', async () => {
    const help = await run(['score', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: autocible score \[options\]/m);
    const nested = await run(['retention', 'plan', '--help', '--lang', 'en']);
    expect(nested.code).toBe(0);
    expect(nested.out).toMatch(/^Usage: autocible retention plan \[options\]/m);
    const bad = await run(['score', '--no-such-option']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--no-such-option');
  });

  it('prints the help of the one command it loads, asked either way', async () => {
    for (const argv of [['score', '--help'], ['--lang', 'en', 'help', 'score']]) {
      const { stdout } = await promisify(execFile)(process.execPath, [resolve(ROOT, 'bin/autocible.mjs'), ...argv], { cwd: ROOT });
      expect(stdout).toMatch(/^Usage: autocible score \[options\]/m);
      expect(stdout).toContain('--dry-run');
    }
  });
});

describe('loading the commands', () => {
  const ctx: CliContext = { lang: 'en', stdout: sink([]), stderr: sink([]), env: {}, cwd: ROOT, isTty: false, setExitCode: () => undefined };
  const ALL = ['sample', 'score', 'vmc', 'derive', 'serve', 'webhooks', 'retention', 'consent', 'opposition', 'register', 'doctor'];

  it('finds the command an invocation runs, after the options before it and behind `help`', () => {
    expect(commandOf(['score', '--dir', 'x', 'sample'])).toBe('score');
    expect(commandOf(['--lang', 'fr', 'doctor'])).toBe('doctor');
    expect(commandOf(['--lang=fr', 'consent', '-h', 'check'])).toBe('consent');
    expect(commandOf(['help', 'serve'])).toBe('serve');
    expect(commandOf(['--lang', 'score', 'sample'])).toBe('sample');
    expect([commandOf([]), commandOf(['--help']), commandOf(['help']), commandOf(['frobnicate', 'score']), commandOf(['toString'])]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // The program's help, which lists every command.
    expect([commandOf(['--help', 'score']), commandOf(['--lang', 'fr', '-h', 'doctor'])]).toEqual([undefined, undefined]);
  });

  it('loads only the command that runs, and every command, in order, for a listing or an unknown name', async () => {
    expect((await loadCommands(ctx, ['score', '--offline'])).map((c) => c.name())).toEqual(['score']);
    expect((await loadCommands(ctx, ['--help'])).map((c) => c.name())).toEqual(ALL);
    expect((await loadCommands(ctx, ['frobnicate'])).map((c) => c.name())).toEqual(ALL);
  });

  it('names every command without loading any', () => {
    expect(buildProgram(ctx).commands.map((c) => c.name())).toEqual(ALL);
  });
});
