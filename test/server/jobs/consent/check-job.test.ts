import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { consentToFields, oppositionKeys } from '../../../../src/core/consent';
import type { HashFunction } from '../../../../src/core/consent';
import { installationHash } from '../../../../src/server/audit';
import { runConsentCheck } from '../../../../src/server/jobs/consent';
import type { ConsentCheckInput, ConsentCheckLine } from '../../../../src/server/jobs/consent';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import type { Harness } from '../retention/harness';
import { memoryHarness, restHarness } from '../retention/harness';
import { IDS, TODAY } from '../retention/population';
import { restWriteHarness, writeHarnesses } from './write-harness';

const server = useMswServer();

async function check(harness: Harness, extra: Partial<ConsentCheckInput> = {}): Promise<ConsentCheckLine[]> {
  const lines: ConsentCheckLine[] = [];
  await runConsentCheck({ gateway: harness.gateway, today: TODAY, onLine: (line) => lines.push(line), ...extra }, jobContext(true));
  return lines;
}

const answer = (lines: readonly ConsentCheckLine[], id: string, channel: string) => lines.find((l) => l.id === id && l.channel === channel);

/** A fresh opposition list holding `identifiers` as objections, with its installation hash. */
async function oppositionWith(identifiers: { emails?: string[]; phones?: string[] }): Promise<{ list: OppositionList; hash: HashFunction }> {
  const hash = installationHash('b'.repeat(64));
  const list = await OppositionList.load(join(await mkdtemp(join(tmpdir(), 'autocible-opp-')), 'opposition.jsonl'));
  await list.add(oppositionKeys(identifiers, hash), TODAY, 'objection');
  return { list, hash };
}

