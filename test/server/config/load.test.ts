import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ESPO_KEYS, espoAuthFrom, loadConfig } from '../../../src/server/config';
import type { ConfigProblem } from '../../../src/server/config';
import { CANARY } from '../../fixtures/secrets';

function tempDir(files: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'autocible-config-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function problemsOf(run: () => unknown): readonly ConfigProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('configuration must be refused');
}

describe('configuration', () => {
  it('reads the environment and applies the documented defaults', () => {
    const config = loadConfig({ env: { ESPO_URL: 'https://crm.example.com/', ESPO_API_KEY: 'k' }, cwd: tempDir() });
    expect(config.espo).toEqual({ url: 'https://crm.example.com', apiKey: 'k', timeoutMs: 30_000, maxConcurrency: 4, retries: 3 });
    expect(espoAuthFrom(config.espo)).toEqual({ kind: 'apiKey', apiKey: 'k' });
  });

  it('uses HMAC when a secret key is set, Basic for a username and password', () => {
    const cwd = tempDir();
    const hmac = loadConfig({ env: { ESPO_URL: 'https://crm.example.com', ESPO_API_KEY: 'k', ESPO_SECRET_KEY: 's' }, cwd });
    expect(espoAuthFrom(hmac.espo)).toEqual({ kind: 'hmac', apiKey: 'k', secretKey: 's' });
    const basic = loadConfig({ env: { ESPO_URL: 'https://crm.example.com', ESPO_USERNAME: 'u', ESPO_PASSWORD: 'p' }, cwd });
    expect(espoAuthFrom(basic.espo)).toEqual({ kind: 'basic', username: 'u', password: 'p' });
  });

  it('reads autocible.config.json from the working directory; the environment wins field by field', () => {
    const cwd = tempDir({ 'autocible.config.json': JSON.stringify({ espo: { url: 'https://file.example.com', apiKey: 'file-key', retries: 1 } }) });
    const config = loadConfig({ env: { ESPO_API_KEY: 'env-key', ESPO_TIMEOUT_MS: '5000' }, cwd });
    expect(config.espo).toMatchObject({ url: 'https://file.example.com', apiKey: 'env-key', retries: 1, timeoutMs: 5000 });
  });

  it('reads the file given with --config, relative to the working directory', () => {
    const cwd = tempDir({ 'other.json': JSON.stringify({ espo: { url: 'https://other.example.com', apiKey: 'k' } }) });
    expect(loadConfig({ env: {}, cwd, configPath: 'other.json' }).espo.url).toBe('https://other.example.com');
  });

  it('names the missing variable and how to set it', () => {
    expect(problemsOf(() => loadConfig({ env: { ESPO_API_KEY: 'k' }, cwd: tempDir() }))).toEqual([
      { variable: 'ESPO_URL', problem: 'is missing', fix: expect.stringContaining('ESPO_URL=https://'), code: 'missing', field: 'url' },
    ]);
  });

  it('names the file key holding a bad value', () => {
    const cwd = tempDir({ 'autocible.config.json': JSON.stringify({ espo: { url: 'ftp://crm', apiKey: 'k' } }) });
    expect(problemsOf(() => loadConfig({ env: {}, cwd }))).toEqual([
      expect.objectContaining({ variable: `${join(cwd, 'autocible.config.json')}#espo.url`, problem: 'is not an http(s) URL', code: 'invalid', field: 'url' }),
    ]);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf(() => loadConfig({ env: { ESPO_URL: 'nope', ESPO_API_KEY: 'k', ESPO_RETRIES: 'many' }, cwd: tempDir() }));
    expect(problems.map((p) => p.variable).sort()).toEqual(['ESPO_RETRIES', 'ESPO_URL']);
  });

  it.each([
    [{ ESPO_SECRET_KEY: 's' }, 'ESPO_API_KEY'],
    [{ ESPO_USERNAME: 'u' }, 'ESPO_PASSWORD'],
    [{}, 'ESPO_API_KEY'],
  ])('refuses incomplete credentials %j', (credentials, variable) => {
    const problems = problemsOf(() => loadConfig({ env: { ESPO_URL: 'https://crm.example.com', ...credentials }, cwd: tempDir() }));
    expect(problems).toEqual([expect.objectContaining({ variable })]);
  });

  it('reports a missing --config file and invalid JSON', () => {
    const cwd = tempDir({ 'broken.json': '{ nope' });
    expect(problemsOf(() => loadConfig({ env: {}, cwd, configPath: 'absent.json' }))[0]).toMatchObject({ problem: 'does not exist' });
    expect(problemsOf(() => loadConfig({ env: {}, cwd, configPath: 'broken.json' }))[0]).toMatchObject({ problem: 'is not valid JSON' });
  });

  it('never prints a secret, even when the value next to it is wrong', () => {
    const error = (() => {
      try {
        return loadConfig({ env: { ESPO_URL: 'bad', ESPO_API_KEY: CANARY.apiKey, ESPO_SECRET_KEY: CANARY.secretKey, ESPO_TIMEOUT_MS: CANARY.password }, cwd: tempDir() });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const rendered = `${String(error)} ${JSON.stringify(error)} ${error instanceof Error ? error.stack : ''}`;
    for (const secret of [CANARY.apiKey, CANARY.secretKey, CANARY.password]) expect(rendered).not.toContain(secret);
  });
});

describe('ConfigSchema documentation', () => {
  it('documents a @defaultValue for every field', () => {
    const source = readFileSync(new URL('../../../src/server/config/schema.ts', import.meta.url), 'utf8');
    for (const key of ESPO_KEYS) {
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${key}:`, 'u').exec(source);
      expect(doc?.[1], key).toContain('@defaultValue');
    }
  });
});
