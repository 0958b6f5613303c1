import { describe, expect, it } from 'vitest';
import { CONSENT_FIELDS, runConsentSync } from '../../../../src/server/jobs/consent';
import type { ConsentSyncLine, ConsentSyncReport } from '../../../../src/server/jobs/consent';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { IDS, personalValues, TODAY } from '../retention/population';
import type { WriteHarness } from './write-harness';
import { writeHarnesses } from './write-harness';

const server = useMswServer();

async function sync(harness: WriteHarness, options: { dryRun?: boolean; today?: string } = {}): Promise<{ lines: ConsentSyncLine[]; report: ConsentSyncReport }> {
  const lines: ConsentSyncLine[] = [];
  const report = await runConsentSync({ gateway: harness.gateway, today: options.today ?? TODAY, onRecord: (line) => lines.push(line) }, jobContext(options.dryRun ?? false));
  return { lines, report };
}

const EMAIL_OPT_OUT = { autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: '2026-06-01', autoCibleConsentEmailSource: 'TELEPHONE', autoCibleConsentEmailProof: null };
const SMS_UNPROVEN_OPT_IN = { autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentSmsDate: '2026-06-02', autoCibleConsentSmsSource: 'MAGASIN', autoCibleConsentSmsProof: null };

describe.each(writeHarnesses(server))('consent sync on the %s', (_name, setup) => {
  it('records the flat consent of a person with no history, then writes nothing on a second run', async () => {
    const harness = setup();
    const first = await sync(harness);
    expect(first.lines).toEqual([{ id: IDS.expiredProspect, entityType: 'Contact', outcome: 'updated', channels: [], eventsAdded: 1, fromHostFlags: [], fromOppositionList: [], rejected: [], outranked: [] }]);
    expect(await harness.history('Contact', IDS.expiredProspect)).toEqual([
      { channel: 'email', status: 'OPT_IN', date: '2022-01-10', source: 'FORMULAIRE', proof: 'Case cochée formulaire essai v3' },
    ]);
    const writes = harness.updates().length;
    const second = await sync(harness);
    expect(second.lines).toEqual([]);
    expect(second.report.counts.unchanged).toBe(9);
    expect(harness.updates()).toHaveLength(writes);
  });

  it('folds an opt-out typed in EspoCRM into the history and sends only consent attributes', async () => {
    const harness = setup();
    await sync(harness);
    await harness.edit('Contact', IDS.expiredProspect, EMAIL_OPT_OUT);
    const { lines } = await sync(harness);
    expect(lines).toEqual([{ id: IDS.expiredProspect, entityType: 'Contact', outcome: 'updated', channels: [], eventsAdded: 1, fromHostFlags: [], fromOppositionList: [], rejected: [], outranked: [] }]);
    expect((await harness.history('Contact', IDS.expiredProspect)).map((e) => [e.date, e.status])).toEqual([['2022-01-10', 'OPT_IN'], ['2026-06-01', 'OPT_OUT']]);
    expect(harness.updates().at(-1)?.attributes).toEqual({ autoCibleConsentHistory: expect.any(String) });
    for (const update of harness.updates()) for (const attribute of Object.keys(update.attributes)) expect(CONSENT_FIELDS).toContain(attribute);
  });

  it('never shows an opt-in typed without proof as current, and reports it once', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.emailedProspect, SMS_UNPROVEN_OPT_IN);
    const first = await sync(harness);
    expect(first.lines.find((l) => l.id === IDS.emailedProspect)).toEqual({
      id: IDS.emailedProspect, entityType: 'Contact', outcome: 'updated', channels: ['sms'], eventsAdded: 0, fromHostFlags: [], fromOppositionList: [],
      rejected: [{ channel: 'sms', field: 'proof', reason: expect.any(String) }], outranked: [],
    });
    expect(await harness.record('Contact', IDS.emailedProspect)).toMatchObject({ autoCibleConsentSmsStatus: 'UNKNOWN', autoCibleConsentSmsDate: null, autoCibleConsentSmsSource: null });
    expect(await harness.history('Contact', IDS.emailedProspect)).toEqual([]);
    expect((await sync(harness)).lines).toEqual([]);
  });

  it('puts an objection back when an unproven or undated opt-in is typed over it', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.calledProspect, { autoCibleConsentSmsStatus: 'OPT_OUT', autoCibleConsentSmsDate: '2025-01-01', autoCibleConsentSmsSource: 'EMAIL' });
    await sync(harness);
    await harness.edit('Contact', IDS.calledProspect, { autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentSmsDate: null, autoCibleConsentSmsProof: 'Accord oral' });
    const { lines } = await sync(harness);
    expect(lines[0]?.rejected).toEqual([{ channel: 'sms', field: 'date', reason: expect.any(String) }]);
    expect(await harness.record('Contact', IDS.calledProspect)).toMatchObject({ autoCibleConsentSmsStatus: 'OPT_OUT', autoCibleConsentSmsDate: '2025-01-01', autoCibleConsentSmsProof: null });
  });

  it('reports a soft opt-in typed over an objection: recorded, but the objection still decides the channel', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.calledProspect, { autoCibleConsentSmsStatus: 'OPT_OUT', autoCibleConsentSmsDate: '2025-01-01', autoCibleConsentSmsSource: 'EMAIL' });
    await sync(harness);
    await harness.edit('Contact', IDS.calledProspect, { autoCibleConsentSmsStatus: 'SOFT_OPT_IN', autoCibleConsentSmsDate: '2026-06-10', autoCibleConsentSmsSource: 'MAGASIN' });
    const { lines, report } = await sync(harness);
    expect(lines).toEqual([expect.objectContaining({ id: IDS.calledProspect, channels: ['sms'], eventsAdded: 1, rejected: [], outranked: ['sms'] })]);
    expect(report.outrankedEdits).toBe(1);
    expect(await harness.record('Contact', IDS.calledProspect)).toMatchObject({ autoCibleConsentSmsStatus: 'OPT_OUT', autoCibleConsentSmsDate: '2025-01-01' });
    expect((await sync(harness)).lines).toEqual([]);
  });

  it('reports a proven opt-in dated before a recorded objection, and not one dated after it, which lifts it', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.calledProspect, { autoCibleConsentSmsStatus: 'OPT_OUT', autoCibleConsentSmsDate: '2025-06-01', autoCibleConsentSmsSource: 'EMAIL' });
    await sync(harness);
    const optIn = { autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentSmsSource: 'FORMULAIRE', autoCibleConsentSmsProof: 'Formulaire signé' };
    await harness.edit('Contact', IDS.calledProspect, { ...optIn, autoCibleConsentSmsDate: '2025-03-01' });
    expect((await sync(harness)).lines.map((l) => l.outranked)).toEqual([['sms']]);
    expect(await harness.record('Contact', IDS.calledProspect)).toMatchObject({ autoCibleConsentSmsStatus: 'OPT_OUT' });
    await harness.edit('Contact', IDS.calledProspect, { ...optIn, autoCibleConsentSmsDate: '2026-06-10' });
    const later = await sync(harness);
    expect(later.lines.map((l) => l.outranked)).toEqual([[]]);
    expect(later.report.outrankedEdits).toBe(0);
    expect(await harness.record('Contact', IDS.calledProspect)).toMatchObject({ autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentSmsDate: '2026-06-10' });
  });

  it('dates an objection typed without a date on the day of the run', async () => {
    const harness = setup();
    await harness.edit('Lead', IDS.undatedLead, { autoCibleConsentPhoneStatus: 'OPT_OUT' });
    await sync(harness, { today: '2026-07-01' });
    expect(await harness.history('Lead', IDS.undatedLead)).toEqual([{ channel: 'phone', status: 'OPT_OUT', date: '2026-07-01', source: 'AUTRE' }]);
    expect(await harness.record('Lead', IDS.undatedLead)).toMatchObject({ autoCibleConsentPhoneDate: '2026-07-01', autoCibleConsentPhoneSource: 'AUTRE' });
    expect((await sync(harness, { today: '2026-07-02' })).lines).toEqual([]);
  });

  it('records the objections EspoCRM\'s own opt-out flags show, naming the flag, once', async () => {
    const harness = setup();
    await sync(harness);
    await harness.edit('Contact', IDS.expiredProspect, { emailAddressIsOptedOut: true });
    await harness.edit('Lead', IDS.undatedLead, { doNotCall: true });
    const { lines, report } = await sync(harness, { today: '2026-07-01' });
    expect(lines.map((l) => [l.id, l.fromHostFlags, l.eventsAdded])).toEqual([[IDS.expiredProspect, ['email'], 1], [IDS.undatedLead, ['phone'], 1]]);
    expect(report.hostFlagObjections).toBe(2);
    expect((await harness.history('Contact', IDS.expiredProspect)).at(-1)).toEqual({ channel: 'email', status: 'OPT_OUT', date: '2026-07-01', source: 'AUTRE', sourceRef: 'espocrm:emailAddressIsOptedOut' });
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: '2026-07-01' });
    expect(await harness.record('Lead', IDS.undatedLead)).toMatchObject({ autoCibleConsentPhoneStatus: 'OPT_OUT' });
    // The flags themselves are EspoCRM's: never written.
    for (const update of harness.updates()) for (const attribute of Object.keys(update.attributes)) expect(CONSENT_FIELDS).toContain(attribute);
    expect((await sync(harness, { today: '2026-07-02' })).lines).toEqual([]);
  });

  it('writes nothing in a dry run and says what it would do', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.emailedProspect, SMS_UNPROVEN_OPT_IN);
    const { lines, report } = await sync(harness, { dryRun: true });
    expect(lines.map((l) => [l.id, l.outcome])).toEqual([[IDS.expiredProspect, 'wouldUpdate'], [IDS.emailedProspect, 'wouldUpdate']]);
    expect(report).toMatchObject({ dryRun: true, people: 9, eventsAdded: 1, rejectedEdits: 1 });
    expect(harness.writeCount()).toBe(0);
  });

  it('leaves an unreadable history alone', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.heldCustomer, { ...EMAIL_OPT_OUT, autoCibleConsentHistory: '{"version":1,"events":[' });
    const { lines, report } = await sync(harness);
    expect(lines.find((l) => l.id === IDS.heldCustomer)).toMatchObject({ outcome: 'invalidHistory', channels: [] });
    expect(report.counts.invalidHistory).toBe(1);
    expect(harness.writtenIds()).not.toContain(IDS.heldCustomer);
  });

  it('prints no personal data, nor any proof text', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.emailedProspect, { ...SMS_UNPROVEN_OPT_IN, autoCibleConsentSmsProof: '', autoCibleConsentEmailStatus: 'OPT_IN', autoCibleConsentEmailProof: 'Signé par Lison Marchal' });
    const output = JSON.stringify((await sync(harness)).lines);
    for (const value of [...personalValues(), 'Lison Marchal', 'Case cochée']) expect(output).not.toContain(value);
  });
});

