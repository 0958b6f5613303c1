import { describe, expect, it } from 'vitest';
import { readJournal } from '../../../../src/server/audit';
import type { AuditStep } from '../../../../src/server/audit';
import { useMswServer } from '../../../msw/server';
import { dyingAtErase, SimulatedCrash } from './crash';
import { applyFiles, applyOnce } from './apply-setup';
import type { Harness } from './harness';
import { ADMIN_NOTE, memoryHarness, OWN_NOTE, restHarness } from './harness';
import { DUE_IDS, IDS, VEHICLES } from './population';

const server = useMswServer();


/** A hook that "kills" the run right after `step` of the first due record. */
function crashAfter(step: AuditStep) {
  return { afterStep: (done: AuditStep, record: { id: string }) => {
    if (done === step && record.id === IDS.expiredProspect) throw new SimulatedCrash(`killed after ${step}`);
  } };
}

function erasesPerRecord(harness: Harness): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const erase of harness.erases()) counts[erase.id] = (counts[erase.id] ?? 0) + 1;
  return counts;
}

describe.each([
  ['memory gateway', (): Harness => memoryHarness()],
  ['REST gateway against the fake EspoCRM', (): Harness => restHarness(server)],
])('retention apply resumes on the %s', (_name, setup) => {
  it.each([
    ['between the audit entry and the erase', 'opposed'],
    ['between the erase and the note clean-up', 'erased'],
  ] as const)('killed %s, a rerun finishes the work without erasing anything twice', async (_when, step) => {
    const harness = setup();
    const files = await applyFiles();
    await expect(applyOnce(harness, files, { hooks: crashAfter(step) })).rejects.toBeInstanceOf(SimulatedCrash);
    expect(erasesPerRecord(harness)).toEqual(step === 'opposed' ? {} : { [IDS.expiredProspect]: 1 });
    expect((await readJournal(files.audit)).get(`Contact/${IDS.expiredProspect}`)?.step).toBe(step);

    const rerun = await applyOnce(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', resumedFrom: step });
    expect(erasesPerRecord(harness)).toEqual({ [IDS.expiredProspect]: 1, [IDS.expiredLead]: 1 });
    const journal = await readJournal(files.audit);
    expect(DUE_IDS.map((id) => journal.get(`${id === IDS.expiredLead ? 'Lead' : 'Contact'}/${id}`)?.step)).toEqual(['done', 'done']);
    const allowed = new Set([...DUE_IDS, VEHICLES[0]?.id, OWN_NOTE.id, ADMIN_NOTE.id]);
    expect(harness.writtenIds().filter((id) => !allowed.has(id))).toEqual([]);
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ autoCibleRetentionStatus: 'ANONYMISED', phoneNumberIsOptedOut: true });
  });

  it('killed right after the erase request, before its journal entry, a rerun sends no second erase', async () => {
    const harness = setup();
    const files = await applyFiles();
    const dying = dyingAtErase(harness, 'after');
    await expect(applyOnce(dying, files)).rejects.toBeInstanceOf(SimulatedCrash);
    expect((await readJournal(files.audit)).get(`Contact/${IDS.expiredProspect}`)?.step).toBe('opposed');
    await applyOnce(harness, files, { runId: 'run-2' });
    expect(erasesPerRecord(harness)).toEqual({ [IDS.expiredProspect]: 1, [IDS.expiredLead]: 1 });
  });

  it('stops cleanly when aborted, and a rerun finishes', async () => {
    const harness = setup();
    const files = await applyFiles();
    const controller = new AbortController();
    const hooks = { afterStep: (step: AuditStep) => void (step === 'erased' && controller.abort()) };
    const first = await applyOnce(harness, files, { hooks, signal: controller.signal });
    expect(first.stoppedBy).toBe('aborted');
    expect(first.counts.anonymised).toBe(0);
    const rerun = await applyOnce(harness, files, { runId: 'run-2' });
    expect(rerun.counts.anonymised).toBe(2);
    expect(erasesPerRecord(harness)).toEqual({ [IDS.expiredProspect]: 1, [IDS.expiredLead]: 1 });
  });

  it('anonymises at most --limit records per run', async () => {
    const harness = setup();
    const files = await applyFiles();
    const first = await applyOnce(harness, files, { limit: 1 });
    expect(first).toMatchObject({ stoppedBy: 'limit', counts: { anonymised: 1 } });
    expect(harness.erases().map((e) => e.id)).toEqual([IDS.expiredProspect]);
    const second = await applyOnce(harness, files, { limit: 1, runId: 'run-2' });
    expect(second.results.map((r) => r.id)).toEqual([IDS.expiredLead]);
    const third = await applyOnce(harness, files, { limit: 1, runId: 'run-3' });
    expect(third).toMatchObject({ stoppedBy: null, results: [] });
  });

  it('shows in a dry run the record an interrupted run left halfway', async () => {
    const harness = setup();
    const files = await applyFiles();
    await expect(applyOnce(harness, files, { hooks: crashAfter('erased') })).rejects.toBeInstanceOf(SimulatedCrash);
    const writes = harness.writeCount();
    const preview = await applyOnce(harness, files, { dryRun: true });
    expect(preview.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'wouldAnonymise', resumedFrom: 'erased', erasedFields: [] });
    expect(harness.writeCount()).toBe(writes);
  });
});
