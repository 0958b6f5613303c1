/**
 * A record that holds personal data again after its erase (restored from a backup taken before it, or typed in
 * again while the run went on) is erased again by the next run, whatever its journal says, and never marked
 * `ANONYMISED` while a field to erase still holds a value.
 */
import { describe, expect, it } from 'vitest';
import { readAuditLog, readJournal } from '../../../../src/server/audit';
import type { AuditStep } from '../../../../src/server/audit';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce } from './apply-setup';
import { SimulatedCrash } from './crash';
import type { Harness } from './harness';
import { memoryHarness, restHarness } from './harness';
import { CONTACTS, IDS } from './population';

const server = useMswServer();

const ERIC = CONTACTS.find((c) => c.id === IDS.expiredProspect);
if (ERIC === undefined) throw new TypeError('the population has the expired prospect');
const BACKUP = { firstName: ERIC.firstName, lastName: ERIC.lastName, addressStreet: ERIC.addressStreet, autoCibleBirthDate: ERIC.autoCibleBirthDate };

const erasedEntries = async (audit: string) => (await readAuditLog(audit)).flatMap((e) =>
  e.kind === 'record' && e.recordId === IDS.expiredProspect && e.step === 'erased' ? [e.detail?.fields] : []);

describe.each([
  ['memory gateway', (): Harness => memoryHarness()],
  ['REST gateway against the fake EspoCRM', (): Harness => restHarness(server)],
])('on the %s', (_name, setup) => {
  it('a record restored after a run killed past its erase is erased again, then marked ANONYMISED', async () => {
    const harness = setup();
    const files = await applyFiles();
    const hooks = { afterStep: (step: AuditStep, r: { id: string }) => {
      if (step === 'erased' && r.id === IDS.expiredProspect) throw new SimulatedCrash(step);
    } };
    await expect(applyOnce(harness, files, { hooks })).rejects.toBeInstanceOf(SimulatedCrash);
    expect((await readJournal(files.audit)).get(`Contact/${IDS.expiredProspect}`)?.step).toBe('erased');
    await harness.gateway.update('Contact', IDS.expiredProspect, BACKUP);

    const rerun = await applyOnce(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', resumedFrom: 'erased' });
    const after = await harness.record('Contact', IDS.expiredProspect);
    expect(after).toMatchObject({ autoCibleRetentionStatus: 'ANONYMISED' });
    expect([after?.firstName ?? null, after?.lastName ?? null, after?.addressStreet ?? null, after?.autoCibleBirthDate ?? null]).toEqual([null, null, null, null]);
    expect(harness.erases().filter((e) => e.id === IDS.expiredProspect)).toHaveLength(2);
    const entries = await erasedEntries(files.audit);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toEqual(expect.arrayContaining(['name', 'address', 'autoCibleBirthDate']));
  });

  it('a record resumed after its erase with nothing left to erase sends no erase and journals no second erased entry', async () => {
    const harness = setup();
    const files = await applyFiles();
    const hooks = { afterStep: (step: AuditStep, r: { id: string }) => {
      if (step === 'erased' && r.id === IDS.expiredProspect) throw new SimulatedCrash(step);
    } };
    await expect(applyOnce(harness, files, { hooks })).rejects.toBeInstanceOf(SimulatedCrash);
    await applyOnce(harness, files, { runId: 'run-2' });
    expect(harness.erases().filter((e) => e.id === IDS.expiredProspect)).toHaveLength(1);
    expect(await erasedEntries(files.audit)).toHaveLength(1);
  });

  it('data typed in again after the erase keeps the record from ANONYMISED; the next run erases it and finishes', async () => {
    const harness = setup();
    const files = await applyFiles();
    const hooks = { afterStep: async (step: AuditStep, r: { id: string }) => {
      if (step === 'notesCleaned' && r.id === IDS.expiredProspect) await harness.gateway.update('Contact', IDS.expiredProspect, { lastName: BACKUP.lastName });
    } };
    const first = await applyOnce(harness, files, { hooks });
    expect(first.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'failed', errorCode: 'RET_STILL_HOLDS_DATA' });
    expect((await harness.record('Contact', IDS.expiredProspect))?.autoCibleRetentionStatus).not.toBe('ANONYMISED');
    const failed = (await readAuditLog(files.audit)).find((e) => e.kind === 'record' && e.step === 'failed');
    expect(failed?.kind === 'record' ? failed.detail : undefined).toMatchObject({ code: 'RET_STILL_HOLDS_DATA' });

    const rerun = await applyOnce(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', resumedFrom: 'notesCleaned', erasedFields: ['name'] });
    const after = await harness.record('Contact', IDS.expiredProspect);
    expect([after?.autoCibleRetentionStatus, after?.lastName ?? null]).toEqual(['ANONYMISED', null]);
  });
});