describe.each(writeHarnesses(server))('consent sync and a consent typed while it runs, on the %s', (_name, setup) => {
  it('folds in an opt-out typed after the page was listed instead of writing the listed snapshot over it', async () => {
    const harness = setup();
    await sync(harness);
    // A doNotCall box ticked: the run will write this person. Right after the list call read them, a user types an
    // e-mail opt-out by hand.
    await harness.edit('Contact', IDS.emailedProspect, { doNotCall: true });
    const { gateway } = harness;
    const iterate = gateway.iterate.bind(gateway);
    gateway.iterate = async function* typedMeanwhile(entityType, options) {
      for await (const record of iterate(entityType, options)) {
        if (record.id === IDS.emailedProspect) await harness.edit('Contact', IDS.emailedProspect, EMAIL_OPT_OUT);
        yield record;
      }
    };
    const { lines } = await sync(harness);
    expect(lines.find((l) => l.id === IDS.emailedProspect)).toMatchObject({ outcome: 'updated' });
    const history = await harness.history('Contact', IDS.emailedProspect);
    expect(history.map((e) => [e.channel, e.status])).toEqual(expect.arrayContaining([['email', 'OPT_OUT'], ['phone', 'OPT_OUT']]));
    expect(await harness.record('Contact', IDS.emailedProspect)).toMatchObject({ autoCibleConsentEmailStatus: 'OPT_OUT' });
  });
});
