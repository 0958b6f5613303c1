/** `consent sync` with the opposition list of the installation: every reader then finds the objection in the history. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONSENT_CHANNELS, eligibility, oppositionKeys, personEligibilityQuery } from '../../../../src/core/consent';
import type { HashFunction } from '../../../../src/core/consent';
import { installationHash } from '../../../../src/server/audit';
import { runConsentSync } from '../../../../src/server/jobs/consent';
import type { ConsentSyncInput, ConsentSyncLine, ConsentSyncReport } from '../../../../src/server/jobs/consent';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { CONTACTS, IDS, LEADS, personalValues, TODAY } from '../retention/population';
import type { WriteHarness } from './write-harness';
import { writeHarnesses } from './write-harness';

const server = useMswServer();
const RUN_DAY = '2026-07-01';
const OBJECTION = { status: 'OPT_OUT', date: RUN_DAY, source: 'AUTRE', sourceRef: 'autocible:opposition-list' };
const IDENTIFIERS = ['emailAddress', 'phoneNumber', 'emailAddressData', 'phoneNumberData'];

const lists: OppositionList[] = [];
afterEach(async () => {
  for (const list of lists.splice(0)) await list.close();
});

/** A fresh list holding the given e-mail addresses and phone numbers, as `retention apply` writes it. */
async function oppositionWith(identifiers: { emails?: string[]; phones?: string[] }): Promise<{ list: OppositionList; hash: HashFunction; keys: string[] }> {
  const hash = installationHash('c'.repeat(64));
  const list = await OppositionList.load(join(await mkdtemp(join(tmpdir(), 'autocible-opp-')), 'opposition.jsonl'));
  lists.push(list);
  const keys = oppositionKeys(identifiers, hash);
  await list.add(keys, TODAY, 'retention');
  return { list, hash, keys: keys.map((k) => k.key) };
}

async function sync(harness: WriteHarness, extra: Partial<ConsentSyncInput> = {}, dryRun = false): Promise<{ lines: ConsentSyncLine[]; report: ConsentSyncReport }> {
  const lines: ConsentSyncLine[] = [];
  const report = await runConsentSync({ gateway: harness.gateway, today: RUN_DAY, onRecord: (line) => lines.push(line), ...extra }, jobContext(dryRun));
  return { lines, report };
}

function text(row: Record<string, unknown> | undefined, attribute: string): string {
  const value = row?.[attribute];
  if (typeof value !== 'string') throw new TypeError(`the population gives ${attribute} as text`);
  return value;
}

const lison = CONTACTS.find((c) => c.id === IDS.emailedProspect);
const remy = LEADS.find((l) => l.id === IDS.undatedLead);

