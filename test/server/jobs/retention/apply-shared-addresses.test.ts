/**
 * An address another record also uses (a converted lead's e-mail on the customer contact made from it, a sole
 * trader's number on their account): EspoCRM's erase renames the shared row, so it would be erased for both.
 * `retention apply` unlinks it from the person instead, and leaves it off the opposition list.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { oppositionKeys } from '../../../../src/core/consent';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce, HASH } from './apply-setup';
import type { Harness } from './harness';
import { memoryHarness, restHarness } from './harness';
import { IDS } from './population';
import { ACCOUNT_ID, EMAIL, LEAD_ID, PHONE, sharersHarness } from './sharers';

const server = useMswServer();

const withSharers = (kind: 'memory' | 'rest'): Harness => sharersHarness(kind, server);

describe.each(['memory', 'rest'] as const)('retention apply and addresses another record uses (%s gateway)', (kind) => {
  it('erasing would rename the shared address on the other record too: that is what the host does', async () => {
    const harness = withSharers(kind);
    await harness.gateway.erase('Contact', IDS.expiredProspect, ['emailAddress', 'phoneNumber']);
    expect(String((await harness.record('Account', ACCOUNT_ID))?.emailAddress)).toMatch(/^ERASED:/u);
    expect(String((await harness.record('Lead', LEAD_ID))?.phoneNumber)).toMatch(/^ERASED:/u);
  });

  it('unlinks the shared e-mail and phone from the person instead, so the account and the lead keep theirs', async () => {
    const harness = withSharers(kind);
    const report = await applyOnce(harness, await applyFiles());
    const result = report.results.find((r) => r.id === IDS.expiredProspect);
    expect(result).toMatchObject({ outcome: 'anonymised', sharedAddressesUnlinked: 2 });
    expect(result?.erasedFields).not.toContain('emailAddress');
    expect(result?.erasedFields).not.toContain('phoneNumber');
    expect(await harness.record('Account', ACCOUNT_ID)).toMatchObject({ emailAddress: EMAIL, emailAddressIsOptedOut: false });
    expect(await harness.record('Lead', LEAD_ID)).toMatchObject({ phoneNumber: PHONE, phoneNumberIsOptedOut: false });
    const contact = await harness.record('Contact', IDS.expiredProspect);
    expect(contact).toMatchObject({ emailAddress: null, phoneNumber: null, firstName: null, lastName: null, autoCibleRetentionStatus: 'ANONYMISED' });
  });

  it('leaves the shared addresses off the opposition list, and writes no address into the audit log', async () => {
    const harness = withSharers(kind);
    const files = await applyFiles();
    await applyOnce(harness, files);
    const list = await OppositionList.load(files.opposition);
    expect(list.isOpposed(oppositionKeys({ emails: [EMAIL] }, HASH))).toBe(false);
    expect(list.isOpposed(oppositionKeys({ phones: [PHONE] }, HASH))).toBe(false);
    await list.close();
    const audit = await readFile(files.audit, 'utf8');
    expect(audit).not.toContain(EMAIL);
    expect(audit).not.toContain(PHONE.slice(3));
    expect(audit).toContain('"sharedUnlinked":2');
  });

  it('in a dry run says how many addresses would be unlinked and erases nothing', async () => {
    const harness = withSharers(kind);
    const report = await applyOnce(harness, await applyFiles(), { dryRun: true });
    expect(report.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'wouldAnonymise', sharedAddressesUnlinked: 2 });
    expect(harness.writeCount()).toBe(0);
  });

  it('erases an address no one else uses, as before', async () => {
    const harness = kind === 'memory' ? memoryHarness() : restHarness(server);
    const report = await applyOnce(harness, await applyFiles());
    expect(report.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ sharedAddressesUnlinked: 0 });
    expect(harness.erases()[0]?.fieldList).toEqual(expect.arrayContaining(['emailAddress', 'phoneNumber']));
  });
});
