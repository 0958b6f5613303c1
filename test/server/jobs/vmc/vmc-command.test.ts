import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { vmcCommand } from '../../../../src/server/cli/commands/vmc';
import type { VmcCommandOptions } from '../../../../src/server/cli/commands/vmc';
import { FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import { forbidden } from '../../../msw/fake-espo/responses';
import { useMswServer } from '../../../msw/server';
import { runCliCommand } from '../../../support/run-cli-command';
import type { CliRun, CliRunSetup } from '../../../support/run-cli-command';
import { tempDir } from '../score/fixtures';
import { TINY_TODAY, writeTinyDataset } from '../tiny-dataset';
import { EXPECTED, ID, PERSONAL_NAME, vmcHarness } from './fixtures';

const server = useMswServer();

async function run(args: readonly string[], setup: CliRunSetup, options: VmcCommandOptions = {}): Promise<CliRun> {
  const now = () => new Date('2026-01-01T07:30:00Z');
  return runCliCommand('vmc', (ctx) => vmcCommand(ctx, { now, ...options }), args, setup);
}

const parseLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

function espoEnv(harness: ReturnType<typeof vmcHarness>, apiKey: string = FAKE_CREDENTIALS.apiKey): NodeJS.ProcessEnv {
  return { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: apiKey, ESPO_RETRIES: '0' };
}

describe('autocible vmc offline', () => {
  it('computes every contact and account of the bundled sample, writes nothing, and says so', async () => {
    const result = await run(['--json', '--today', '2026-06-30'], { cwd: await tempDir() });
    expect(result.exitCode).toBe(0);
    const lines = parseLines(result.stdout);
    const read = /Read: ([\d,]+) records \(contacts ([\d,]+), accounts ([\d,]+)\)/u.exec(result.stderr);
    expect(Number(read?.[1]?.replace(/,/gu, ''))).toBe(lines.length);
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'entityType', 'vmcBrute', 'vmcNette', 'vmcMarge', 'vmcNetteMarge', 'changed', 'invalidInputs']);
      expect(typeof line.vmcBrute).toBe('number');
    }
    expect(result.stderr).toContain('Offline: nothing is written to EspoCRM.');
    expect(result.stderr).toMatch(/To write: [\d,]+/u);
  });

  it('reads a --dir dataset: the values worked out by hand, rejected rows counted, no personal data printed', async () => {
    const dir = await writeTinyDataset();
    const result = await run(['--dir', dir, '--json', '--today', TINY_TODAY], { cwd: await tempDir(), lang: 'fr' });
    expect(result.exitCode).toBe(0);
    const byId = new Map(parseLines(result.stdout).map((line) => [line.id, line]));
    // Two sales of 10 000, four years apart: f 0.5, m 10 000, private defaults.
    expect(byId.get('c0000000000000001')).toMatchObject({ entityType: 'Contact', vmcBrute: 35_000, vmcNette: 34_250, vmcMarge: 4_200, vmcNetteMarge: 3_450 });
    // No sale of its own: the professional defaults.
    expect(byId.get('c0000000000000003')).toMatchObject({ vmcBrute: 48_800, vmcNette: 47_600 });
    // The fleet's one sale, read over four years: 0.25 × 10 000 + 10 000 × 2.1.
    expect(byId.get('a0000000000000001')).toMatchObject({ entityType: 'Account', vmcBrute: 23_500, vmcNette: 22_300 });
    expect(byId.has('c0000000000000004')).toBe(false);
    expect(result.stderr).toContain('Lignes rejetées du jeu de données, laissées de côté (voir autocible sample) : 1');
    expect(result.stdout + result.stderr).not.toContain('Secretvalue');
  });

  it('refuses a bad --today with exit code 2, and names a missing --dir with exit code 1', async () => {
    const cwd = await tempDir();
    expect((await run(['--today', '2026-02-30'], { cwd })).exitCode).toBe(2);
    const missing = await run(['--dir', 'nowhere'], { cwd });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('nowhere');
  });
});

