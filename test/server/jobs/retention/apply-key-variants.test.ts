/**
 * The opposition key folds spellings EspoCRM keeps as different address rows: Gmail dots, `+tags` and
 * googlemail.com, and the national or international form of a phone number. A kept customer whose address is
 * another spelling of the expired person's must not end up on the opposition list (`consent sync` would then
 * opt them out of every channel): the list is decided by key. The rows differ, so the erase stays an erase.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readAuditLog } from '../../../../src/server/audit';
import { AuditLog } from '../../../../src/server/audit';
import { MemoryGateway } from '../../../../src/server/espo';
import { runRetentionApply } from '../../../../src/server/jobs/retention';
import { CANDIDATE_LIMIT } from '../../../../src/server/jobs/retention/kept-keys';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce, HASH, opposed } from './apply-setup';
import type { ApplyFiles } from './apply-setup';
import { jobContext } from './context';
import type { Harness } from './harness';
import { memoryHarness, restHarness } from './harness';
import { IDS, LEADS } from './population';

const server = useMswServer();

const expiredLead = LEADS.find((l) => l.id === IDS.expiredLead) as Record<string, unknown>;
/** The expired lead's Gmail, typed with a dot. */
const LEAD_EMAIL = 'jadine.royer@gmail.com';
const LEAD_PHONE = String(expiredLead.phoneNumber);
const CUSTOMER_ID = '6d000000000000911';
/** The kept customer: the same person, converted later, her Gmail and number typed another way. */
const customer = (emailAddress: string, phoneNumber: string | null): Record<string, unknown> => ({
  id: CUSTOMER_ID, firstName: 'Jadine', lastName: 'Royer', emailAddress, phoneNumber, createdAt: '2025-09-01 10:00:00',
  autoCibleLifecycleStage: 'CLIENT', emailAddressIsOptedOut: false, phoneNumberIsOptedOut: false,
});

function withRecords(kind: 'memory' | 'rest', contacts: readonly Record<string, unknown>[]): Harness {
  const lead = { ...expiredLead, emailAddress: LEAD_EMAIL };
  if (kind === 'memory') {
    const harness = memoryHarness();
    if (!(harness.gateway instanceof MemoryGateway)) throw new TypeError('memory harness');
    harness.gateway.insert('Lead', lead);
    for (const contact of contacts) harness.gateway.insert('Contact', contact);
    return harness;
  }
  const harness = restHarness(server);
  harness.fake.seed('Lead', [lead], { derive: true });
  harness.fake.seed('Contact', contacts, { derive: true });
  return harness;
}

async function opposedDetail(files: ApplyFiles): Promise<unknown> {
  const entry = (await readAuditLog(files.audit)).find((e) => e.kind === 'record' && e.recordId === IDS.expiredLead && e.step === 'opposed');
  return entry?.kind === 'record' ? entry.detail : undefined;
}

