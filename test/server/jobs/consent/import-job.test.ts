import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelConsent, oppositionKeys } from '../../../../src/core/consent';
import { installationHash } from '../../../../src/server/audit';
import { CsvHeaderError } from '../../../../src/server/csv';
import { CONSENT_FIELDS, runConsentImport } from '../../../../src/server/jobs/consent';
import type { ConsentImportInput, ConsentImportLine, ConsentImportRecord, ConsentImportReport } from '../../../../src/server/jobs/consent';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { IDS, personalValues, TODAY } from '../retention/population';
import type { WriteHarness } from './write-harness';
import { consentFile, writeHarnesses } from './write-harness';

const server = useMswServer();

interface ImportRun {
  readonly lines: ConsentImportLine[];
  readonly records: ConsentImportRecord[];
  readonly report: ConsentImportReport;
}

async function importFile(harness: WriteHarness, path: string, extra: Partial<ConsentImportInput> & { dryRun?: boolean } = {}): Promise<ImportRun> {
  const lines: ConsentImportLine[] = [];
  const records: ConsentImportRecord[] = [];
  const { dryRun = false, ...input } = extra;
  const report = await runConsentImport({
    gateway: harness.gateway, path, today: TODAY, onLine: (l) => lines.push(l), onRecord: (r) => records.push(r), ...input,
  }, jobContext(dryRun));
  return { lines, records, report };
}

const HEADER = 'id,emailAddress,phoneNumber,channel,status,date,source,proof';
const FILE = 'consentements-salon-2026.csv';

async function statusOf(harness: WriteHarness, entityType: string, id: string, channel: 'email' | 'sms' | 'phone' | 'postal') {
  return channelConsent(await harness.history(entityType, id), channel).status;
}

