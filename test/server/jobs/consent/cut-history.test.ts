/**
 * EspoCRM cuts every `text` attribute of a list call to `maxSelectTextAttributeLengthForList` characters (10 000
 * by default) and returns it whole on `GET {Entity}/{id}`. A consent history longer than that must be read whole
 * before it is judged: never `CONSENT_HISTORY_INVALID` or `invalidHistory` for a history that is fine.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONSENT_HISTORY_FIELD, consentToFields, oppositionKeys, serialiseConsentHistory } from '../../../../src/core/consent';
import type { ConsentEvent } from '../../../../src/core/consent';
import { installationHash } from '../../../../src/server/audit';
import { runConsentCheck, runConsentSync } from '../../../../src/server/jobs/consent';
import type { ConsentCheckInput, ConsentCheckLine, ConsentCheckReport, ConsentSyncLine, ConsentSyncReport } from '../../../../src/server/jobs/consent';
import { ESPO_LIST_TEXT_LIMIT } from '../../../../src/server/jobs/consent/listed-person';
import { OppositionList } from '../../../../src/server/opposition';
import { MAX_SELECT_TEXT_ATTRIBUTE_LENGTH } from '../../../msw/fake-espo/views';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { IDS, TODAY } from '../retention/population';
import type { WriteHarness } from './write-harness';
import { memoryWriteHarness, restWriteHarness } from './write-harness';

const server = useMswServer();

type RestWriteHarness = ReturnType<typeof restWriteHarness>;

/** Valid events, each with a long proof text, until the stored history is longer than `minLength` characters. */
function longHistory(minLength: number): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  const start = Date.UTC(2020, 0, 1);
  while (serialiseConsentHistory(events).length <= minLength) {
    const date = new Date(start + events.length * 86_400_000).toISOString().slice(0, 10);
    events.push({ channel: 'email', status: 'OPT_IN', date, source: 'FORMULAIRE', proof: `Formulaire n° ${events.length} : ${'texte du consentement présenté à la personne, case cochée. '.repeat(6)}fin.` });
  }
  // The latest event, at the end of the stored JSON: beyond the cut.
  events.push({ channel: 'sms', status: 'OPT_OUT', date: '2026-06-01', source: 'MAGASIN' });
  return events;
}

/** The person's flat fields and history as AutoCible writes them: nothing for `consent sync` to fold in. */
const storedConsent = (history: readonly ConsentEvent[]) => consentToFields(history, TODAY);

/** `GET {Entity}/{id}` requests the fake answered (reads of one record). */
const wholeReads = (harness: RestWriteHarness, from = 0): string[] =>
  harness.fake.requests.slice(from).filter((r) => r.method === 'GET' && /^(?:Contact|Lead)\/[^/]+$/u.test(r.path)).map((r) => r.path.split('/')[1] ?? '');

async function check(harness: WriteHarness, extra: Partial<ConsentCheckInput> = {}): Promise<{ lines: ConsentCheckLine[]; report: ConsentCheckReport }> {
  const lines: ConsentCheckLine[] = [];
  const report = await runConsentCheck({ gateway: harness.gateway, today: TODAY, onLine: (line) => lines.push(line), ...extra }, jobContext(true));
  return { lines, report };
}

async function sync(harness: WriteHarness, dryRun = false): Promise<{ lines: ConsentSyncLine[]; report: ConsentSyncReport }> {
  const lines: ConsentSyncLine[] = [];
  const report = await runConsentSync({ gateway: harness.gateway, today: TODAY, onRecord: (line) => lines.push(line) }, jobContext(dryRun));
  return { lines, report };
}

const linesFor = (lines: readonly ConsentCheckLine[], id: string) => lines.filter((l) => l.id === id).map((l) => [l.channel, l.eligible, l.ruleId, l.consentStatus]);

describe('the fake EspoCRM cuts text fields in list calls as EspoCRM does', () => {
  it('returns the first 10 000 characters of a text field in a list, the whole value on a read', async () => {
    expect(MAX_SELECT_TEXT_ATTRIBUTE_LENGTH).toBe(ESPO_LIST_TEXT_LIMIT);
    const harness = restWriteHarness(server);
    const history = serialiseConsentHistory(longHistory(ESPO_LIST_TEXT_LIMIT));
    await harness.edit('Contact', IDS.expiredProspect, { [CONSENT_HISTORY_FIELD]: history });
    // Characters, as MySQL's LEFT counts them: an emoji is one.
    await harness.edit('Contact', IDS.emailedProspect, { [CONSENT_HISTORY_FIELD]: '😀'.repeat(ESPO_LIST_TEXT_LIMIT + 5) });
    const listed = new Map<string, Record<string, unknown>>();
    for await (const record of harness.gateway.iterate('Contact', { select: [CONSENT_HISTORY_FIELD] })) listed.set(record.id, record);
    expect(listed.get(IDS.expiredProspect)?.[CONSENT_HISTORY_FIELD]).toBe(history.slice(0, ESPO_LIST_TEXT_LIMIT));
    expect(listed.get(IDS.emailedProspect)?.[CONSENT_HISTORY_FIELD]).toBe('😀'.repeat(ESPO_LIST_TEXT_LIMIT));
    expect((await harness.gateway.get('Contact', IDS.expiredProspect))?.[CONSENT_HISTORY_FIELD]).toBe(history);
    harness.fake.store.settings.maxSelectTextAttributeLengthForList = 500;
    for await (const record of harness.gateway.iterate('Contact', { select: [CONSENT_HISTORY_FIELD] })) listed.set(record.id, record);
    expect(listed.get(IDS.expiredProspect)?.[CONSENT_HISTORY_FIELD]).toBe(history.slice(0, 500));
  });
});