describe.each([
  ['memory gateway', (): Harness => memoryHarness()],
  ['REST gateway against the fake EspoCRM', (): Harness => restHarness(server)],
])('consent check on the %s', (_name, setup) => {
  it('answers every person on every channel with a reason and a legal reference, and writes nothing', async () => {
    const harness = setup();
    const lines = await check(harness);
    expect(lines).toHaveLength(9 * 4);
    expect(answer(lines, IDS.expiredProspect, 'email')).toMatchObject({ eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN', consentStatus: 'OPT_IN', legalReference: 'CPCE art. L34-5 al. 1' });
    expect(answer(lines, IDS.emailedProspect, 'email')).toMatchObject({ eligible: false, ruleId: 'B2C_ELECTRONIC_NO_CONSENT', consentStatus: 'UNKNOWN' });
    expect(answer(lines, IDS.emailedProspect, 'postal')).toMatchObject({ eligible: true, ruleId: 'POSTAL_ALLOWED' });
    expect(harness.writeCount()).toBe(0);
  });

  it('lets a running financing contract allow a call to a consumer, before and after 11 August 2026', async () => {
    const harness = setup();
    const before = await check(harness, { today: '2026-08-10', channels: ['phone'] });
    const after = await check(harness, { today: '2026-08-11', channels: ['phone'] });
    expect(answer(before, IDS.financedCustomer, 'phone')?.ruleId).toBe('B2C_PHONE_BLOCTEL_CONTRACT');
    expect(answer(after, IDS.financedCustomer, 'phone')?.ruleId).toBe('B2C_PHONE_CONTRACT');
    expect(answer(before, IDS.calledProspect, 'phone')?.ruleId).toBe('B2C_PHONE_BLOCTEL_UNCHECKED');
    expect(answer(after, IDS.calledProspect, 'phone')?.ruleId).toBe('B2C_PHONE_NO_CONSENT');
  });

  it('answers no on every channel for a person on the opposition list', async () => {
    const { list, hash } = await oppositionWith({ phones: ['+33612345602'] });
    const lines = await check(setup(), { opposition: { list, hash } });
    expect(lines.filter((l) => l.id === IDS.emailedProspect).map((l) => [l.eligible, l.ruleId])).toEqual(Array(4).fill([false, 'OPPOSITION_LIST']));
    expect(answer(lines, IDS.expiredProspect, 'email')?.eligible).toBe(true);
    await list.close();
  });

  it('leaves out records a previous apply anonymised', async () => {
    const lines = await check(setup());
    expect(lines.some((l) => l.id === IDS.anonymisedContact)).toBe(false);
  });
});

describe('consent check and the sales that list a contact without making it the primary contact', () => {
  const softOptIn = consentToFields([{ channel: 'sms', status: 'SOFT_OPT_IN', date: '2025-09-30', source: 'MAGASIN' }]);

  it('allows SMS on a soft opt-in to a contact a won sale lists, as the record panels do, reading only that contact again', async () => {
    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.emailedProspect, softOptIn);
    const before = await check(harness, { channels: ['sms'] });
    expect(answer(before, IDS.emailedProspect, 'sms')).toMatchObject({ eligible: false, ruleId: 'B2C_ELECTRONIC_SOFT_OPT_IN_NOT_CUSTOMER' });
    harness.fake.seed('Opportunity', [{ id: '6d000000000000399', name: 'Vente VO', stage: 'Closed Won', amount: 15000, closeDate: '2026-01-15', contactId: null }]);
    harness.fake.link('Opportunity', '6d000000000000399', 'contacts', [IDS.emailedProspect]);
    const requests = harness.fake.requests.length;
    const after = await check(harness, { channels: ['sms'] });
    expect(answer(after, IDS.emailedProspect, 'sms')).toMatchObject({ eligible: true, ruleId: 'B2C_ELECTRONIC_SOFT_OPT_IN' });
    const listed = harness.fake.requests.slice(requests).filter((r) => r.path === 'Opportunity' && decodeURIComponent(r.search).includes('[attribute]=contacts'));
    expect(listed.map((r) => decodeURIComponent(r.search).includes(IDS.emailedProspect))).toEqual([true]);
  });
});

describe('consent check on records EspoCRM opted out or whose history is unreadable', () => {
  it('honours EspoCRM opt-out flags and never answers yes on an unreadable history', async () => {
    const harness = restHarness(server);
    Object.assign(harness.fake.store.find('Contact', IDS.expiredProspect) ?? {}, { emailAddressIsOptedOut: true });
    Object.assign(harness.fake.store.find('Contact', IDS.financedCustomer) ?? {}, { autoCibleConsentHistory: '{"version":1,"events":[{"channel":"email"' });
    const lines = await check(harness);
    expect(answer(lines, IDS.expiredProspect, 'email')).toMatchObject({ eligible: false, ruleId: 'HOST_EMAIL_OPTED_OUT' });
    expect(lines.filter((l) => l.id === IDS.financedCustomer).map((l) => l.ruleId)).toEqual(Array(4).fill('CONSENT_HISTORY_INVALID'));
  });
});

describe.each(writeHarnesses(server))('consent check with --all-identifiers on the %s', (_name, setup) => {
  it('answers no for a person whose secondary address is on the list only when asked to read each person, and reads each person once', async () => {
    const harness = setup();
    const secondary = 'seconde.adresse@exemple.fr';
    const record = await harness.record('Contact', IDS.expiredProspect);
    const primary = String(record?.emailAddress);
    await harness.edit('Contact', IDS.expiredProspect, {
      emailAddressData: [
        { emailAddress: primary, lower: primary.toLowerCase(), primary: true, optOut: false, invalid: false },
        { emailAddress: secondary, lower: secondary, primary: false, optOut: false, invalid: false },
      ],
    });
    const { list, hash } = await oppositionWith({ emails: [secondary] });
    const primaryOnly = await check(harness, { opposition: { list, hash } });
    expect(answer(primaryOnly, IDS.expiredProspect, 'email')).toMatchObject({ eligible: true, ruleId: 'B2C_ELECTRONIC_OPT_IN' });
    const get = vi.spyOn(harness.gateway, 'get');
    const lines = await check(harness, { opposition: { list, hash, allIdentifiers: true } });
    expect(lines.filter((l) => l.id === IDS.expiredProspect).map((l) => [l.eligible, l.ruleId])).toEqual(Array(4).fill([false, 'OPPOSITION_LIST']));
    expect(lines).toHaveLength(9 * 4);
    const readIds = get.mock.calls.map(([, id]) => id);
    expect(readIds).toHaveLength(9);
    expect(new Set(readIds).size).toBe(9);
    expect(harness.writeCount()).toBe(0);
    await list.close();
  });

  it('leaves out a person deleted before it is read again', async () => {
    const harness = setup();
    const { list, hash } = await oppositionWith({ emails: ['personne@exemple.fr'] });
    vi.spyOn(harness.gateway, 'get').mockImplementation(async (_type, id) => (id === IDS.emailedProspect ? null : { id }));
    const lines = await check(harness, { opposition: { list, hash, allIdentifiers: true } });
    expect(lines.some((l) => l.id === IDS.emailedProspect)).toBe(false);
    expect(lines).toHaveLength(8 * 4);
    await list.close();
  });
});