describe('autocible vmc on EspoCRM', () => {
  it('writes the changed fields, then nothing on a second run', async () => {
    const harness = vmcHarness(server);
    const cwd = await tempDir();
    const first = await run(['--today', '2026-01-01'], { cwd, env: espoEnv(harness) });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain(`AutoCible — VMC of EspoCRM ${harness.fake.baseUrl}`);
    expect(first.stdout).toContain('Read: 5 records (contacts 3, accounts 2)');
    expect(first.stdout).toContain('Written: 5   Unchanged: 0   Errors: 0');
    expect(harness.fake.store.find('Account', ID.fleet)).toMatchObject({ autoCibleVmcBrute: EXPECTED[ID.fleet].vmcBrute, autoCibleVmcComputedAt: '2026-01-01 07:30:00' });
    const patches = harness.patches();
    const second = await run(['--today', '2026-01-01'], { cwd, env: espoEnv(harness) });
    expect(second.stdout).toContain('Written: 0   Unchanged: 5   Errors: 0');
    expect(harness.patches()).toBe(patches);
  });

  it('--dry-run and --json: one line per record with the fields it would write, nothing written', async () => {
    const harness = vmcHarness(server);
    const result = await run(['--dry-run', '--json'], { cwd: await tempDir(), env: espoEnv(harness) });
    expect(result.exitCode).toBe(0);
    expect(harness.patches()).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines.map((l) => l.id)).toEqual([ID.private, ID.pro, ID.noKind, ID.fleet, ID.lone]);
    expect(lines[0]).toEqual({
      id: ID.private, entityType: 'Contact', ...EXPECTED[ID.private], invalidInputs: [],
      changed: ['autoCibleVmcBrute', 'autoCibleVmcNette', 'autoCibleVmcMarge', 'autoCibleVmcNetteMarge', 'autoCibleVmcComputedAt'],
    });
    expect(result.stderr).toContain('(dry run: nothing is written)');
    expect(result.stderr).toContain('To write: 5');
  });

  it('reports a record it may not read and still exits 0; its lines never show a name', async () => {
    const harness = vmcHarness(server);
    server.use(http.get(`${harness.fake.apiUrl}Contact/${ID.noKind}/opportunities`, () => forbidden('No read access.')));
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness), lang: 'fr' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Écrites : 4   Inchangées : 0   Erreurs : 1');
    expect(result.stdout).toContain(`Contact ${ID.noKind} : ESPO_HTTP_ERROR (HTTP 403) — opportunités gagnées illisibles`);
    expect(result.stdout + result.stderr).not.toContain(PERSONAL_NAME);
  });

  it('refuses a --today to come unless it is a dry run (exit code 2)', async () => {
    const harness = vmcHarness(server);
    const cwd = await tempDir();
    const ahead = await run(['--today', '2026-02-01'], { cwd, env: espoEnv(harness) });
    expect(ahead.exitCode).toBe(2);
    expect(ahead.stderr).toContain('--today 2026-02-01 is after today (2026-01-01)');
    expect(harness.patches()).toBe(0);
    expect((await run(['--today', '2026-02-01', '--dry-run'], { cwd, env: espoEnv(harness) })).exitCode).toBe(0);
  });

  it('exits 1 with the request named, never the key, when EspoCRM refuses the key', async () => {
    const harness = vmcHarness(server);
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness, 'wrong-key-7f3a') });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('GET Settings');
    expect(result.stdout + result.stderr).not.toContain('wrong-key-7f3a');
  });

  it('stops with exit code 130 when interrupted, saying a rerun does the rest', async () => {
    const harness = vmcHarness(server);
    const controller = new AbortController();
    controller.abort();
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness) }, { signal: controller.signal });
    expect(result.exitCode).toBe(130);
    expect(harness.patches()).toBe(0);
    expect(result.stderr).toContain('Interrupted: the records already processed are up to date in EspoCRM; run the same command again for the others (nothing is written twice).');
  });

  it('ends its report offline with the line saying it was interrupted, after what the files gave', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await run([], { cwd: await tempDir() }, { signal: controller.signal });
    expect(result.exitCode).toBe(130);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Interrupted: nothing was written.');
  });

  it('shows its progress on a terminal, on stderr', async () => {
    const harness = vmcHarness(server);
    const result = await run([], { cwd: await tempDir(), env: espoEnv(harness), isTty: true });
    expect(result.stderr).toContain('Contacts: 3 records');
    expect(result.stderr).toContain('Accounts: 2 records');
    expect(result.stdout).not.toContain('\x1b[K');
  });
});
