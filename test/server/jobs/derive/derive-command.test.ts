import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { deriveCommand } from '../../../../src/server/cli/commands/derive';
import type { DeriveCommandOptions } from '../../../../src/server/cli/commands/derive';
import { FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import { forbidden } from '../../../msw/fake-espo/responses';
import { useMswServer } from '../../../msw/server';
import { runCliCommand } from '../../../support/run-cli-command';
import type { CliRun, CliRunSetup } from '../../../support/run-cli-command';
import { tempDir } from '../score/fixtures';
import { writeTinyDataset } from '../tiny-dataset';
import { deriveHarness, EXPECTED_CHANGES, ID, PERSONAL, TINY_VEHICLES } from './fixtures';

const server = useMswServer();

async function run(args: readonly string[], setup: CliRunSetup, options: DeriveCommandOptions = {}): Promise<CliRun> {
  const now = () => new Date('2026-01-01T07:30:00Z');
  return runCliCommand('derive', (ctx) => deriveCommand(ctx, { now, ...options }), args, setup);
}

const parseLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

function espoEnv(harness: ReturnType<typeof deriveHarness>, apiKey: string = FAKE_CREDENTIALS.apiKey): NodeJS.ProcessEnv {
  return { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: apiKey, ESPO_RETRIES: '0' };
}

const DERIVED = ['category', 'energyFamily', 'nextCtDueDate'];

describe('autocible derive offline', () => {
  it('derives every vehicle of the bundled sample, writes nothing, and counts them', async () => {
    const result = await run([], { cwd: await tempDir() });
    expect(result.exitCode).toBe(0);
    const read = /Read: ([\d,]+) vehicles/u.exec(result.stdout);
    expect(Number(read?.[1]?.replace(/,/gu, ''))).toBeGreaterThan(7000);
    expect(result.stdout).toMatch(/To write: [\d,]+ {3}Unchanged: [\d,]+ {3}Errors: 0/u);
    expect(result.stdout).toContain('Offline: nothing is written to EspoCRM.');
    expect(result.stdout).toContain('Dataset rows rejected and left out (see autocible sample): 3');
  });

  it('--json: one line per vehicle, its id and the changed fields with their values; none on the sample’s own day', async () => {
    // The sample was generated as of 2026-06-30 with the catalogue's own rule: nothing to change that day.
    const sameDay = await run(['--json', '--today', '2026-06-30'], { cwd: await tempDir() });
    const lines = parseLines(sameDay.stdout);
    const read = /Read: ([\d,]+) vehicles/u.exec(sameDay.stderr);
    expect(lines).toHaveLength(Number(read?.[1]?.replace(/,/gu, '')));
    for (const line of lines) expect(line).toEqual({ id: expect.any(String), changes: {} });
    // A year later, deadlines have passed: the next CT alone moves.
    const later = parseLines((await run(['--json', '--today', '2027-06-30'], { cwd: await tempDir() })).stdout);
    const changed = later.filter((line) => Object.keys(line.changes as object).length > 0);
    expect(changed.length).toBeGreaterThan(100);
    for (const line of changed) {
      expect(Object.keys(line)).toEqual(['id', 'changes']);
      expect(Object.keys(line.changes as object)).toEqual(['nextCtDueDate']);
    }
  });

  it('reads a --dir dataset: what it would write, rejected rows counted, no plate printed', async () => {
    const dir = await writeTinyDataset({ 'vehicles.csv': TINY_VEHICLES });
    const result = await run(['--dir', dir, '--json', '--today', '2026-01-01'], { cwd: await tempDir(), lang: 'fr' });
    expect(result.exitCode).toBe(0);
    expect(parseLines(result.stdout)).toEqual([
      { id: 'v0000000000000001', changes: {} },
      { id: 'v0000000000000002', changes: { category: 'PL' } },
      { id: 'v0000000000000003', changes: { category: 'VUL', energyFamily: 'DIESEL', nextCtDueDate: '2027-06-01' } },
    ]);
    expect(result.stderr).toContain('Lus : 3 véhicules');
    expect(result.stderr).toContain('À écrire : 2   Inchangés : 1   Erreurs : 0');
    expect(result.stderr).toContain('Lignes rejetées du jeu de données, laissées de côté (voir autocible sample) : 1');
    for (const plate of ['ZZ999ZZ', 'AB123CD', 'XY987ZT']) expect(result.stdout + result.stderr).not.toContain(plate);
  });

  it('refuses a bad --today with exit code 2, and names a missing --dir with exit code 1', async () => {
    const cwd = await tempDir();
    expect((await run(['--today', '2026-02-30'], { cwd })).exitCode).toBe(2);
    const missing = await run(['--dir', 'nowhere'], { cwd });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('nowhere');
  });
});

describe('autocible derive on EspoCRM', () => {
  it('writes the changed fields, then nothing on a second run', async () => {
    const harness = deriveHarness(server);
    const cwd = await tempDir();
    const first = await run(['--today', '2026-01-01'], { cwd, env: espoEnv(harness) });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain(`AutoCible — derived vehicle fields of EspoCRM ${harness.fake.baseUrl} as of 2026-01-01`);
    expect(first.stdout).toContain('Read: 8 vehicles');
    expect(first.stdout).toContain('Written: 5   Unchanged: 2   Errors: 1');
    expect(first.stdout).toContain('Fields written: Category 3 · Energy family 2 · Next roadworthiness test 3');
    expect(harness.stored(ID.fresh)).toEqual(EXPECTED_CHANGES[ID.fresh]);
    const patches = harness.patches();
    const second = await run([], { cwd, env: espoEnv(harness) });
    expect(second.stdout).toContain('Written: 0   Unchanged: 7   Errors: 1');
    expect(harness.patches()).toBe(patches);
  });

  it('--dry-run --json: one line per vehicle with the fields it would write, nothing written', async () => {
    const harness = deriveHarness(server);
    const result = await run(['--dry-run', '--json'], { cwd: await tempDir(), env: espoEnv(harness) });
    expect(result.exitCode).toBe(0);
    expect(harness.patches()).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines.map((l) => l.id)).toEqual(Object.values(ID).filter((id) => id !== ID.badMec));
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'changes']);
      expect(line.changes).toEqual(EXPECTED_CHANGES[line.id as string] ?? {});
      for (const key of Object.keys(line.changes as object)) expect(DERIVED).toContain(key);
    }
    expect(result.stderr).toContain('(dry run: nothing is written)');
    expect(result.stderr).toContain('To write: 5   Unchanged: 2   Errors: 1');
  });

  it('reports a vehicle whose MEC is no date by id, field and code, exits 0, and never prints its plate, VIN or name', async () => {
    const harness = deriveHarness(server);
    const result = await run(['--json'], { cwd: await tempDir(), env: espoEnv(harness), lang: 'fr' });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('Véhicules ignorés :');
    expect(result.stderr).toContain(`  AutoCibleVehicle ${ID.badMec} : DERIVE_SOURCE_INVALID (mecDate) — valeur source illisible`);
    for (const value of [...Object.values(PERSONAL), '2023-02-30']) expect(result.stdout + result.stderr).not.toContain(value);
  });

  it('refuses a --today to come unless it is a dry run (exit code 2)', async () => {
    const harness = deriveHarness(server);
    const cwd = await tempDir();
    const ahead = await run(['--today', '2026-02-01'], { cwd, env: espoEnv(harness) });
    expect(ahead.exitCode).toBe(2);
    expect(ahead.stderr).toContain('--today 2026-02-01 is after today (2026-01-01)');
    expect(harness.patches()).toBe(0);
    expect((await run(['--today', '2026-02-01', '--dry-run'], { cwd, env: espoEnv(harness) })).exitCode).toBe(0);
    expect(harness.patches()).toBe(0);
  });

  it('exits 1 with the request named, never the key, when EspoCRM refuses the key', async () => {
    const harness = deriveHarness(server);
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness, 'wrong-key-7f3a') });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('GET AutoCibleVehicle');
    expect(result.stdout + result.stderr).not.toContain('wrong-key-7f3a');
  });

  it('exits 1 when the role has no AutoCibleVehicle entry (403 on the list), naming the request', async () => {
    const harness = deriveHarness(server);
    server.use(http.get(`${harness.fake.apiUrl}AutoCibleVehicle`, () => forbidden('No read access.')));
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('GET AutoCibleVehicle');
    expect(harness.patches()).toBe(0);
  });

  it('exits 1 when EspoCRM is out of reach', async () => {
    const harness = deriveHarness(server);
    server.use(http.get(`${harness.fake.apiUrl}AutoCibleVehicle`, () => Response.error()));
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('GET AutoCibleVehicle');
    expect(harness.patches()).toBe(0);
  });

  it('stops with exit code 130 when interrupted, saying a rerun does the rest', async () => {
    const harness = deriveHarness(server);
    const controller = new AbortController();
    controller.abort();
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness) }, { signal: controller.signal });
    expect(result.exitCode).toBe(130);
    expect(harness.patches()).toBe(0);
    expect(result.stderr).toContain('Interrupted: the vehicles already processed are up to date in EspoCRM; run the same command again for the others (nothing is written twice).');
  });

  it('ends its report offline with the line saying it was interrupted, after what the files gave', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await run([], { cwd: await tempDir() }, { signal: controller.signal });
    expect(result.exitCode).toBe(130);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Interrupted: nothing was written.');
  });

  it('shows its progress on a terminal, on stderr', async () => {
    const harness = deriveHarness(server);
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness), isTty: true, lang: 'fr' });
    expect(result.stderr).toContain('Véhicules : 8 lus');
    expect(result.stdout).not.toContain('\x1b[K');
  });
});