describe.each(['memory', 'rest'] as const)('retention apply and another spelling of the same key (%s gateway)', (kind) => {
  it('leaves off the list the Gmail and the number a kept customer uses in another spelling, and still erases the lead’s own rows', async () => {
    const harness = withRecords(kind, [customer('jadineroyer@gmail.com', '06 12 34 56 13')]);
    const files = await applyFiles();
    const report = await applyOnce(harness, files);
    expect(report.results.find((r) => r.id === IDS.expiredLead)).toMatchObject({ outcome: 'anonymised', sharedAddressesUnlinked: 0 });
    expect(await opposed(files, { emails: ['jadineroyer@gmail.com'] })).toBe(false);
    expect(await opposed(files, { phones: ['0612345613'] })).toBe(false);
    expect(await opposedDetail(files)).toMatchObject({ keys: 0, keptElsewhere: 2, unproven: 0 });
    expect(harness.erases().find((e) => e.id === IDS.expiredLead)?.fieldList).toEqual(expect.arrayContaining(['emailAddress', 'phoneNumber']));
    expect(await harness.record('Contact', CUSTOMER_ID)).toMatchObject({ emailAddress: 'jadineroyer@gmail.com', emailAddressIsOptedOut: false });
  });

  it('folds googlemail.com, capitals and a +tag the same way', async () => {
    const harness = withRecords(kind, [customer('Jadine.Royer+atelier@googlemail.com', null)]);
    const files = await applyFiles();
    await applyOnce(harness, files);
    expect(await opposed(files, { emails: [LEAD_EMAIL] })).toBe(false);
    expect(await opposed(files, { phones: [LEAD_PHONE] })).toBe(true);
  });

  it('lists the key when the look-alikes it finds are other mailboxes', async () => {
    const harness = withRecords(kind, [customer('jadine.royer2@gmail.com', '+44 612 345 613')]);
    const files = await applyFiles();
    await applyOnce(harness, files);
    expect(await opposed(files, { emails: ['jadineroyer@gmail.com'] })).toBe(true);
    expect(await opposed(files, { phones: [LEAD_PHONE] })).toBe(true);
    expect(await opposed(files, { emails: ['jadine.royer2@gmail.com'] })).toBe(false);
    expect(await opposedDetail(files)).toMatchObject({ keys: 2, keptElsewhere: 0, unproven: 0 });
  });

  it('leaves the key off when too many look-alikes make the check incomplete (the safe side)', async () => {
    const lookAlikes = Array.from({ length: CANDIDATE_LIMIT + 1 }, (_, n) => ({
      ...customer(`jadine.royer.${String(n)}@gmail.com`, null), id: `6d00000000000${String(1000 + n)}`, lastName: `Royer${String(n)}`,
    }));
    const harness = withRecords(kind, lookAlikes);
    const files = await applyFiles();
    await applyOnce(harness, files);
    expect(await opposed(files, { emails: [LEAD_EMAIL] })).toBe(false);
    expect(await opposed(files, { phones: [LEAD_PHONE] })).toBe(true);
    expect(await opposedDetail(files)).toMatchObject({ keys: 1, keptElsewhere: 0, unproven: 1 });
    expect(await readFile(files.audit, 'utf8')).not.toContain('jadine');
  });
});

describe('retention apply and a kept record holding the key on an address that is not its primary one (memory gateway)', () => {
  it('reads that record whole and leaves the key off', async () => {
    const other = { emailAddress: 'jadine.royerx@gmail.com', lower: 'jadine.royerx@gmail.com', primary: true, optOut: false, invalid: false };
    const same = { emailAddress: 'jadineroyer@gmail.com', lower: 'jadineroyer@gmail.com', primary: false, optOut: false, invalid: false };
    const harness = withRecords('memory', [{ ...customer(other.emailAddress, null), emailAddressData: [other, same] }]);
    const files = await applyFiles();
    await applyOnce(harness, files);
    expect(await opposed(files, { emails: [LEAD_EMAIL] })).toBe(false);
    expect(await opposedDetail(files)).toMatchObject({ keptElsewhere: 1 });
  });
});

describe('the case the review found: an expired lead and the customer contact of the same person', () => {
  it('does not oppose the customer whose Gmail is typed without the dot', async () => {
    const lead = { id: 'l1', firstName: 'Jeanne', lastName: 'Dupont', createdAt: '2021-05-01 10:00:00', emailAddress: 'jeanne.dupont@gmail.com', phoneNumber: '+33612345678' };
    const contact = {
      id: 'c1', firstName: 'Jeanne', lastName: 'Dupont', createdAt: '2025-05-01 10:00:00', autoCibleLifecycleStage: 'CLIENT',
      emailAddress: 'jeannedupont@gmail.com', phoneNumber: '+33612345678',
    };
    const gateway = new MemoryGateway({ records: { Lead: [lead], Contact: [contact] } });
    const files = await applyFiles();
    const audit = await AuditLog.open(files.audit);
    const opposition = await OppositionList.load(files.opposition);
    const input = { gateway, today: '2026-06-30', hash: HASH, actor: { apiUserId: null, osUser: 't' }, runId: 'r', writers: { audit, opposition } };
    const report = await runRetentionApply(input, jobContext(false));
    await audit.close();
    await opposition.close();
    expect(report.results).toMatchObject([{ id: 'l1', outcome: 'anonymised', sharedAddressesUnlinked: 1 }]);
    expect(await opposed(files, { emails: [contact.emailAddress] })).toBe(false);
    expect(await opposed(files, { phones: [contact.phoneNumber] })).toBe(false);
  });
});