describe('consent check on a history longer than the list limit, through the REST gateway', () => {
  it('answers from the whole history, as on the memory gateway, reading that person once', async () => {
    const history = longHistory(ESPO_LIST_TEXT_LIMIT);
    const memory = memoryWriteHarness();
    await memory.edit('Contact', IDS.expiredProspect, storedConsent(history));
    const expected = linesFor((await check(memory)).lines, IDS.expiredProspect);
    expect(expected).toContainEqual(['email', true, 'B2C_ELECTRONIC_OPT_IN', 'OPT_IN']);
    expect(expected).toContainEqual(['sms', false, expect.any(String), 'OPT_OUT']);

    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.expiredProspect, storedConsent(history));
    const { lines, report } = await check(harness);
    expect(linesFor(lines, IDS.expiredProspect)).toEqual(expected);
    expect(lines.some((l) => l.ruleId === 'CONSENT_HISTORY_INVALID')).toBe(false);
    expect(wholeReads(harness)).toEqual([IDS.expiredProspect]);
    expect(report.people).toBe(9);
    expect(lines).toHaveLength(9 * 4);
    expect(harness.writeCount()).toBe(0);
  });

  it('reads each such person once, contacts and leads alike', async () => {
    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.financedCustomer, storedConsent(longHistory(ESPO_LIST_TEXT_LIMIT)));
    await harness.edit('Lead', IDS.undatedLead, storedConsent(longHistory(2 * ESPO_LIST_TEXT_LIMIT)));
    const { lines } = await check(harness);
    expect(lines.some((l) => l.ruleId === 'CONSENT_HISTORY_INVALID')).toBe(false);
    expect(wholeReads(harness)).toEqual([IDS.financedCustomer, IDS.undatedLead]);
  });

  it('still reads the history whole when an administrator lowered maxSelectTextAttributeLengthForList', async () => {
    const harness = restWriteHarness(server);
    harness.fake.store.settings.maxSelectTextAttributeLengthForList = 500;
    const history = longHistory(1_000);
    await harness.edit('Contact', IDS.expiredProspect, storedConsent(history));
    const { lines } = await check(harness);
    expect(linesFor(lines, IDS.expiredProspect)).toContainEqual(['email', true, 'B2C_ELECTRONIC_OPT_IN', 'OPT_IN']);
    expect(lines.some((l) => l.ruleId === 'CONSENT_HISTORY_INVALID')).toBe(false);
    expect(wholeReads(harness)).toEqual([IDS.expiredProspect]);
  });

  it('answers CONSENT_HISTORY_INVALID on a corrupt history: read once when it is not JSON, never when it is JSON but no history', async () => {
    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.financedCustomer, { [CONSENT_HISTORY_FIELD]: '{"version":1,"events":[{"channel":"email"' });
    await harness.edit('Contact', IDS.heldCustomer, { [CONSENT_HISTORY_FIELD]: '{"version":1,"events":[{"channel":"fax"}]}' });
    const { lines, report } = await check(harness);
    for (const id of [IDS.financedCustomer, IDS.heldCustomer]) expect(lines.filter((l) => l.id === id).map((l) => l.ruleId)).toEqual(Array(4).fill('CONSENT_HISTORY_INVALID'));
    expect(wholeReads(harness)).toEqual([IDS.financedCustomer]);
    expect(report.people).toBe(9);
  });

  it('reads a person once with --all-identifiers, for its other identifiers and its history alike', async () => {
    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.expiredProspect, storedConsent(longHistory(ESPO_LIST_TEXT_LIMIT)));
    const hash = installationHash('b'.repeat(64));
    const list = await OppositionList.load(join(await mkdtemp(join(tmpdir(), 'autocible-opp-')), 'opposition.jsonl'));
    await list.add(oppositionKeys({ emails: ['personne@exemple.fr'] }, hash), TODAY, 'objection');
    const { lines } = await check(harness, { opposition: { list, hash, allIdentifiers: true } });
    expect(linesFor(lines, IDS.expiredProspect)).toContainEqual(['email', true, 'B2C_ELECTRONIC_OPT_IN', 'OPT_IN']);
    const reads = wholeReads(harness);
    expect(reads).toHaveLength(9);
    expect(new Set(reads).size).toBe(9);
    await list.close();
  });

  it('leaves out a person deleted between the list and the read of its whole history', async () => {
    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.expiredProspect, storedConsent(longHistory(ESPO_LIST_TEXT_LIMIT)));
    const get = vi.spyOn(harness.gateway, 'get').mockResolvedValue(null);
    const { lines, report } = await check(harness);
    expect(get.mock.calls.map(([, id]) => id)).toEqual([IDS.expiredProspect]);
    expect(lines.some((l) => l.id === IDS.expiredProspect)).toBe(false);
    expect(lines).toHaveLength(8 * 4);
    expect(report.people).toBe(8);
  });
});