describe.each(writeHarnesses(server))('consent sync with the opposition list on the %s', (_name, setup) => {
  it('records an objection on every channel of a listed person, dated the run day and naming the list, so no channel is eligible', async () => {
    const harness = setup();
    await sync(harness);
    const { list, hash } = await oppositionWith({ emails: [text(lison, 'emailAddress')] });
    const { lines, report } = await sync(harness, { opposition: { list, hash } });
    expect(lines).toEqual([{
      id: IDS.emailedProspect, entityType: 'Contact', outcome: 'updated', channels: [...CONSENT_CHANNELS], eventsAdded: 4, fromHostFlags: [],
      fromOppositionList: [...CONSENT_CHANNELS], rejected: [], outranked: [],
    }]);
    expect(report).toMatchObject({ eventsAdded: 4, oppositionObjections: 4, hostFlagObjections: 0 });
    const history = await harness.history('Contact', IDS.emailedProspect);
    expect(history).toEqual(CONSENT_CHANNELS.map((channel) => ({ channel, ...OBJECTION })));
    const record = await harness.record('Contact', IDS.emailedProspect) ?? {};
    expect(record).toMatchObject({ autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentPostalStatus: 'OPT_OUT', autoCibleConsentPhoneDate: RUN_DAY });
    for (const channel of CONSENT_CHANNELS) {
      const answer = eligibility(personEligibilityQuery((attribute) => record[attribute], { id: IDS.emailedProspect, history }, channel, RUN_DAY));
      expect(answer).toMatchObject({ eligible: false, ruleId: 'CONSENT_OPTED_OUT' });
    }
  });

  it('adds nothing on a second run, even on a later day', async () => {
    const harness = setup();
    const opposition = await oppositionWith({ phones: [text(remy, 'phoneNumber')] });
    expect((await sync(harness, { opposition })).report.oppositionObjections).toBe(4);
    const writes = harness.updates().length;
    const second = await sync(harness, { opposition, today: '2026-07-02' });
    expect(second.lines).toEqual([]);
    expect(second.report.oppositionObjections).toBe(0);
    expect(harness.updates()).toHaveLength(writes);
  });

  it('records objections only on the channels whose history does not already say opt-out', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.emailedProspect, { autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: '2026-06-01', autoCibleConsentEmailSource: 'TELEPHONE' });
    await harness.edit('Contact', IDS.emailedProspect, { doNotCall: true });
    const opposition = await oppositionWith({ emails: [text(lison, 'emailAddress')] });
    const { lines } = await sync(harness, { opposition });
    expect(lines.find((l) => l.id === IDS.emailedProspect)).toMatchObject({ fromHostFlags: ['phone'], fromOppositionList: ['sms', 'postal'], eventsAdded: 4 });
    expect((await harness.history('Contact', IDS.emailedProspect)).map((e) => [e.channel, e.sourceRef])).toEqual([
      ['email', undefined], ['sms', 'autocible:opposition-list'], ['phone', 'espocrm:doNotCall'], ['postal', 'autocible:opposition-list'],
    ]);
  });

  it('touches nobody without a list, and selects no e-mail or phone then', async () => {
    const harness = setup();
    const iterate = vi.spyOn(harness.gateway, 'iterate');
    const { lines, report } = await sync(harness);
    expect(lines.map((l) => l.id)).toEqual([IDS.expiredProspect]);
    expect(report.oppositionObjections).toBe(0);
    expect(iterate).toHaveBeenCalledTimes(2);
    for (const [, options] of iterate.mock.calls) for (const attribute of IDENTIFIERS) expect(options.select).not.toContain(attribute);
  });

  it('selects only the primary e-mail and phone with a list, those a list call returns', async () => {
    const harness = setup();
    const iterate = vi.spyOn(harness.gateway, 'iterate');
    await sync(harness, { opposition: await oppositionWith({ phones: ['+33699999999'] }) });
    for (const [, options] of iterate.mock.calls) {
      expect(options.select).toEqual(expect.arrayContaining(['emailAddress', 'phoneNumber']));
      expect(options.select).not.toContain('emailAddressData');
      expect(options.select).not.toContain('phoneNumberData');
    }
  });

  it('matches an address other than the primary one only when asked to read each person, and reads only those the list call did not match', async () => {
    const harness = setup();
    await sync(harness);
    const primary = text(lison, 'emailAddress');
    const secondary = 'lison.atelier@exemple.fr';
    await harness.edit('Contact', IDS.emailedProspect, {
      emailAddressData: [
        { emailAddress: primary, lower: primary.toLowerCase(), primary: true, optOut: false, invalid: false },
        { emailAddress: secondary, lower: secondary, primary: false, optOut: false, invalid: false },
      ],
    });
    const opposition = await oppositionWith({ emails: [secondary], phones: [text(remy, 'phoneNumber')] });
    const primaryOnly = await sync(harness, { opposition }, true);
    expect(primaryOnly.lines.map((l) => l.id)).toEqual([IDS.undatedLead]);
    const get = vi.spyOn(harness.gateway, 'get');
    const { lines, report } = await sync(harness, { opposition: { ...opposition, allIdentifiers: true } });
    expect(lines.map((l) => [l.id, l.fromOppositionList])).toEqual([[IDS.emailedProspect, [...CONSENT_CHANNELS]], [IDS.undatedLead, [...CONSENT_CHANNELS]]]);
    expect(report.oppositionObjections).toBe(8);
    // Everyone is read once: for their other identifiers, or, the lead whose primary number the list call
    // already matched, right before it is written.
    const readIds = get.mock.calls.map(([, id]) => id);
    expect(readIds).toContain(IDS.undatedLead);
    expect(readIds).toContain(IDS.emailedProspect);
    expect(new Set(readIds).size).toBe(readIds.length);
    expect((await harness.history('Contact', IDS.emailedProspect)).map((e) => e.sourceRef)).toEqual(CONSENT_CHANNELS.map(() => 'autocible:opposition-list'));
  });

  it('reports a person deleted before it is read again as gone, and writes nothing for it', async () => {
    const harness = setup();
    await sync(harness);
    const opposition = await oppositionWith({ emails: ['personne@exemple.fr'] });
    vi.spyOn(harness.gateway, 'get').mockImplementation(async (_type, id) => (id === IDS.emailedProspect ? null : { id }));
    const writes = harness.updates().length;
    const { lines, report } = await sync(harness, { opposition: { ...opposition, allIdentifiers: true } });
    expect(lines).toEqual([{ id: IDS.emailedProspect, entityType: 'Contact', outcome: 'gone', channels: [], eventsAdded: 0, fromHostFlags: [], fromOppositionList: [], rejected: [], outranked: [] }]);
    expect(report.counts.gone).toBe(1);
    expect(harness.updates()).toHaveLength(writes);
  });

  it('writes nothing in a dry run and says what it would record', async () => {
    const harness = setup();
    const { lines, report } = await sync(harness, { opposition: await oppositionWith({ emails: [text(lison, 'emailAddress')] }) }, true);
    expect(lines.find((l) => l.id === IDS.emailedProspect)).toMatchObject({ outcome: 'wouldUpdate', fromOppositionList: [...CONSENT_CHANNELS] });
    expect(report).toMatchObject({ dryRun: true, oppositionObjections: 4 });
    expect(harness.writeCount()).toBe(0);
  });

  it('prints no e-mail, phone or hash', async () => {
    const harness = setup();
    const { list, hash, keys } = await oppositionWith({ emails: [text(lison, 'emailAddress')], phones: [text(remy, 'phoneNumber')] });
    const { lines, report } = await sync(harness, { opposition: { list, hash } });
    expect(report.oppositionObjections).toBe(8);
    const output = JSON.stringify([lines, report]);
    for (const value of [...personalValues(), ...keys]) expect(output).not.toContain(value);
  });
});
