import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/server/cli/main';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the two commands: the main job on the sample, then all tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('#')[0]!.trim());
    expect(commands.slice(0, 2)).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(200);
  });

  it('is what CI runs: .ci/run installs with npm ci then runs npm test', () => {
    const ci = readFileSync(resolve(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/npm ci\b/);
    expect(ci.trim().split('\n').at(-1)).toBe('npm test');
  });

  it('only documents autocible commands that exist', () => {
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const program = buildProgram({ lang: 'en', stdout: sink, stderr: sink, env: {}, cwd: ROOT, isTty: false, setExitCode: () => undefined });
    const known = new Set(program.commands.map((c) => c.name()));
    const documented = [...readme.matchAll(/(?:npx )?autocible ([a-z][a-z-]*)/g)].map((m) => m[1]!);
    expect(documented.length).toBeGreaterThan(0);
    for (const name of documented) expect(known.has(name), `README mentions "autocible ${name}"`).toBe(true);
  });
});
