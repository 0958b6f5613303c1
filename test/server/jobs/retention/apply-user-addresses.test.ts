/**
 * A salesperson's e-mail or phone typed on a lead is the salesperson's address row: EspoCRM links one row to
 * every record using it, Users included (`Repositories/EmailAddress::getEntityListByAddressId`), and the Data
 * Privacy erase renames it when the API user may edit that User (an administrator may). `retention apply`
 * therefore counts Users among the records that share an address, and when the role does not let it read
 * Users (403) it cannot tell: every address is then unlinked, never erased, and left off the list.
 */
import { describe, expect, it } from 'vitest';
import { MemoryGateway } from '../../../../src/server/espo';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce, opposed } from './apply-setup';
import type { Harness } from './harness';
import { JOB_USER, memoryHarness, restHarness } from './harness';
import { IDS, LEADS } from './population';

const server = useMswServer();

const lead = LEADS.find((l) => l.id === IDS.expiredLead) as Record<string, unknown>;
const EMAIL = String(lead.emailAddress);
const PHONE = String(lead.phoneNumber);
const USER_ID = '6d000000000000921';
/** The salesperson whose address and number were typed on the lead. */
const salesperson = { id: USER_ID, userName: 'v.martin', firstName: 'Victor', lastName: 'Martin', emailAddress: EMAIL, phoneNumber: PHONE };

function withSalesperson(kind: 'memory' | 'rest'): Harness {
  if (kind === 'memory') {
    const harness = memoryHarness();
    if (!(harness.gateway instanceof MemoryGateway)) throw new TypeError('memory harness');
    harness.gateway.insert('User', salesperson);
    return harness;
  }
  const harness = restHarness(server);
  harness.fake.seed('User', [salesperson], { derive: true });
  return harness;
}

describe.each(['memory', 'rest'] as const)('retention apply and an address a User also has (%s gateway)', (kind) => {
  it('erasing the lead would rename the salesperson’s address too: that is what the host does', async () => {
    const harness = withSalesperson(kind);
    await harness.gateway.erase('Lead', IDS.expiredLead, ['emailAddress', 'phoneNumber']);
    expect(String((await harness.record('User', USER_ID))?.emailAddress)).toMatch(/^ERASED:/u);
    expect(String((await harness.record('User', USER_ID))?.phoneNumber)).toMatch(/^ERASED:/u);
  });

  it('unlinks the salesperson’s address and number from the lead instead, and leaves them off the list', async () => {
    const harness = withSalesperson(kind);
    const files = await applyFiles();
    const report = await applyOnce(harness, files);
    const result = report.results.find((r) => r.id === IDS.expiredLead);
    expect(result).toMatchObject({ outcome: 'anonymised', sharedAddressesUnlinked: 2 });
    expect(result?.erasedFields).not.toContain('emailAddress');
    expect(result?.erasedFields).not.toContain('phoneNumber');
    expect(await harness.record('User', USER_ID)).toMatchObject({ emailAddress: EMAIL, phoneNumber: PHONE });
    expect(await harness.record('Lead', IDS.expiredLead)).toMatchObject({ emailAddress: null, phoneNumber: null, lastName: null });
    expect(await opposed(files, { emails: [EMAIL] })).toBe(false);
    expect(await opposed(files, { phones: [PHONE] })).toBe(false);
  });
});

describe('retention apply when the role does not let the API user read Users (REST)', () => {
  const noUserRead = () => restHarness(server, { ...JOB_USER, acl: Object.fromEntries(Object.entries(JOB_USER.acl).filter(([scope]) => scope !== 'User')) });

  it('cannot prove an address is no staff member’s: unlinks it, never erases it, and does not list it', async () => {
    const harness = noUserRead();
    const files = await applyFiles();
    const report = await applyOnce(harness, files);
    const result = report.results.find((r) => r.id === IDS.expiredLead);
    expect(result).toMatchObject({ outcome: 'anonymised', sharedAddressesUnlinked: 2 });
    expect(harness.erases().find((e) => e.id === IDS.expiredLead)?.fieldList).not.toContain('emailAddress');
    expect(await harness.record('Lead', IDS.expiredLead)).toMatchObject({ emailAddress: null, phoneNumber: null, lastName: null });
    expect(await opposed(files, { emails: [EMAIL] })).toBe(false);
    expect(harness.fake.requests.some((r) => r.method === 'GET' && r.path === 'User')).toBe(true);
  });

  it('says so in a dry run', async () => {
    const harness = noUserRead();
    const report = await applyOnce(harness, await applyFiles(), { dryRun: true });
    expect(report.results.find((r) => r.id === IDS.expiredLead)).toMatchObject({ outcome: 'wouldAnonymise', sharedAddressesUnlinked: 2 });
    expect(harness.writeCount()).toBe(0);
  });
});
