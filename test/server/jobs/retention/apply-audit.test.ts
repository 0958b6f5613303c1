import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { oppositionKeys } from '../../../../src/core/consent';
import { readAuditLog, readJournal } from '../../../../src/server/audit';
import type { AuditStep } from '../../../../src/server/audit';
import { EspoFieldsNotStoredError } from '../../../../src/server/espo';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce, HASH } from './apply-setup';
import type { Harness } from './harness';
import { JOB_USER, memoryHarness, restHarness } from './harness';
import { CONTACTS, IDS, personalValues } from './population';

const server = useMswServer();

describe.each([
  ['memory gateway', (): Harness => memoryHarness()],
  ['REST gateway against the fake EspoCRM', (): Harness => restHarness(server)],
])('retention apply accountability on the %s', (_name, setup) => {
  it('journals every step of each record, the decision first, and no personal data at all', async () => {
    const harness = setup();
    const files = await applyFiles();
    await applyOnce(harness, files);
    const text = await readFile(files.audit, 'utf8');
    const found = personalValues().filter((value) => text.toLowerCase().includes(value.toLowerCase()));
    expect(found).toEqual([]);
    const entries = (await readAuditLog(files.audit)).filter((e) => e.kind === 'record' && e.recordId === IDS.expiredProspect);
    expect(entries.map((e) => (e.kind === 'record' ? e.step : null))).toEqual(['started', 'opposed', 'erasing', 'erased', 'notesCleaned', 'optedOut', 'done']);
    expect(entries[0]).toMatchObject({ ruleId: 'RET_PROSPECT_EXPIRED', anchorDate: '2023-01-15', deadline: '2026-01-15', actor: { osUser: 'tester' } });
  });

  it('writes the audit entry and the opposition keys before sending the erase', async () => {
    const harness = setup();
    const files = await applyFiles();
    const seen: { step: AuditStep; erases: number; journaled: string | undefined; listed: number }[] = [];
    const afterStep = async (step: AuditStep, record: { id: string }) => {
      if (record.id !== IDS.expiredProspect || (step !== 'started' && step !== 'opposed')) return;
      const journaled = (await readJournal(files.audit)).get(`Contact/${record.id}`)?.step;
      seen.push({ step, erases: harness.erases().length, journaled, listed: (await OppositionList.load(files.opposition)).size });
    };
    await applyOnce(harness, files, { hooks: { afterStep } });
    expect(seen).toEqual([{ step: 'started', erases: 0, journaled: 'started', listed: 0 }, { step: 'opposed', erases: 0, journaled: 'opposed', listed: 2 }]);
  });

  it('lists only salted hashes, by which the anonymised person is still recognised', async () => {
    const harness = setup();
    const files = await applyFiles();
    await applyOnce(harness, files);
    const text = await readFile(files.opposition, 'utf8');
    for (const line of text.trim().split('\n')) expect(Object.keys(JSON.parse(line) as object).sort()).toEqual(['addedOn', 'key', 'kind', 'reason', 'v']);
    expect(text.match(/"key":"[0-9a-f]{64}"/gu)).toHaveLength(4);
    expect(personalValues().filter((value) => text.toLowerCase().includes(value.toLowerCase()))).toEqual([]);
    const list = await OppositionList.load(files.opposition);
    const eric = CONTACTS[0];
    expect(list.isOpposed(oppositionKeys({ emails: [String(eric?.emailAddress).toUpperCase()] }, HASH))).toBe(true);
    expect(list.isOpposed(oppositionKeys({ phones: ['06 12 34 56 01'] }, HASH))).toBe(true);
    expect(list.isOpposed(oppositionKeys({ emails: ['lison.marchal@exemple.fr'] }, HASH))).toBe(false);
  });
});

describe('retention apply when a vehicle cannot be changed after the erase', () => {
  it('names the erased fields in the failed entry, since the rerun finds them empty and journals nothing erased', async () => {
    const harness = memoryHarness();
    const refusing = Object.assign(Object.create(harness.gateway) as Harness['gateway'], {
      update: async (...args: Parameters<Harness['gateway']['update']>) => {
        if (args[0] === 'AutoCibleVehicle') throw new EspoFieldsNotStoredError('AutoCibleVehicle', args[1], ['plate']);
        return harness.gateway.update(...args);
      },
    });
    const files = await applyFiles();
    await applyOnce({ ...harness, gateway: refusing }, files);
    const entries = (await readAuditLog(files.audit)).filter((e) => e.kind === 'record' && e.recordId === IDS.expiredProspect);
    const failed = entries.find((e) => e.kind === 'record' && e.step === 'failed');
    expect(failed?.kind === 'record' ? failed.detail : undefined).toMatchObject({ code: 'ESPO_FIELDS_NOT_STORED', erasedFields: expect.arrayContaining(['name', 'emailAddress', 'phoneNumber', 'description']) });
    await applyOnce(harness, files, { runId: 'run-2' });
    const rerun = (await readAuditLog(files.audit)).filter((e) => e.kind === 'record' && e.recordId === IDS.expiredProspect && e.runId === 'run-2');
    expect(rerun.map((e) => (e.kind === 'record' ? e.step : null))).toContain('done');
  });
});

describe('retention apply without the Data Privacy permission (REST)', () => {
  it('stops at the first refused erase, journals the failure, and a rerun with the permission resumes', async () => {
    const forbidden = restHarness(server, { ...JOB_USER, dataPrivacyPermission: 'no' });
    const files = await applyFiles();
    const report = await applyOnce(forbidden, files);
    expect(report).toMatchObject({ stoppedBy: 'erasePermission', counts: { failed: 1, anonymised: 0 } });
    expect(report.results[0]).toMatchObject({ id: IDS.expiredProspect, errorCode: 'ERASE_FORBIDDEN' });
    expect(forbidden.erases()).toEqual([]);
    const steps = (await readAuditLog(files.audit)).flatMap((e) => (e.kind === 'record' ? [e.step] : []));
    expect(steps).toEqual(['started', 'opposed', 'erasing', 'failed']);
    // The same data behind a user that has the permission: the interrupted record is resumed at the erase.
    const allowed = restHarness(server);
    const rerun = await applyOnce(allowed, files, { runId: 'run-2' });
    expect(rerun.results[0]).toMatchObject({ id: IDS.expiredProspect, outcome: 'anonymised', resumedFrom: 'opposed' });
  });
});

describe('retention apply when EspoCRM refuses the erase for another reason (REST)', () => {
  it('fails the record with the host\'s status instead of blaming the Data Privacy permission', async () => {
    const readOnlyContacts = restHarness(server, { ...JOB_USER, acl: { ...JOB_USER.acl, Contact: { read: 'all', edit: 'no', create: 'no', delete: 'no' } } });
    const report = await applyOnce(readOnlyContacts, await applyFiles());
    expect(report.stoppedBy).not.toBe('erasePermission');
    expect(report.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'failed', errorCode: 'ESPO_HTTP_ERROR', errorStatus: 403 });
    expect(readOnlyContacts.erases().filter((e) => e.entityType === 'Contact')).toEqual([]);
  });
});