describe('consent sync on a history longer than the list limit, through the REST gateway', () => {
  it('folds a hand edit into the whole history, reading that person once per run, then writes nothing', async () => {
    const harness = restWriteHarness(server);
    const history = longHistory(ESPO_LIST_TEXT_LIMIT);
    await harness.edit('Contact', IDS.expiredProspect, storedConsent(history));
    const quiet = await sync(harness);
    expect(quiet.lines.filter((l) => l.id === IDS.expiredProspect)).toEqual([]);
    expect(wholeReads(harness)).toEqual([IDS.expiredProspect]);

    const phoneOptOut = { autoCibleConsentPhoneStatus: 'OPT_OUT', autoCibleConsentPhoneDate: '2026-06-20', autoCibleConsentPhoneSource: 'TELEPHONE' };
    await harness.edit('Contact', IDS.expiredProspect, phoneOptOut);
    const from = harness.fake.requests.length;
    const { lines, report } = await sync(harness);
    expect(lines.find((l) => l.id === IDS.expiredProspect)).toMatchObject({ outcome: 'updated', eventsAdded: 1, channels: [] });
    expect(report.counts.invalidHistory).toBe(0);
    expect(report.people).toBe(9);
    expect(await harness.history('Contact', IDS.expiredProspect)).toEqual([...history, { channel: 'phone', status: 'OPT_OUT', date: '2026-06-20', source: 'TELEPHONE' }].sort((a, b) => a.date.localeCompare(b.date)));
    // Read once, for its cut history; that read is also the one made right before writing.
    expect(wholeReads(harness, from).filter((id) => id === IDS.expiredProspect)).toEqual([IDS.expiredProspect]);

    const writes = harness.updates().length;
    const again = await sync(harness);
    expect(again.lines).toEqual([]);
    expect(again.report.counts.unchanged).toBe(9);
    expect(harness.updates()).toHaveLength(writes);
  });

  it('records a proof typed by hand that is longer than the list limit whole', async () => {
    const harness = restWriteHarness(server);
    const proof = `Texte intégral du formulaire signé : ${'conditions du consentement. '.repeat(450)}fin.`;
    expect(proof.length).toBeGreaterThan(ESPO_LIST_TEXT_LIMIT);
    await harness.edit('Contact', IDS.emailedProspect, { autoCibleConsentSmsStatus: 'OPT_IN', autoCibleConsentSmsDate: '2026-06-02', autoCibleConsentSmsSource: 'MAGASIN', autoCibleConsentSmsProof: proof });
    const { lines } = await sync(harness);
    expect(lines.find((l) => l.id === IDS.emailedProspect)).toMatchObject({ outcome: 'updated', eventsAdded: 1, rejected: [] });
    const recorded = await harness.history('Contact', IDS.emailedProspect);
    expect(recorded.map((e) => e.proof?.length)).toEqual([proof.length]);
    expect(recorded).toEqual([{ channel: 'sms', status: 'OPT_IN', date: '2026-06-02', source: 'MAGASIN', proof }]);
    expect(wholeReads(harness).filter((id) => id === IDS.emailedProspect)).toEqual([IDS.emailedProspect]);
  });

  it('still leaves a corrupt history alone, after one read', async () => {
    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.heldCustomer, { [CONSENT_HISTORY_FIELD]: '{"version":1,"events":[' });
    const { lines, report } = await sync(harness);
    expect(lines.find((l) => l.id === IDS.heldCustomer)).toMatchObject({ outcome: 'invalidHistory' });
    expect(report.counts.invalidHistory).toBe(1);
    // Read once; the others read are those written (each read right before its write).
    expect(wholeReads(harness).filter((id) => id === IDS.heldCustomer)).toEqual([IDS.heldCustomer]);
    expect(harness.writtenIds()).not.toContain(IDS.heldCustomer);
  });

  it('reports a person deleted between the list and the read of its whole history as gone, once', async () => {
    const harness = restWriteHarness(server);
    await harness.edit('Contact', IDS.expiredProspect, { ...storedConsent(longHistory(ESPO_LIST_TEXT_LIMIT)), autoCibleConsentPhoneStatus: 'OPT_OUT', autoCibleConsentPhoneDate: '2026-06-20' });
    vi.spyOn(harness.gateway, 'get').mockResolvedValue(null);
    const { lines, report } = await sync(harness);
    expect(lines.filter((l) => l.id === IDS.expiredProspect).map((l) => l.outcome)).toEqual(['gone']);
    expect(report.counts).toMatchObject({ gone: 1, invalidHistory: 0 });
    expect(report.people).toBe(9);
    expect(harness.writtenIds()).not.toContain(IDS.expiredProspect);
  });
});
