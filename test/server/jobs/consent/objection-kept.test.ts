/**
 * Objections that used to be lost (review of the consent jobs): a status-only hand edit back-dated to the
 * consent it replaced, a consent dated in the future, and objection wordings the import refused.
 */
import { describe, expect, it } from 'vitest';
import { channelConsent } from '../../../../src/core/consent';
import { runConsentCheck, runConsentImport, runConsentSync } from '../../../../src/server/jobs/consent';
import type { ConsentCheckLine, ConsentImportLine, ConsentSyncLine } from '../../../../src/server/jobs/consent';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { IDS, TODAY } from '../retention/population';
import type { WriteHarness } from './write-harness';
import { consentFile, writeHarnesses } from './write-harness';

const server = useMswServer();
const HEADER = 'id,channel,status,date,source,proof';

async function sync(harness: WriteHarness, today = TODAY): Promise<ConsentSyncLine[]> {
  const lines: ConsentSyncLine[] = [];
  await runConsentSync({ gateway: harness.gateway, today, onRecord: (line) => lines.push(line) }, jobContext(false));
  return lines;
}

async function importLines(harness: WriteHarness, rows: readonly string[], name: string, today = TODAY): Promise<ConsentImportLine[]> {
  const lines: ConsentImportLine[] = [];
  await runConsentImport({ gateway: harness.gateway, path: await consentFile(rows, name), today, onLine: (line) => lines.push(line) }, jobContext(false));
  return lines;
}

async function emailCheck(harness: WriteHarness, id: string): Promise<ConsentCheckLine | undefined> {
  const lines: ConsentCheckLine[] = [];
  await runConsentCheck({ gateway: harness.gateway, today: TODAY, channels: ['email'], onLine: (line) => lines.push(line) }, jobContext(true));
  return lines.find((line) => line.id === id);
}

describe.each(writeHarnesses(server))('objections kept on the %s', (_name, setup) => {
  it('dates a status-only change to OPT_OUT on the day of the sync, so an older consent file imported later does not win (F1)', async () => {
    const harness = setup();
    await sync(harness); // records the opt-in of 2022-01-10 the flat fields show
    await harness.edit('Contact', IDS.expiredProspect, { autoCibleConsentEmailStatus: 'OPT_OUT' });
    expect((await sync(harness)).find((line) => line.id === IDS.expiredProspect)?.rejected).toEqual([]);
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({
      autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: TODAY, autoCibleConsentEmailSource: 'AUTRE', autoCibleConsentEmailProof: null,
    });
    await importLines(harness, [HEADER, `${IDS.expiredProspect},email,OPT_IN,2023-05-01,MAGASIN,Case cochée salon 2023`], 'salon-2023.csv');
    const history = await harness.history('Contact', IDS.expiredProspect);
    for (const day of [TODAY, '2026-07-01', '2027-06-30']) expect(channelConsent(history, 'email', day).status).toBe('OPT_OUT');
    expect(await emailCheck(harness, IDS.expiredProspect)).toMatchObject({ eligible: false });
  });

  it('refuses a status-only change back to OPT_IN over an objection, and puts the objection back', async () => {
    const harness = setup();
    await sync(harness);
    await harness.edit('Contact', IDS.expiredProspect, { autoCibleConsentEmailStatus: 'OPT_OUT' });
    await sync(harness);
    await harness.edit('Contact', IDS.expiredProspect, { autoCibleConsentEmailStatus: 'OPT_IN' });
    const lines = await sync(harness, '2026-07-15');
    expect(lines.find((line) => line.id === IDS.expiredProspect)?.rejected).toEqual([{ channel: 'email', field: 'date', reason: expect.any(String) }]);
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: TODAY });
  });

  it('refuses an opt-in dated after the day of the import, so a later objection holds (F2)', async () => {
    const harness = setup();
    const first = await importLines(harness, [HEADER, `${IDS.calledProspect},sms,OPT_IN,05/12/2026,FORMULAIRE,Case cochée`], 'a.csv');
    expect(first).toEqual([expect.objectContaining({ line: 2, outcome: 'rejected', field: 'date', problem: 'futureDate' })]);
    await importLines(harness, [HEADER, `${IDS.calledProspect},sms,OPT_OUT,01/07/2026,EMAIL,`], 'b.csv', '2026-07-01');
    const history = await harness.history('Contact', IDS.calledProspect);
    for (const day of ['2026-07-02', '2026-12-06']) expect(channelConsent(history, 'sms', day).status).toBe('OPT_OUT');
  });

  it('refuses an opt-in typed by hand with a date after the day of the sync', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.calledProspect, { autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentSmsDate: '2026-12-05', autoCibleConsentSmsSource: 'FORMULAIRE', autoCibleConsentSmsProof: 'Case cochée' });
    const lines = await sync(harness);
    expect(lines.find((line) => line.id === IDS.calledProspect)?.rejected).toEqual([{ channel: 'sms', field: 'date', reason: expect.any(String) }]);
    expect(await harness.history('Contact', IDS.calledProspect)).toEqual([]);
  });

  it('records an objection dated after the day of the import as of that day, once, whatever day the file is imported again', async () => {
    const harness = setup();
    const rows = [HEADER, `${IDS.calledProspect},sms,OPT_OUT,05/12/2026,EMAIL,Réponse STOP`];
    expect(await importLines(harness, rows, 'stop.csv')).toEqual([expect.objectContaining({ line: 2, outcome: 'accepted', dateDefaulted: true })]);
    await importLines(harness, rows, 'stop.csv', '2026-07-20');
    expect(await harness.history('Contact', IDS.calledProspect)).toEqual([
      { channel: 'sms', status: 'OPT_OUT', date: TODAY, source: 'EMAIL', proof: 'Réponse STOP', sourceRef: 'stop.csv' },
    ]);
  });

  it('reads STOP, désabonné, refus and retrait du consentement as objections (F5)', async () => {
    const harness = setup();
    const lines = await importLines(harness, [
      'identifiant;canal;statut;date;origine;preuve',
      `${IDS.calledProspect};sms;STOP;01/06/2026;;`,
      `${IDS.calledProspect};email;désabonné;01/06/2026;;`,
      `${IDS.calledProspect};téléphone;refus;01/06/2026;;`,
      `${IDS.calledProspect};courrier;retrait du consentement;01/06/2026;;`,
    ], 'oppositions.csv');
    expect(lines).toEqual([]);
    const history = await harness.history('Contact', IDS.calledProspect);
    for (const channel of ['email', 'sms', 'phone', 'postal'] as const) expect(channelConsent(history, channel, TODAY).status).toBe('OPT_OUT');
  });
});
