import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce } from './apply-setup';
import type { Harness } from './harness';
import { ADMIN_NOTE, memoryHarness, OWN_NOTE, restHarness } from './harness';
import { DUE_IDS, IDS, TODAY, VEHICLES } from './population';

const server = useMswServer();

const CONTACT_FIELDS = ['name', 'emailAddress', 'phoneNumber', 'address', 'autoCibleLastInboundContactAt', 'autoCibleBirthDate', 'autoCibleCsp', 'autoCibleInterests', 'autoCibleConsentEmailProof'];
const LEAD_FIELDS = ['name', 'emailAddress', 'phoneNumber', 'address'];

describe.each([
  ['memory gateway', (): Harness => memoryHarness()],
  ['REST gateway against the fake EspoCRM', (): Harness => restHarness(server)],
])('retention apply on the %s', (_name, setup) => {
  it('in a dry run lists the due records and what would be erased, and writes nothing anywhere', async () => {
    const harness = setup();
    const files = await applyFiles();
    const report = await applyOnce(harness, files, { dryRun: true });
    expect(report.results.map((r) => [r.id, r.outcome])).toEqual(DUE_IDS.map((id) => [id, 'wouldAnonymise']));
    expect(report.results[0]).toMatchObject({ erasedFields: [...CONTACT_FIELDS, 'description'], vehiclesChanged: 1, notesDeleted: 2 });
    expect(harness.writeCount()).toBe(0);
    expect(existsSync(files.audit)).toBe(false);
    expect(existsSync(files.opposition)).toBe(false);
  });

  it('erases exactly the personal-data fields still held by the due records, once each', async () => {
    const harness = setup();
    const report = await applyOnce(harness, await applyFiles());
    expect(report.counts).toMatchObject({ anonymised: 2, failed: 0 });
    expect(harness.erases()).toEqual([
      { entityType: 'Contact', id: IDS.expiredProspect, fieldList: CONTACT_FIELDS },
      { entityType: 'Lead', id: IDS.expiredLead, fieldList: LEAD_FIELDS },
    ]);
  });

  it('touches no record that is kept, held, under review or already anonymised', async () => {
    const harness = setup();
    await applyOnce(harness, await applyFiles());
    const allowed = new Set([...DUE_IDS, VEHICLES[0]?.id, OWN_NOTE.id, ADMIN_NOTE.id]);
    expect(harness.writtenIds().filter((id) => !allowed.has(id))).toEqual([]);
  });

  it('keeps business data, blanks the vehicle plate, VIN and notes, and opts out what erase leaves opted in', async () => {
    const harness = setup();
    const report = await applyOnce(harness, await applyFiles());
    expect(report.results.map((r) => r.erasedFields.includes('description'))).toEqual([true, true]);
    // The free text is emptied by an update, not sent to the Data Privacy erase (not a personal-data field for the host).
    expect(harness.erases().flatMap((e) => e.fieldList)).not.toContain('description');
    expect(await harness.record('Lead', IDS.expiredLead)).toMatchObject({ description: null });
    expect(await harness.record('AutoCibleVehicle', VEHICLES[0]?.id ?? '')).toMatchObject({
      description: null, plate: null, vin: null, name: 'Renault Clio', model: 'Clio', brand: 'RENAULT', energyCode: 'GO', purchaseDate: '2019-05-01',
    });
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({
      firstName: null, lastName: null, autoCibleBirthDate: null, description: null, createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT',
      emailAddressIsOptedOut: true, phoneNumberIsOptedOut: true, doNotCall: true, autoCibleRetentionStatus: 'ANONYMISED',
      autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentSmsStatus: 'OPT_OUT', autoCibleConsentPhoneStatus: 'OPT_OUT',
      autoCibleConsentPostalStatus: 'OPT_OUT', autoCibleConsentPostalDate: TODAY,
    });
  });

  it('finds nothing to do on a second run', async () => {
    const harness = setup();
    const files = await applyFiles();
    await applyOnce(harness, files);
    const writes = harness.writeCount();
    const second = await applyOnce(harness, files, { runId: 'run-2' });
    expect(second.results).toEqual([]);
    expect(harness.writeCount()).toBe(writes);
  });
});

describe('retention apply and stream notes (REST)', () => {
  it('deletes the notes it may delete and reports the others as needing an administrator', async () => {
    const harness = restHarness(server);
    const report = await applyOnce(harness, await applyFiles());
    const result = report.results.find((r) => r.id === IDS.expiredProspect);
    expect(result).toMatchObject({ outcome: 'anonymised', notesDeleted: 1, notesNeedingAdmin: [ADMIN_NOTE.id] });
    expect(harness.noteIds()).toEqual([ADMIN_NOTE.id]);
  });
});

describe('retention apply and the opportunities that list a contact', () => {
  it('keeps a contact whose recent sale lists it among the opportunity\'s contacts without making it the primary contact', async () => {
    const harness = restHarness(server);
    harness.fake.seed('Opportunity', [{ id: '6d000000000000399', name: 'Vente VO flotte', stage: 'Closed Won', amount: 15000, closeDate: '2026-01-15', contactId: null }]);
    harness.fake.link('Opportunity', '6d000000000000399', 'contacts', [IDS.expiredProspect]);
    const report = await applyOnce(harness, await applyFiles());
    expect(report.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'skipped', skipReason: 'notDue' });
    expect(harness.erases().map((e) => e.id)).not.toContain(IDS.expiredProspect);
  });
});

