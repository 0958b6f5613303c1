import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sink } from '../../../support/streams';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { acquireScoreLock } from '../../../../src/server/audit';
import { scoreCommand } from '../../../../src/server/cli/commands/score';
import type { ScoreCommandOptions } from '../../../../src/server/cli/commands/score';
import type { CliContext } from '../../../../src/server/cli/context';
import { FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import { useMswServer } from '../../../msw/server';
import { restHarness } from './fake-espo';
import { ID, PERSONAL_NAME, seed, tempDir } from './fixtures';

const server = useMswServer();

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

async function run(args: readonly string[], setup: { cwd: string; env?: NodeJS.ProcessEnv; lang?: 'fr' | 'en' }, options: ScoreCommandOptions = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  let exitCode = -1;
  const ctx: CliContext = {
    lang: setup.lang ?? 'en', stdout: sink(out), stderr: sink(err), env: setup.env ?? {}, cwd: setup.cwd, isTty: false,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const now = () => new Date('2025-03-15T08:30:00Z');
  await new Command('autocible').exitOverride().addCommand(scoreCommand(ctx, { now, ...options })).parseAsync(['score', ...args], { from: 'user' });
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

async function jsonlInput(dir: string): Promise<string> {
  const path = join(dir, 'records.jsonl');
  const lines = Object.entries(seed()).flatMap(([entityType, records]) => records.map((r) => JSON.stringify({ entityType, ...r })));
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

const parseLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('autocible score', () => {
  it('prints one JSON line per record with the score, its reasons and the model version', async () => {
    const cwd = await tempDir();
    const result = await run(['--input', await jsonlInput(cwd), '--today', '2025-03-15', '--json', '--dry-run'], { cwd, lang: 'fr' });
    expect(result.exitCode).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines).toHaveLength(5);
    const lease = lines.find((l) => l.id === ID.lease);
    expect(lease).toMatchObject({ entityType: 'Contact', grade: expect.any(String), modelVersion: 'b2c-renewal@2025.1.1' });
    for (const key of ['score', 'fit', 'engagement']) expect(typeof lease?.[key]).toBe('number');
    const reasons = lease?.reasons as Record<string, unknown>[];
    expect(Object.keys(reasons[0] ?? {}).sort()).toEqual(['label', 'points', 'rule', 'value']);
    expect(reasons.find((r) => r.rule === 'lease-end-3m')).toMatchObject({ label: 'Fin de LOA ou LLD le 20/05/2025', value: '2025-05-20', points: 35 });
    expect(result.stderr).toContain('Calculés : 5');
  });

  it('gives identical output for the same --today, and writes that day in the scored-at field', async () => {
    const cwd = await tempDir();
    const input = await jsonlInput(cwd);
    const a = await run(['--input', input, '--today', '2025-03-15', '--json', '--dry-run'], { cwd });
    const b = await run(['--input', input, '--today', '2025-03-15', '--json', '--dry-run'], { cwd });
    expect(b.stdout).toBe(a.stdout);
    const out = join(cwd, 'changes.jsonl');
    await run(['--input', input, '--today', '2024-12-01', '--out', out], { cwd });
    const changes = parseLines(await readFile(out, 'utf8'));
    expect(changes).toHaveLength(5);
    expect(changes[0]).toMatchObject({ entityType: 'Contact', changed: { autoCibleScoredAt: '2024-12-01 08:30:00' } });
  });

  it('refuses a bad --today or --input with --dir with exit code 2', async () => {
    const cwd = await tempDir();
    expect((await run(['--today', '2025-02-30'], { cwd })).exitCode).toBe(2);
    expect((await run(['--input', 'a.jsonl', '--dir', 'b'], { cwd })).exitCode).toBe(2);
  });

  it('reports an invalid scoring model file with exit code 1', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'model.yaml'), 'id: Not Kebab\nrules: []\n');
    const result = await run(['--input', await jsonlInput(cwd), '--model', 'model.yaml'], { cwd });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('model.yaml');
  });

  it('names each skipped CSV row with the reader\'s reason in the language asked, never a personal value', async () => {
    const cwd = await tempDir();
    const samples = join(import.meta.dirname, '../../../../samples');
    const args = ['--dir', samples, '--offline', '--dry-run', '--today', '2026-06-30'];
    const fr = await run(args, { cwd, lang: 'fr' });
    expect(fr.exitCode).toBe(0);
    expect(fr.stdout).toContain('AutoCibleVehicle ligne 13 : invalidValue (mileage) — doit être supérieur ou égal à 0');
    expect(fr.stdout).toMatch(/Contact ligne 151 : invalidValue \(autoCibleCsp\) — option inconnue \[donnée personnelle\]/);
    const en = await run(args, { cwd, lang: 'en' });
    expect(en.stdout).toContain('AutoCibleVehicle line 13: invalidValue (mileage) — must be at least 0');
    // French puts a space before a colon, English does not.
    for (const heading of [/^Notes : A /m, /^Raisons les plus fréquentes :$/m, /^Enregistrements ignorés :$/m]) expect(fr.stdout).toMatch(heading);
    for (const heading of [/^Grades: A /m, /^Most frequent reasons:$/m, /^Skipped records:$/m]) expect(en.stdout).toMatch(heading);
  });

  it('names each bad JSONL record by line and field, counts a line of an unknown type, never shows a personal value', async () => {
    const cwd = await tempDir();
    const path = join(cwd, 'records.jsonl');
    await writeFile(path, [
      JSON.stringify({ entityType: 'Contact', id: 'c1', lastName: PERSONAL_NAME, autoCibleCustomerKind: 'PARTICULIER', autoCibleLifecycleStage: 'CLIENT' }),
      JSON.stringify({ entityType: 'Contact', id: 'c2', lastName: PERSONAL_NAME, autoCibleCustomerKind: 'WHATEVER', autoCibleLifecycleStage: 'NOPE' }),
      JSON.stringify({ entityType: 'AutoCibleVehicle', id: 'v1', name: 'Clio', contactId: 'c1', mileage: -5 }),
      JSON.stringify({ entityType: 'AutoCibleVehicle', id: 'v2', name: 'Clio', contactId: 'c1', energyCode: 'ZZ' }),
      '{"entityType":"Foo","id":"x1"}',
    ].join('\n'));
    const result = await run(['--input', path, '--today', '2025-03-15', '--dry-run'], { cwd, lang: 'en' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Contact line 2: invalidValue (autoCibleCustomerKind) — unknown option "WHATEVER"');
    expect(result.stdout).toContain('AutoCibleVehicle line 3: invalidValue (mileage) — must be at least 0');
    expect(result.stdout).toContain('AutoCibleVehicle line 4: invalidValue (energyCode) — unknown option "ZZ"');
    expect(result.stdout).toMatch(/line 5: unknownEntityType/);
    expect(result.stdout).toMatch(/Errors: 4\b/);
    expect(result.stdout + result.stderr).not.toContain(PERSONAL_NAME);
  });

  it('leaves no state file after a dry run or an offline run that saves nothing, and remembers a run with --out', async () => {
    const cwd = await tempDir();
    const input = await jsonlInput(cwd);
    await run(['--input', input, '--dry-run'], { cwd });
    expect(existsSync(join(cwd, '.autocible', 'state.json'))).toBe(false);
    await run(['--input', input], { cwd });
    expect(existsSync(join(cwd, '.autocible', 'state.json'))).toBe(false);
    await run(['--input', input, '--out', join(cwd, 'changes.jsonl')], { cwd });
    expect(JSON.parse(await readFile(join(cwd, '.autocible', 'state.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('refuses a --today after today unless it is a dry run: the scores would be dated on a day to come', async () => {
    const cwd = await tempDir();
    const input = await jsonlInput(cwd);
    const now = () => new Date('2025-03-15T10:00:00Z');
    const refused = await run(['--input', input, '--out', join(cwd, 'changes.jsonl'), '--today', '2025-03-16'], { cwd, lang: 'en' }, { now });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('--today 2025-03-16 is after today (2025-03-15)');
    expect(existsSync(join(cwd, 'changes.jsonl'))).toBe(false);
    const fr = await run(['--input', input, '--today', '2025-03-16'], { cwd, lang: 'fr' }, { now });
    expect(fr.stderr).toContain('Ajoutez --dry-run');
    const ahead = await run(['--input', input, '--today', '2025-03-16', '--dry-run'], { cwd }, { now });
    expect(ahead.exitCode).toBe(0);
  });

  it('refuses to write while another run or serve holds the state file, before touching --out; a dry run still goes', async () => {
    const cwd = await tempDir();
    const input = await jsonlInput(cwd);
    const out = join(cwd, 'changes.jsonl');
    await writeFile(out, 'earlier run\n');
    const serve = await acquireScoreLock(join(cwd, '.autocible', 'state.json'), process.ppid);
    try {
      const refused = await run(['--input', input, '--out', out, '--today', '2025-03-15'], { cwd, lang: 'en' });
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toContain('Another score run, or autocible serve, already writes this state file');
      expect(await readFile(out, 'utf8')).toBe('earlier run\n');
      const dry = await run(['--input', input, '--out', out, '--today', '2025-03-15', '--dry-run'], { cwd });
      expect(dry.exitCode).toBe(0);
    } finally {
      await serve.release();
    }
    expect((await run(['--input', input, '--out', out, '--today', '2025-03-15'], { cwd })).exitCode).toBe(0);
  });

  it('dates the scores of a --today that is today in Paris with the UTC day, never a day ahead', async () => {
    const cwd = await tempDir();
    const input = await jsonlInput(cwd);
    const out = join(cwd, 'changes.jsonl');
    // 00:30 on 2 June in Paris is still 1 June in UTC.
    const result = await run(['--input', input, '--out', out, '--today', '2026-06-02'], { cwd }, { now: () => new Date('2026-06-01T22:30:00Z') });
    expect(result.exitCode).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { changed: Record<string, unknown> });
    expect(lines.map((line) => line.changed.autoCibleScoredAt)).toContain('2026-06-01 22:30:00');
    expect(lines.every((line) => line.changed.autoCibleScoredAt === '2026-06-01 22:30:00')).toBe(true);
  });

  it('says an incremental run rescores everything because the model changed, in French and English', async () => {
    const cwd = await tempDir();
    const input = await jsonlInput(cwd);
    const out = join(cwd, 'changes.jsonl');
    await run(['--input', input, '--out', out, '--today', '2025-03-15'], { cwd });
    const model = join(cwd, 'b2b.yaml');
    const shipped = await readFile(join(process.cwd(), 'models', 'b2b-fleet.yaml'), 'utf8');
    await writeFile(model, shipped.replace(/^version: .*$/mu, 'version: 2099.1.0'));
    const en = await run(['--input', input, '--out', out, '--today', '2025-03-15', '--since', '--model', model], { cwd, lang: 'en' });
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toContain('Incremental: the model changed since the last successful run (b2b-fleet@2025.2.1, b2c-renewal@2025.1.1 → b2b-fleet@2099.1.0, b2c-renewal@2025.1.1), everything is rescored.');
    await writeFile(model, shipped.replace(/^version: .*$/mu, 'version: 2099.2.0'));
    const fr = await run(['--input', input, '--out', out, '--today', '2025-03-15', '--since', '--model', model], { cwd, lang: 'fr' });
    expect(fr.stdout).toContain('Incrémental : le modèle a changé depuis le dernier passage réussi (b2b-fleet@2099.1.0, b2c-renewal@2025.1.1 → b2b-fleet@2099.2.0, b2c-renewal@2025.1.1), tout est recalculé.');
  });

  it('exits with 130 when interrupted: with --out, asks for a rerun; without, says nothing was saved', async () => {
    const cwd = await tempDir();
    const controller = new AbortController();
    controller.abort();
    const input = await jsonlInput(cwd);
    const out = await run(['--input', input, '--out', join(cwd, 'changes.jsonl')], { cwd }, { signal: controller.signal });
    expect(out.exitCode).toBe(130);
    // The report ends with the line saying so, after where the offline run saved.
    expect(out.stdout.trimEnd().split('\n').at(-1)).toContain('run the same command again to continue and complete it');
    const bare = await run(['--input', input], { cwd, lang: 'fr' }, { signal: controller.signal });
    expect(bare.exitCode).toBe(130);
    expect(bare.stdout.trimEnd().split('\n').at(-1)).toBe('Interrompu : rien n’a été enregistré (hors ligne sans --out) ; la prochaine exécution reprend du début.');
  });

  it('scores EspoCRM when connection settings are present, and writes nothing the second time', async () => {
    const harness = restHarness(server, seed());
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: FAKE_CREDENTIALS.apiKey, ESPO_RETRIES: '0' };
    const cwd = await tempDir();
    const first = await run(['--today', '2025-03-15'], { cwd, env });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain(`EspoCRM ${harness.fake.baseUrl}`);
    expect(first.stdout).toContain('Written: 5');
    const patches = harness.patches();
    const second = await run(['--today', '2025-03-15'], { cwd, env });
    expect(second.stdout).toContain('Written: 0');
    expect(harness.patches()).toBe(patches);
  });

  it('never prints nor files the credentials an ESPO_URL carries (a proxy login): the title and the state key show the bare address', async () => {
    const harness = restHarness(server, seed());
    const url = new URL(harness.fake.baseUrl);
    url.username = 'proxyuser';
    url.password = 'proxy-pass-9d2e';
    const env = { ESPO_URL: url.href, ESPO_API_KEY: FAKE_CREDENTIALS.apiKey, ESPO_RETRIES: '0' };
    const cwd = await tempDir();
    const out = await run(['--today', '2025-03-15'], { cwd, env });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain(`EspoCRM ${harness.fake.baseUrl.replace(/\/$/u, '')}`);
    const state = await readFile(join(cwd, '.autocible', 'state.json'), 'utf8');
    for (const text of [out.stdout, out.stderr, state]) {
      expect(text).not.toContain('proxy-pass-9d2e');
      expect(text).not.toContain('proxyuser');
    }
  });
});
