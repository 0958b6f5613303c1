import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireRunLock, readAuditLog } from '../../../src/server/audit';
import { consentCommand } from '../../../src/server/cli/commands/consent';
import { oppositionCommand } from '../../../src/server/cli/commands/opposition';
import { OppositionList } from '../../../src/server/opposition';
import type { CliRun, RunOptions } from '../jobs/retention/cli-run';
import { runCli, writeRgpdDataset } from '../jobs/retention/cli-run';

const EMAIL = 'Eric.Ancien@Exemple.fr';
const PHONE = '06 12 34 56 78';
const JSON_KEYS = ['action', 'addedOn', 'index', 'kind', 'listed', 'reason', 'valid'];

const newCwd = (): Promise<string> => mkdtemp(join(tmpdir(), 'autocible-opp-cmd-'));
const run = (cwd: string, args: readonly string[], options: RunOptions = {}): Promise<CliRun> => runCli(oppositionCommand, ['opposition', ...args], { cwd, ...options });
const jsonLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
const stateFiles = async (cwd: string): Promise<string[]> => (await readdir(join(cwd, '.autocible')).catch(() => [])).sort();
const listText = (cwd: string): Promise<string> => readFile(join(cwd, '.autocible', 'opposition.jsonl'), 'utf8');

describe('autocible opposition check', () => {
  it('says nobody is listed on an installation without a salt, and creates nothing', async () => {
    const cwd = await newCwd();
    const result = await run(cwd, ['check', '--email', EMAIL, '--phone', PHONE]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/e-mail #1 +no/u);
    expect(result.stdout).toMatch(/phone #1 +no/u);
    expect(result.stdout).toContain('No salt in');
    expect(await stateFiles(cwd)).toEqual([]);
  });

  it('reports an identifier that is neither an e-mail nor a phone as invalid, with exit code 2', async () => {
    const result = await run(await newCwd(), ['check', '--email', 'eric.ancien-at-exemple.fr', '--phone', PHONE, '--json']);
    expect(jsonLines(result.stdout).map((l) => [l.kind, l.index, l.valid])).toEqual([['email', 1, false], ['phone', 1, true]]);
    expect(result.exitCode).toBe(2);
  });

  it('needs at least one identifier', async () => {
    expect((await run(await newCwd(), ['check'])).exitCode).toBe(2);
  });
});

describe('autocible opposition add and remove', () => {
  it('writes nothing in a dry run, not even the salt, and says what --yes would do, in French', async () => {
    const cwd = await newCwd();
    const result = await run(cwd, ['add', '--email', EMAIL, '--phone', PHONE, '--today', '2026-07-01'], { lang: 'fr' });
    expect(result.stdout).toMatch(/e-mail #1 +non +— +— +serait ajouté/u);
    expect(result.stdout).toMatch(/téléphone #1 +non/u);
    expect(result.stdout).toContain('Pas encore de sel');
    expect(result.stdout).toContain('Simulation : rien n’a été écrit.');
    expect(result.exitCode).toBe(0);
    expect(await stateFiles(cwd)).toEqual([]);
  });

  it('adds, finds, then removes a person with --yes, writing the audit entry of each change and nothing twice', async () => {
    const cwd = await newCwd();
    const ids = ['--email', EMAIL, '--phone', PHONE];
    const added = await run(cwd, ['add', ...ids, '--today', '2026-07-01', '--yes', '--json']);
    expect(jsonLines(added.stdout).map((l) => l.action)).toEqual(['added', 'added']);
    expect(await stateFiles(cwd)).toEqual(['audit.jsonl', 'opposition.jsonl', 'salt']);
    const again = await run(cwd, ['add', '--email', 'eric.ancien@exemple.fr', '--today', '2026-07-02', '--yes', '--json']);
    expect(jsonLines(again.stdout)).toEqual([{ index: 1, kind: 'email', valid: true, listed: true, addedOn: '2026-07-01', reason: 'objection', action: 'alreadyListed' }]);

    const checked = await run(cwd, ['check', ...ids, '--json']);
    for (const line of jsonLines(checked.stdout)) expect(Object.keys(line).sort()).toEqual(JSON_KEYS);
    expect(jsonLines(checked.stdout).map((l) => [l.listed, l.addedOn, l.reason, l.action])).toEqual([[true, '2026-07-01', 'objection', null], [true, '2026-07-01', 'objection', null]]);

    const before = await listText(cwd);
    const dry = await run(cwd, ['remove', '--phone', '+33612345678']);
    expect(dry.stdout).toMatch(/phone #1 +yes +2026-07-01 +objection +would be removed/u);
    expect(await listText(cwd)).toBe(before);

    const removed = await run(cwd, ['remove', '--phone', '+33612345678', '--today', '2026-08-01', '--yes']);
    expect(removed.stdout).toMatch(/phone #1 +yes +2026-07-01 +objection +removed/u);
    expect(removed.stdout).toContain('consent sync will no longer add objections');
    const twice = await run(cwd, ['remove', '--phone', '+33612345678', '--yes', '--json']);
    expect(jsonLines(twice.stdout).map((l) => l.action)).toEqual(['notListed']);

    const after = await run(cwd, ['check', ...ids, '--json']);
    expect(jsonLines(after.stdout).map((l) => l.listed)).toEqual([true, false]);
    expect((await listText(cwd)).trim().split('\n')).toHaveLength(3);
    const audit = (await readAuditLog(join(cwd, '.autocible', 'audit.jsonl'))).flatMap((e) => (e.kind === 'opposition' ? [[e.action, e.identifierHash.kind, e.reason]] : []));
    expect(audit).toEqual([['added', 'email', 'objection'], ['added', 'phone', 'objection'], ['removed', 'phone', 'newConsent']]);
  });

  it('counts two spellings of one address once', async () => {
    const cwd = await newCwd();
    const result = await run(cwd, ['add', '--email', 'jean.martin@gmail.com', '--email', 'Jean.Martin+promo@googlemail.com', '--yes', '--json']);
    expect(jsonLines(result.stdout).map((l) => [l.index, l.action])).toEqual([[1, 'added'], [2, 'duplicate']]);
    expect((await OppositionList.load(join(cwd, '.autocible', 'opposition.jsonl'))).size).toBe(1);
  });

  it('refuses an invalid identifier, a bad --today and any reason but objection with exit code 2, writing nothing', async () => {
    const cwd = await newCwd();
    const invalid = await run(cwd, ['add', '--email', EMAIL, '--phone', '12', '--yes']);
    expect([invalid.exitCode, invalid.stderr.trim()]).toEqual([2, 'phone #1: not a French or E.164 phone number']);
    expect((await run(cwd, ['remove', '--email', 'nobody', '--yes'])).exitCode).toBe(2);
    expect((await run(cwd, ['add', '--email', EMAIL, '--today', '2026-02-30', '--yes'])).exitCode).toBe(2);
    expect((await run(cwd, ['add', '--email', EMAIL, '--reason', 'retention', '--yes'])).exitCode).toBe(2);
    expect((await run(cwd, ['remove', '--yes'])).exitCode).toBe(2);
    // A day not yet come: the list would carry it.
    const future = await run(cwd, ['add', '--email', EMAIL, '--today', '2099-01-01', '--yes']);
    expect(future.exitCode).toBe(2);
    expect(future.stderr).toMatch(/^--today 2099-01-01 is after today \(\d{4}-\d{2}-\d{2}\): the opposition list carries no day yet to come/u);
    expect(await stateFiles(cwd)).toEqual([]);
    expect((await run(cwd, ['add', '--email', EMAIL, '--today', '2099-01-01'])).exitCode).toBe(0);
  });

  it('stops with exit code 1, writing nothing, while a retention apply holds the lock', async () => {
    const cwd = await newCwd();
    // The parent process is alive and is not this one: its lock is not taken over.
    const lock = await acquireRunLock(join(cwd, '.autocible'), process.ppid);
    try {
      const result = await run(cwd, ['add', '--email', EMAIL, '--yes']);
      expect(result.exitCode).toBe(1);
      expect(await stateFiles(cwd)).toEqual(['apply.lock']);
    } finally {
      await lock.release();
    }
  });

  it('stops with exit code 1 on a corrupt list', async () => {
    const cwd = await newCwd();
    await run(cwd, ['add', '--email', EMAIL, '--yes']);
    await writeFile(join(cwd, '.autocible', 'opposition.jsonl'), '{"v":1,"kind":"email"}\n');
    expect((await run(cwd, ['check', '--email', EMAIL])).exitCode).toBe(1);
    expect((await run(cwd, ['remove', '--email', EMAIL, '--yes'])).exitCode).toBe(1);
  });
});

describe('consent check after opposition add and remove', () => {
  it('makes a listed person ineligible, then applies the consent rules again after the removal', async () => {
    const cwd = await newCwd();
    const dir = await writeRgpdDataset();
    const emailLine = async (): Promise<Record<string, unknown> | undefined> => {
      const result = await runCli(consentCommand, ['consent', 'check', '--dir', dir, '--json', '--today', '2026-06-30', '--channel', 'email'], { cwd });
      return jsonLines(result.stdout).find((line) => line.id === 'c0000000000000001');
    };
    expect(await emailLine()).toMatchObject({ eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' });
    await run(cwd, ['add', '--email', 'eric.ancien@exemple.fr', '--yes']);
    expect(await emailLine()).toMatchObject({ eligible: false, ruleId: 'OPPOSITION_LIST' });
    await run(cwd, ['remove', '--email', 'ERIC.ANCIEN@exemple.fr', '--yes']);
    expect(await emailLine()).toMatchObject({ eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' });
  });
});