describe.each(writeHarnesses(server))('consent import on the %s', (_name, setup) => {
  it('records events found by id, email and phone, each tagged with the file name, writing consent fields only', async () => {
    const harness = setup();
    const path = await consentFile([
      HEADER,
      `${IDS.expiredProspect},,,postal,OPT_OUT,2026-05-02,COURRIER,`,
      ',LISON.Marchal@Exemple.fr,,email,OPT_IN,2026-05-03,FORMULAIRE,Case cochée salon v1',
      ',,06 12 34 56 03,sms,SOFT_OPT_IN,2026-05-04,MAGASIN,Achat atelier',
    ]);
    const { lines, records, report } = await importFile(harness, path);
    expect(report.counts).toMatchObject({ accepted: 3, rejected: 0, unknownPerson: 0 });
    expect(lines).toEqual([]);
    expect(records.map((r) => [r.id, r.channels, r.lines])).toEqual([
      [IDS.expiredProspect, ['postal'], [2]], [IDS.emailedProspect, ['email'], [3]], [IDS.calledProspect, ['sms'], [4]],
    ]);
    expect(await harness.history('Contact', IDS.emailedProspect)).toEqual([
      { channel: 'email', status: 'OPT_IN', date: '2026-05-03', source: 'FORMULAIRE', proof: 'Case cochée salon v1', sourceRef: FILE },
    ]);
    expect(await harness.record('Contact', IDS.calledProspect)).toMatchObject({ autoCibleConsentSmsStatus: 'SOFT_OPT_IN', autoCibleConsentSmsSource: 'MAGASIN' });
    for (const update of harness.updates()) for (const attribute of Object.keys(update.attributes)) expect(CONSENT_FIELDS).toContain(attribute);
  });

  it('changes nothing when the same file is imported a second time', async () => {
    const harness = setup();
    const path = await consentFile([HEADER, `${IDS.expiredProspect},,,sms,OPT_OUT,,,`, ',,+33612345602,email,OPT_IN,2026-05-03,FORMULAIRE,Case cochée']);
    await importFile(harness, path);
    const writes = harness.writeCount();
    const again = await importFile(harness, path, { today: '2026-07-15' });
    expect(again.report.counts).toMatchObject({ duplicate: 2, accepted: 0 });
    expect(again.records).toEqual([]);
    expect(again.lines).toEqual([]);
    expect(harness.writeCount()).toBe(writes);
  });

  it('records an objection with no readable date as of the run day, and says so', async () => {
    const harness = setup();
    const path = await consentFile([HEADER, `${IDS.expiredProspect},,,email,OPT_OUT,le 3 mai,EMAIL,`]);
    const { lines } = await importFile(harness, path);
    expect(lines).toEqual([{ kind: 'line', line: 2, outcome: 'accepted', channel: 'email', keyKind: 'id', field: null, problem: null, reason: null, dateDefaulted: true }]);
    expect((await harness.history('Contact', IDS.expiredProspect)).find((e) => e.status === 'OPT_OUT')).toMatchObject({ date: TODAY, source: 'EMAIL', sourceRef: FILE });
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: TODAY });
  });

  it('never opts in a person on the opposition list, and still records their objection', async () => {
    const harness = setup();
    const dir = await mkdtemp(join(tmpdir(), 'autocible-opp-'));
    const hash = installationHash('c'.repeat(64));
    const list = await OppositionList.load(join(dir, 'opposition.jsonl'));
    await list.add(oppositionKeys({ phones: ['06 12 34 56 02'] }, hash), TODAY, 'objection');
    const path = await consentFile([
      HEADER,
      ',lison.marchal@exemple.fr,,email,OPT_IN,2026-05-03,FORMULAIRE,Case cochée',
      ',lison.marchal@exemple.fr,,sms,SOFT_OPT_IN,2026-05-03,MAGASIN,Client atelier',
      ',lison.marchal@exemple.fr,,phone,OPT_OUT,2026-05-03,TELEPHONE,',
    ]);
    const { lines, report } = await importFile(harness, path, { opposition: { list, hash } });
    expect(lines.map((l) => [l.line, l.outcome])).toEqual([[2, 'opposed'], [3, 'opposed']]);
    expect(report.counts).toMatchObject({ opposed: 2, accepted: 1 });
    expect((await harness.history('Contact', IDS.emailedProspect)).map((e) => e.status)).toEqual(['OPT_OUT']);
    expect(await harness.record('Contact', IDS.emailedProspect)).toMatchObject({ autoCibleConsentPhoneStatus: 'OPT_OUT' });
    await list.close();
  });

  it('says a line names no one before anything else it lacks', async () => {
    const harness = setup();
    const path = await consentFile([HEADER, ',,,email,OPT_IN,2026-05-03,FORMULAIRE,']);
    const { lines } = await importFile(harness, path);
    expect(lines.map(({ field, problem }) => ({ field, problem }))).toEqual([{ field: 'key', problem: 'noPersonKey' }]);
  });

  it('reports each bad line with its number, the field and no value', async () => {
    const harness = setup();
    const path = await consentFile([
      HEADER,
      `${IDS.expiredProspect},,,email,OPT_IN,2026-05-03,FORMULAIRE,`,
      `${IDS.expiredProspect},,,fax,OPT_OUT,2026-05-03,,`,
      `${IDS.expiredProspect},,,sms,peut-être,2026-05-03,,`,
      ',,,sms,OPT_OUT,2026-05-03,,',
      `${IDS.expiredProspect},,,phone,OPT_IN,31/02/2026,FORMULAIRE,"Accord signé`,
      'page 2"',
      ',inconnu.fixture@exemple.fr,,postal,OPT_OUT,2026-05-03,,',
      `${IDS.expiredProspect},,sms,OPT_OUT`,
      `${IDS.expiredProspect},,,postal,OPT_IN,2026-05-03,BROCANTE,Bon signé`,
      `${IDS.expiredProspect},,,sms,OPT_OUT,2026-05-03,,`,
    ]);
    const { lines, report } = await importFile(harness, path);
    expect(lines.map(({ line, outcome, field, problem, keyKind }) => ({ line, outcome, field, problem, keyKind }))).toEqual([
      { line: 2, outcome: 'rejected', field: 'proof', problem: 'missingProof', keyKind: null },
      { line: 3, outcome: 'rejected', field: 'channel', problem: 'unknownChannel', keyKind: null },
      { line: 4, outcome: 'rejected', field: 'status', problem: 'unknownStatus', keyKind: null },
      { line: 5, outcome: 'rejected', field: 'key', problem: 'noPersonKey', keyKind: null },
      { line: 6, outcome: 'rejected', field: 'date', problem: 'badDate', keyKind: null },
      { line: 8, outcome: 'unknownPerson', field: null, problem: null, keyKind: 'emailAddress' },
      { line: 9, outcome: 'rejected', field: 'row', problem: 'cellCount', keyKind: null },
      { line: 10, outcome: 'rejected', field: 'source', problem: 'unknownSource', keyKind: null },
    ]);
    expect(report).toMatchObject({ lines: 9, counts: { accepted: 1, rejected: 7, unknownPerson: 1 } });
    expect(JSON.stringify(lines)).not.toMatch(/inconnu|peut-être|fax|BROCANTE|Accord/u);
  });

  it('keeps an opt-out typed in EspoCRM when the file brings an older opt-in', async () => {
    const harness = setup();
    await harness.edit('Contact', IDS.expiredProspect, { autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: '2026-06-01', autoCibleConsentEmailSource: 'TELEPHONE', autoCibleConsentEmailProof: null });
    const path = await consentFile([HEADER, `${IDS.expiredProspect},,,email,OPT_IN,2026-05-03,FORMULAIRE,Case cochée`]);
    const { records } = await importFile(harness, path);
    expect(records[0]).toMatchObject({ id: IDS.expiredProspect, eventsAdded: 2, channels: [] });
    expect(await statusOf(harness, 'Contact', IDS.expiredProspect, 'email')).toBe('OPT_OUT');
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ autoCibleConsentEmailStatus: 'OPT_OUT', autoCibleConsentEmailDate: '2026-06-01' });
  });

  it('gives an address shared by two people their objection, but no opt-in', async () => {
    const harness = setup();
    await harness.edit('Lead', IDS.repermissionLead, { emailAddress: 'lison.marchal@exemple.fr' });
    const path = await consentFile([
      HEADER,
      ',lison.marchal@exemple.fr,,email,OPT_IN,2026-05-03,FORMULAIRE,Case cochée',
      ',lison.marchal@exemple.fr,,email,OPT_OUT,2026-05-04,EMAIL,',
    ]);
    const { lines, records } = await importFile(harness, path);
    expect(lines.map((l) => [l.line, l.outcome, l.keyKind])).toEqual([[2, 'ambiguous', 'emailAddress']]);
    expect(records.map((r) => r.id)).toEqual([IDS.emailedProspect, IDS.repermissionLead]);
    expect(await statusOf(harness, 'Lead', IDS.repermissionLead, 'email')).toBe('OPT_OUT');
  });

  it('reads French headers, semicolons, French dates and option labels', async () => {
    const harness = setup();
    const path = await consentFile([
      'Identifiant;Téléphone;Canal;Statut;Date;Origine;Preuve;Commentaire',
      `;06.12.34.56.03;Courrier;Opposition;03/05/2026;Téléphone;;rappelé`,
      `${IDS.meetingProspect};;e-mail;Consentement donné (opt-in);04/05/2026;En concession;Bon signé n°12;`,
    ]);
    const { report } = await importFile(harness, path);
    expect(report).toMatchObject({ counts: { accepted: 2 }, ignoredColumns: ['Commentaire'] });
    expect(await harness.history('Contact', IDS.calledProspect)).toEqual([{ channel: 'postal', status: 'OPT_OUT', date: '2026-05-03', source: 'TELEPHONE', sourceRef: FILE }]);
    expect(await statusOf(harness, 'Contact', IDS.meetingProspect, 'email')).toBe('OPT_IN');
  });

  it('writes nothing in a dry run', async () => {
    const harness = setup();
    const path = await consentFile([HEADER, `${IDS.expiredProspect},,,postal,OPT_OUT,2026-05-02,COURRIER,`]);
    const { records } = await importFile(harness, path, { dryRun: true });
    expect(records.map((r) => r.outcome)).toEqual(['wouldUpdate']);
    expect(harness.writeCount()).toBe(0);
  });

  it('prints no personal data, nor any proof text', async () => {
    const harness = setup();
    const path = await consentFile([
      HEADER,
      ',eric.fixture@exemple.fr,,email,OPT_OUT,,,',
      ',,+33612345603,sms,OPT_IN,2026-05-03,FORMULAIRE,Signé par Paulin Vasseur',
      ',inconnue.personne@exemple.fr,,sms,OPT_IN,2026-05-03,FORMULAIRE,',
    ]);
    const { lines, records } = await importFile(harness, path);
    const output = JSON.stringify([lines, records]);
    for (const value of [...personalValues(), 'Paulin Vasseur', 'inconnue.personne']) expect(output).not.toContain(value);
  });
});

describe('consent import of an unusable file', () => {
  it('refuses a header without a channel column or without any person key', async () => {
    const harness = writeHarnesses(server)[0]![1]();
    const noChannel = await importFile(harness, await consentFile(['id,status,date', `${IDS.expiredProspect},OPT_OUT,2026-05-02`])).catch((e: unknown) => e);
    expect(noChannel).toBeInstanceOf(CsvHeaderError);
    expect(noChannel).toMatchObject({ file: FILE, problems: { missingRequired: ['channel'] } });
    const noKey = await importFile(harness, await consentFile(['nom,canal,statut', 'Fixture,email,OPT_OUT'])).catch((e: unknown) => e);
    expect(noKey).toMatchObject({ problems: { missingRequired: ['id|emailAddress|phoneNumber'] } });
    expect(harness.writeCount()).toBe(0);
  });
});
