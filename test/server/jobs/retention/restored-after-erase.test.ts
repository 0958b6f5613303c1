/** A backup restored after a run was killed past its note cleanup brings back the person, the stream and the opt-ins. */
import { describe, expect, it } from 'vitest';
import type { AuditStep } from '../../../../src/server/audit';
import { readJournal } from '../../../../src/server/audit';
import type { MemoryGateway } from '../../../../src/server/espo';
import { applyFiles, applyOnce } from './apply-setup';
import { SimulatedCrash } from './crash';
import { memoryHarness, OWN_NOTE } from './harness';
import { CONTACTS, IDS } from './population';

const found = CONTACTS.find((c) => c.id === IDS.expiredProspect);
if (found === undefined) throw new Error('the population has no expired prospect');
const ERIC = found;
const BACKUP = { firstName: ERIC.firstName, lastName: ERIC.lastName, addressStreet: ERIC.addressStreet, doNotCall: false, autoCibleConsentEmailStatus: 'OPT_IN' };

describe('retention apply resuming on a record restored from a backup', () => {
  it('erases it again, deletes its restored notes and opts it out again before marking it ANONYMISED', async () => {
    const harness = memoryHarness();
    const files = await applyFiles();
    const hooks = { afterStep: (step: AuditStep, r: { id: string }) => {
      if (step === 'notesCleaned' && r.id === IDS.expiredProspect) throw new SimulatedCrash(step);
    } };
    await expect(applyOnce(harness, files, { hooks })).rejects.toBeInstanceOf(SimulatedCrash);
    expect((await readJournal(files.audit)).get(`Contact/${IDS.expiredProspect}`)?.step).toBe('notesCleaned');
    expect(harness.noteIds()).not.toContain(OWN_NOTE.id);
    // The backup brings back the record and its stream.
    await harness.gateway.update('Contact', IDS.expiredProspect, BACKUP);
    (harness.gateway as MemoryGateway).insert('Note', { ...OWN_NOTE, number: 3 });

    const rerun = await applyOnce(harness, files, { runId: 'run-2' });
    expect(rerun.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised' });
    expect((await harness.record('Contact', IDS.expiredProspect))?.lastName ?? null).toBeNull();
    // "Relance Eric Fixture" must not survive on an ANONYMISED record, nor may it be called or e-mailed.
    expect(harness.noteIds()).not.toContain(OWN_NOTE.id);
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ doNotCall: true, autoCibleConsentEmailStatus: 'OPT_OUT' });
  });
});
