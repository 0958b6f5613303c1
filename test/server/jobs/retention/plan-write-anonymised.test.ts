/**
 * `retention plan --write` next to `retention apply` (a review proved the plan could write the status it computed
 * from a record read before the erase over the `ANONYMISED` that apply writes last): the CLI takes apply's lock, and
 * the job reads a record again before writing and never writes over `ANONYMISED`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireRunLock, LOCK_FILE } from '../../../../src/server/audit';
import { retentionCommand } from '../../../../src/server/cli/commands/retention';
import { runRetentionPlan } from '../../../../src/server/jobs/retention';
import { useMswServer } from '../../../msw/server';
import { runCli, writeRgpdDataset } from './cli-run';
import { jobContext } from './context';
import type { Harness } from './harness';
import { JOB_USER, memoryHarness, restHarness } from './harness';
import { IDS, TODAY } from './population';

const server = useMswServer();

const ANONYMISED = { autoCibleRetentionStatus: 'ANONYMISED' } as const;

describe.each([
  ['memory', () => {
    const harness = memoryHarness();
    return { harness, anonymise: (id: string) => void harness.gateway.update('Contact', id, ANONYMISED) };
  }],
  ['rest', () => {
    const harness = restHarness(server);
    return { harness, anonymise: (id: string) => harness.fake.store.put('Contact', { ...harness.fake.store.find('Contact', id), id, ...ANONYMISED }) };
  }],
] as const)('%s: retention plan --write', (_name, setup) => {
  it('does not write over ANONYMISED, set by an apply between the plan\'s read and its write', async () => {
    const { harness, anonymise } = setup() as { harness: Harness; anonymise: (id: string) => void };
    const report = await runRetentionPlan({
      gateway: harness.gateway, today: TODAY,
      // Called once the plan is computed from the record as listed, before the write: apply finishes the record then.
      onPlan: (plan) => void (plan.id === IDS.expiredProspect && anonymise(plan.id)),
    }, jobContext(false));
    const record = await harness.record('Contact', IDS.expiredProspect);
    expect(record).toMatchObject(ANONYMISED);
    // None of the plan's fields was written to it; the 8 other records were.
    expect(record?.autoCibleRetentionDeadline ?? null).toBeNull();
    expect(report.written).toBe(8);
  });
});

describe('retention plan --write on EspoCRM and the apply lock', () => {
  const espo = (harness: ReturnType<typeof restHarness>) => ({ ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey });

  it('is refused while a run holds apply.lock of the state directory, and writes nothing', async () => {
    const harness = restHarness(server);
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const lock = await acquireRunLock(join(cwd, '.autocible'));
    try {
      const refused = await runCli(retentionCommand, ['retention', 'plan', '--write', '--today', TODAY], { env: espo(harness), cwd, lang: 'fr' });
      expect(refused.exitCode).toBe(1);
      expect(refused.stderr).toContain(`Une autre anonymisation est en cours (${join(cwd, '.autocible', LOCK_FILE)}, processus ${process.pid})`);
      expect(refused.stdout).toBe('');
      expect(harness.writeCount()).toBe(0);
      // Without --write the plan writes nothing: it takes no lock.
      expect((await runCli(retentionCommand, ['retention', 'plan', '--today', TODAY], { env: espo(harness), cwd })).exitCode).toBe(0);
      // Another state directory has a lock of its own.
      const elsewhere = await runCli(retentionCommand, ['retention', 'plan', '--write', '--state-dir', 'other', '--today', TODAY], { env: espo(harness), cwd });
      expect(elsewhere.exitCode).toBe(0);
      expect(existsSync(join(cwd, 'other', LOCK_FILE))).toBe(false);
    } finally {
      await lock.release();
    }
  });

  it('takes the lock and frees it when done', async () => {
    const harness = restHarness(server);
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const run = await runCli(retentionCommand, ['retention', 'plan', '--write', '--today', TODAY], { env: espo(harness), cwd });
    expect(run.exitCode).toBe(0);
    expect(harness.fake.writes.filter((w) => w.kind === 'update')).toHaveLength(9);
    expect(existsSync(join(cwd, '.autocible', LOCK_FILE))).toBe(false);
  });

  it('on the CSV files (nothing written to EspoCRM) takes no lock', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const lock = await acquireRunLock(join(cwd, '.autocible'));
    try {
      const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', await writeRgpdDataset(), '--write', '--today', TODAY], { cwd });
      expect(run.exitCode).toBe(0);
    } finally {
      await lock.release();
    }
  });
});
