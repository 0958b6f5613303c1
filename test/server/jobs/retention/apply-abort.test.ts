/**
 * Ctrl-C anywhere in `retention apply` ends the run with its report (`stoppedBy: 'aborted'`) and, for a real run,
 * its `runFinished` entry: while the run looks for the next due person, while it reads the index, or right after a
 * record is finished — which is then reported anonymised, not failed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AuditStep } from '../../../../src/server/audit';
import { LOCK_FILE, LOCK_HEARTBEAT_MS, LOCK_HOST, readJournal, RunLockLostError } from '../../../../src/server/audit';
import type { EspoGateway } from '../../../../src/server/espo';
import { runApplySession } from '../../../../src/server/jobs/retention';
import type { RetentionApplyReport } from '../../../../src/server/jobs/retention';
import { useMswServer } from '../../../msw/server';
import { rejectionOf } from '../../espo/helpers';
import type { ApplyFiles } from './apply-setup';
import { applyFiles, applyOnce } from './apply-setup';
import { jobContext } from './context';
import { memoryHarness, restHarness } from './harness';
import { IDS, TODAY } from './population';

const server = useMswServer();

/** The gateway whose `iterate` of `entityType` presses Ctrl-C first when `when()` says so. */
function abortingOn(base: EspoGateway, controller: AbortController, entityType: string, when: () => boolean): EspoGateway {
  return Object.assign(Object.create(base) as EspoGateway, {
    iterate: (type: string, options: Parameters<EspoGateway['iterate']>[1]) => {
      if (type === entityType && when()) controller.abort();
      return base.iterate(type, options);
    },
  });
}

async function session(gateway: EspoGateway, files: ApplyFiles, signal: AbortSignal): Promise<{ report: RetentionApplyReport; runEvents: unknown[] }> {
  const report = await runApplySession({
    gateway, today: TODAY, stateDir: files.dir, auditPath: files.audit, oppositionPath: files.opposition, actor: { apiUserId: 'u', osUser: 't' }, runId: 'run-1',
  }, jobContext(false, signal));
  const runEvents = (await readFile(files.audit, 'utf8')).split('\n').filter((l) => l.includes('"kind":"run"'))
    .map((l) => JSON.parse(l) as { event: string; detail: Record<string, unknown> }).map((e) => [e.event, e.detail.stoppedBy, e.detail.anonymised]);
  return { report, runEvents };
}

/** Whether the first due contact is finished (status written), read from the fake EspoCRM's store. */
const ericAnonymised = (harness: ReturnType<typeof restHarness>): boolean => harness.fake.store.find('Contact', IDS.expiredProspect)?.autoCibleRetentionStatus === 'ANONYMISED';

describe('Ctrl-C during retention apply --yes', () => {
  it('while the next person is checked (their calls read): the report and runFinished are written', async () => {
    const harness = restHarness(server);
    const files = await applyFiles();
    const controller = new AbortController();
    const gateway = abortingOn(harness.gateway, controller, 'Call', () => ericAnonymised(harness));
    const report = await applyOnce({ ...harness, gateway }, files, { signal: controller.signal });
    expect(report).toMatchObject({ stoppedBy: 'aborted', counts: { anonymised: 1, failed: 0 } });
    expect(harness.erases().map((e) => e.id)).toEqual([IDS.expiredProspect]);
  });

  it('in a session: runFinished says aborted, with the counts', async () => {
    const harness = restHarness(server);
    const files = await applyFiles();
    const controller = new AbortController();
    const gateway = abortingOn(harness.gateway, controller, 'Call', () => ericAnonymised(harness));
    const { report, runEvents } = await session(gateway, files, controller.signal);
    expect(report.results.map((r) => [r.id, r.outcome])).toEqual([[IDS.expiredProspect, 'anonymised']]);
    expect(runEvents).toEqual([['runStarted', undefined, undefined], ['runFinished', 'aborted', 1]]);
  });

  it('while the index of opportunities is read: an empty report, and runFinished', async () => {
    const harness = memoryHarness();
    const files = await applyFiles();
    const controller = new AbortController();
    const gateway = abortingOn(harness.gateway, controller, 'Opportunity', () => true);
    const { report, runEvents } = await session(gateway, files, controller.signal);
    expect(report).toMatchObject({ stoppedBy: 'aborted', results: [] });
    expect(runEvents).toEqual([['runStarted', undefined, undefined], ['runFinished', 'aborted', 0]]);
    expect(harness.erases()).toEqual([]);
  });

  it('right after a record is finished: it is reported anonymised, and no other record is started', async () => {
    const harness = restHarness(server);
    const files = await applyFiles();
    const controller = new AbortController();
    const hooks = { afterStep: (step: AuditStep, r: { id: string }) => void (step === 'done' && r.id === IDS.expiredProspect && controller.abort()) };
    const report = await applyOnce(harness, files, { hooks, signal: controller.signal });
    expect(report).toMatchObject({ stoppedBy: 'aborted', counts: { anonymised: 1, failed: 0 } });
    expect(report.results.map((r) => [r.id, r.outcome])).toEqual([[IDS.expiredProspect, 'anonymised']]);
    expect(report.results[0]?.notesNeedingAdmin).not.toEqual([]);
    const journal = await readJournal(files.audit);
    expect([journal.get(`Contact/${IDS.expiredProspect}`)?.step, journal.get(`Lead/${IDS.expiredLead}`)]).toEqual(['done', undefined]);
  });
});

describe('retention apply --yes whose lock another run takes over (this one was suspended)', () => {
  it('stops after the step under way, says so in runFinished, and fails with RUN_LOCK_LOST', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const harness = restHarness(server);
      const files = await applyFiles();
      const base = harness.gateway;
      let taken = false;
      const gateway = Object.assign(Object.create(base) as EspoGateway, {
        iterate: (type: string, options: Parameters<EspoGateway['iterate']>[1]) => {
          if (type !== 'Call' || taken || !ericAnonymised(harness)) return base.iterate(type, options);
          taken = true;
          return (async function* takenOver() {
            // Another run, seeing the lock untouched for 2 minutes, took it over; then this run's heartbeat comes.
            await writeFile(join(files.dir, LOCK_FILE), `4242\n${'f'.repeat(32)}\n${LOCK_HOST}\n`);
            vi.advanceTimersByTime(LOCK_HEARTBEAT_MS);
            for (let i = 0; i < 100 && options.signal?.aborted !== true; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
            yield* base.iterate(type, options);
          })();
        },
      });
      const error = await rejectionOf(runApplySession({
        gateway, today: TODAY, stateDir: files.dir, auditPath: files.audit, oppositionPath: files.opposition, actor: { apiUserId: 'u', osUser: 't' }, runId: 'run-1',
      }, jobContext(false)));
      expect(error).toBeInstanceOf(RunLockLostError);
      expect(harness.erases().map((e) => e.id)).toEqual([IDS.expiredProspect]);
      const finished = (await readFile(files.audit, 'utf8')).split('\n').filter((l) => l.includes('"runFinished"'));
      expect(finished.map((l) => (JSON.parse(l) as { detail: { stoppedBy: string } }).detail.stoppedBy)).toEqual(['lockLost']);
      // The other run's lock is left as it is.
      expect(await readFile(join(files.dir, LOCK_FILE), 'utf8')).toContain('f'.repeat(32));
    } finally {
      vi.useRealTimers();
    }
  });
});
