import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { CsvDirReader, FileSource, JsonlReader, recordAttributes, runScoreJob } from '../../../../src/server/jobs/score';
import type { RowOptions, RowReader, ScoreJobInput, ScoreSource, ScoreTarget } from '../../../../src/server/jobs/score';
import { ID, jobContext, PERSONAL_NAME, plainContacts, seed, tempDir, tempState, TODAY } from './fixtures';

const CSV = {
  'contacts.csv': [
    'id,lastName,accountId,autoCibleCustomerKind,autoCibleLifecycleStage,autoCibleRole,modifiedAt',
    `${ID.lease},Martin,,PARTICULIER,CLIENT,,2025-01-01 00:00:00`,
    `${ID.driver},Petit,${ID.fleet},,,RESP_PARC,2025-01-01 00:00:00`,
    `${ID.bad},${PERSONAL_NAME},,PARTICULIER,NOT_A_STAGE,,2025-01-01 00:00:00`,
  ],
  'accounts.csv': ['id,name,autoCibleFleetSize,autoCibleCompanyType', `${ID.fleet},Transports Martin,18,PME`],
  'vehicles.csv': [
    'id,name,contactId,accountId,category,mecDate,mileage,financingMode,financingEndDate',
    `${ID.leaseCar},Peugeot 308,${ID.lease},,VP,2020-06-01,120000,LLD,2025-05-20`,
    `${ID.fleetCar},Renault Master,${ID.driver},${ID.fleet},VUL,2021-05-03,,LLD,2025-05-12`,
  ],
};

async function csvDir(): Promise<string> {
  const dir = await tempDir();
  for (const [file, lines] of Object.entries(CSV)) await writeFile(join(dir, file), `${lines.join('\n')}\n`);
  return dir;
}

async function jsonl(lines: readonly string[]): Promise<string> {
  const path = join(await tempDir(), 'records.jsonl');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

/** A target that takes every write and keeps none: the run then keeps its state, as with --out. */
const NOWHERE: ScoreTarget = { update: async () => undefined };

const input = (source: ScoreSource, extra: Partial<ScoreJobInput> = {}): ScoreJobInput => ({ source, models: DEFAULT_MODELS, today: TODAY, mode: 'full', ...extra });

describe('score job on a CSV directory', () => {
  it('joins vehicles to their owner and accounts to their contacts, and treats a missing file as no records', async () => {
    const ctx = jobContext({ dryRun: true });
    const report = await runScoreJob(input(new FileSource(new CsvDirReader(await csvDir()))), ctx);
    expect(ctx.lines.find((l) => l.id === ID.lease)?.reasons.map((r) => r.rule)).toContain('lease-end-3m');
    expect(ctx.lines.find((l) => l.id === ID.fleet)?.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['decision-maker', 'lease-end-3m']));
    expect(report.perType).toEqual({ Contact: 2, Lead: 0, Account: 1 });
  });

  it('hands the job only the attributes the EspoCRM source would select, never a name', async () => {
    const source = new FileSource(new CsvDirReader(await csvDir()));
    const { signal } = new AbortController();
    await source.prepare(signal);
    const plan = { after: null, all: true, modifiedSince: null, ids: [], batchSize: 10 };
    const seen: string[] = [];
    for await (const batch of source.batches('Contact', plan, signal)) {
      for (const item of batch.items) {
        seen.push(item.id);
        expect(Object.keys(item.record).every((key) => key === 'id' || recordAttributes('Contact').includes(key))).toBe(true);
        expect(item.record).toMatchObject({ id: item.id, autoCibleCustomerKind: item.id === ID.lease ? 'PARTICULIER' : null });
        expect(item.record).not.toHaveProperty('lastName');
      }
    }
    expect(seen).toEqual([ID.lease, ID.driver]);
  });

  it('reports a rejected row by file line and field, with the reader\'s reason, never by its personal content', async () => {
    const report = await runScoreJob(input(new FileSource(new CsvDirReader(await csvDir()))), jobContext({ dryRun: true }));
    expect(report.badRecords).toEqual([{
      entityType: 'Contact', id: null, line: 4, reason: 'invalidValue', field: 'autoCibleLifecycleStage',
      // A lifecycle stage is not personal data: the reader quotes it.
      detail: { fr: 'option inconnue « NOT_A_STAGE »', en: 'unknown option "NOT_A_STAGE"' },
    }]);
    expect(JSON.stringify(report)).not.toContain(PERSONAL_NAME);
  });
});

describe('score job on a JSONL file', () => {
  const lines = (): string[] => {
    const data = seed();
    return [
      ...Object.entries(data).flatMap(([entityType, records]) => records.map((r) => JSON.stringify({ entityType, ...r }))),
      '{"entityType": "Contact", "lastName": "no id"}',
      '{not json',
    ];
  };

  it('scores every record type from one file and reports broken lines by number', async () => {
    const ctx = jobContext({ dryRun: true });
    const report = await runScoreJob(input(new FileSource(new JsonlReader(await jsonl(lines())))), ctx);
    expect(report.perType).toEqual({ Contact: 3, Lead: 1, Account: 1 });
    expect(report.badRecords).toEqual(expect.arrayContaining([
      { entityType: null, id: null, line: 10, reason: 'missingEntityTypeOrId' },
      { entityType: null, id: null, line: 11, reason: 'invalidJson' },
      // Checked as a CSV cell is: a date field holding no date is a rejected line, its personal value never shown.
      { entityType: 'Contact', id: null, line: 4, reason: 'invalidValue', field: 'autoCibleLastInboundContactAt', detail: { fr: expect.stringContaining('AAAA-MM-JJ'), en: 'expected a date YYYY-MM-DD' } },
    ]));
    expect(JSON.stringify(report)).not.toContain(PERSONAL_NAME);
  });

  it('keeps no state for a run with nowhere to write: a rerun with a target scores and writes every record', async () => {
    const path = await jsonl([...lines(), ...plainContacts(8).map((r) => JSON.stringify({ entityType: 'Contact', ...r }))]);
    const state = await tempState();
    const source = () => new FileSource(new JsonlReader(path));
    const first = await runScoreJob(input(source(), { state, batchSize: 3 }), jobContext({ abortAfter: 1 }));
    expect(first.interrupted).toBe(true);
    const written: string[] = [];
    const target: ScoreTarget = { update: async (_type, id) => void written.push(id) };
    const second = await runScoreJob(input(source(), { target, state, batchSize: 3 }), jobContext());
    expect(second.resumed).toBe(false);
    expect(written).toHaveLength(3 + 8 + 1 + 1);
    // Nor does a finished run without a target move the watermark: a later --since run with a target still sees them.
    const fresh = await tempState();
    await runScoreJob(input(source(), { state: fresh }), jobContext());
    expect(await fresh.read(source().key)).toEqual({});
  });

  it('continues an interrupted run after the checkpoint, in file order, writing no record twice', async () => {
    const path = await jsonl([...lines(), ...plainContacts(8).map((r) => JSON.stringify({ entityType: 'Contact', ...r }))]);
    const written: string[] = [];
    const target: ScoreTarget = { update: async (_type, id) => void written.push(id) };
    const state = await tempState();
    const source = () => new FileSource(new JsonlReader(path));
    const first = await runScoreJob(input(source(), { target, state, batchSize: 3 }), jobContext({ abortAfter: 1 }));
    expect(first.interrupted).toBe(true);
    const second = await runScoreJob(input(source(), { target, state, batchSize: 3 }), jobContext());
    expect(second.resumed).toBe(true);
    expect(new Set(written).size).toBe(written.length);
    expect(written).toHaveLength(3 + 8 + 1 + 1);
  });
});

describe('JSONL records checked against the field catalogue, as CSV rows are', () => {
  const record = (entityType: string, values: Record<string, unknown>): string => JSON.stringify({ entityType, ...values });
  const contact = (id: string, values: Record<string, unknown>): string =>
    record('Contact', { id, lastName: PERSONAL_NAME, autoCibleCustomerKind: 'PARTICULIER', autoCibleLifecycleStage: 'CLIENT', modifiedAt: '2025-01-01 00:00:00', ...values });
  const vehicle = (id: string, values: Record<string, unknown>): string =>
    record('AutoCibleVehicle', { id, name: 'Peugeot 308', contactId: 'c1', category: 'VP', mecDate: '2020-06-01', ...values });
  const lines = [
    contact('c1', { autoCibleInterests: [] }),
    // The reviewer's line: its first bad attribute is the one named.
    '{"entityType":"Contact","id":"c2","autoCibleCsp":"ASTRONAUTE","autoCibleCustomerKind":"WHATEVER","autoCibleLifecycleStage":"NOPE"}',
    contact('c3', { autoCibleCustomerKind: 'WHATEVER' }),
    contact('c4', { autoCibleLifecycleStage: 'NOPE' }),
    vehicle('v1', { mileage: -5 }),
    vehicle('v2', { energyCode: 'ZZ' }),
    vehicle('v3', { mileage: 12_000, energyCode: 'GO', someHostAttribute: 'ignored' }),
    '{"entityType":"Foo","id":"x1"}',
    contact('c5', { lastName: null }),
    contact('c6', { autoCibleInterests: ['NOT_AN_INTEREST'] }),
    contact('c7', { modifiedAt: '2025-01-01T00:00:00Z' }),
    contact('c8', { accountId: '', autoCibleCsp: null }),
  ];

  it('rejects a record with a bad value by line and field, scores the valid ones and counts a line of an unknown type', async () => {
    const ctx = jobContext({ dryRun: true });
    const report = await runScoreJob(input(new FileSource(new JsonlReader(await jsonl(lines)))), ctx);
    expect(ctx.lines.map((l) => l.id).sort()).toEqual(['c1', 'c8']);
    const unknownOption = (code: string) => ({ fr: `option inconnue « ${code} »`, en: `unknown option "${code}"` });
    const bad = (entityType: string | null, line: number, field: string, detail: unknown, reason = 'invalidValue') => ({ entityType, id: null, line, reason, field, detail });
    expect(report.badRecords).toEqual(expect.arrayContaining([
      // A CSP is personal data: named by a placeholder, as in a CSV report.
      bad('Contact', 2, 'autoCibleCsp', { fr: 'option inconnue [donnée personnelle]', en: 'unknown option [personal data]' }),
      bad('Contact', 3, 'autoCibleCustomerKind', unknownOption('WHATEVER')),
      bad('Contact', 4, 'autoCibleLifecycleStage', unknownOption('NOPE')),
      bad('AutoCibleVehicle', 5, 'mileage', { fr: 'doit être supérieur ou égal à 0', en: 'must be at least 0' }),
      bad('AutoCibleVehicle', 6, 'energyCode', unknownOption('ZZ')),
      { entityType: null, id: null, line: 8, reason: 'unknownEntityType', detail: { fr: expect.stringContaining('AutoCibleVehicle'), en: 'unknown entity type (expected Contact, Lead, Account or AutoCibleVehicle)' } },
      bad('Contact', 9, 'lastName', { fr: 'valeur obligatoire vide', en: 'required value is empty' }, 'required'),
      bad('Contact', 10, 'autoCibleInterests', { fr: 'option inconnue [donnée personnelle]', en: 'unknown option [personal data]' }),
      bad('Contact', 11, 'modifiedAt', { fr: expect.stringContaining('AAAA-MM-JJ HH:mm:ss'), en: 'expected a UTC date-time YYYY-MM-DD HH:mm:ss' }),
    ]));
    expect(report.badRecords).toHaveLength(9);
    expect(report.errors).toBe(9);
    expect(JSON.stringify(report)).not.toContain(PERSONAL_NAME);
    expect(JSON.stringify(report)).not.toContain('ASTRONAUTE');
  });

  it('passes a valid record on as it is, unknown attributes included', async () => {
    const rows: unknown[] = [];
    for await (const row of new JsonlReader(await jsonl(lines)).rows('AutoCibleVehicle', new AbortController().signal)) rows.push(row);
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'rejected', line: 5, field: 'mileage' }),
      expect.objectContaining({ kind: 'rejected', line: 6, field: 'energyCode' }),
      { kind: 'record', line: 7, record: { id: 'v3', name: 'Peugeot 308', contactId: 'c1', category: 'VP', mecDate: '2020-06-01', mileage: 12_000, energyCode: 'GO', someHostAttribute: 'ignored' } },
    ]);
  });
});

describe('JSONL encoding', () => {
  it('refuses a line that is not UTF-8 by number, never reading it with U+FFFD, and reads a UTF-8 file with a byte order mark', async () => {
    const path = join(await tempDir(), 'records.jsonl');
    const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
    await writeFile(path, Buffer.concat([
      utf8('\uFEFF{"entityType":"Contact","id":"c1","lastName":"Lefèvre"}\n'),
      // « Hélène » saved by a Windows tool: é is the single byte 0xE9.
      Buffer.from('{"entityType":"Contact","id":"c2","lastName":"H\u00e9l\u00e8ne"}\n', 'latin1'),
      utf8('{"entityType":"Contact","id":"c3","lastName":"Müller"}\n'),
    ]));
    const reader = new JsonlReader(path);
    const records: unknown[] = [];
    for await (const row of reader.rows('Contact', new AbortController().signal)) if (row.kind === 'record') records.push(row.record);
    expect(records).toEqual([{ id: 'c1', lastName: 'Lefèvre' }, { id: 'c3', lastName: 'Müller' }]);
    const broken: unknown[] = [];
    for await (const row of reader.brokenLines(new AbortController().signal)) broken.push(row);
    expect(broken).toEqual([{ kind: 'rejected', line: 2, reason: 'notUtf8', detail: { fr: expect.stringContaining('UTF-8'), en: 'line not in UTF-8 (save the file as UTF-8)' } }]);
  });
});

describe('file rows for a reader that needs one attribute', () => {
  const rowsOf = async (reader: { rows: JsonlReader['rows'] }, options?: { onlyWith: string }): Promise<unknown[]> => {
    const out: unknown[] = [];
    for await (const row of reader.rows('Contact', new AbortController().signal, options)) out.push(row.kind === 'record' ? row.record.id : row.kind);
    return out;
  };

  it('are the records with a value there, from a JSONL file as from a CSV directory', async () => {
    const path = await jsonl([
      JSON.stringify({ entityType: 'Contact', id: 'c1', accountId: 'a1' }),
      JSON.stringify({ entityType: 'Contact', id: 'c2', accountId: '' }),
      JSON.stringify({ entityType: 'Contact', id: 'c3', accountId: null }),
      JSON.stringify({ entityType: 'Contact', id: 'c4' }),
      JSON.stringify({ entityType: 'Account', id: 'a1', accountId: 'a1' }),
    ]);
    expect(await rowsOf(new JsonlReader(path), { onlyWith: 'accountId' })).toEqual(['c1']);
    expect(await rowsOf(new JsonlReader(path))).toEqual(['c1', 'c2', 'c3', 'c4']);
    // The contact with a bad stage has no account: passed over, not rejected.
    expect(await rowsOf(new CsvDirReader(await csvDir()), { onlyWith: 'accountId' })).toEqual([ID.driver]);
  });
});

/** The reader, noting each read of a file: its entity type and options. */
function spied(reader: RowReader): { reader: RowReader; reads: [string, RowOptions | undefined][] } {
  const reads: [string, RowOptions | undefined][] = [];
  return {
    reads,
    reader: {
      key: reader.key,
      check: async () => reader.check(),
      rows: (entityType, signal, options) => {
        reads.push([entityType, options]);
        return reader.rows(entityType, signal, options);
      },
    },
  };
}

describe('the accounts\' members', () => {
  const lines = (): string[] => Object.entries(seed()).flatMap(([entityType, records]) => records.map((r) => JSON.stringify({ entityType, ...r })));
  const accountLine = (ctx: ReturnType<typeof jobContext>) => ctx.lines.find((l) => l.entityType === 'Account');

  it('come from the contacts\' own pass in a full run: the contacts are read once', async () => {
    const { reader, reads } = spied(new CsvDirReader(await csvDir()));
    const ctx = jobContext({ dryRun: true });
    await runScoreJob(input(new FileSource(reader)), ctx);
    expect(reads.filter(([type]) => type === 'Contact')).toEqual([['Contact', undefined]]);
    expect(accountLine(ctx)?.reasons.map((r) => r.rule)).toContain('decision-maker');
  });

  it('are read on their own when a rerun has no contact left to score, and are the same', async () => {
    const path = await jsonl(lines());
    const straight = jobContext({ dryRun: true });
    await runScoreJob(input(new FileSource(new JsonlReader(path))), straight);
    const state = await tempState();
    // Stopped once the lead is scored: the contacts are done, the accounts not.
    const first = await runScoreJob(input(new FileSource(new JsonlReader(path)), { state, target: NOWHERE }), jobContext({ abortAfter: 4 }));
    expect(first.perType).toEqual({ Contact: 3, Lead: 1, Account: 0 });
    const { reader, reads } = spied(new JsonlReader(path));
    const rerun = jobContext();
    const second = await runScoreJob(input(new FileSource(reader), { state, target: NOWHERE }), rerun);
    expect(second.resumed).toBe(true);
    expect(second.perType).toEqual({ Contact: 0, Lead: 0, Account: 1 });
    expect(reads.filter(([type]) => type === 'Contact')).toEqual([['Contact', { onlyWith: 'accountId' }]]);
    expect(accountLine(rerun)).toEqual(accountLine(straight));
  });

  it('are all there, once each, when a rerun continues in the middle of the contacts', async () => {
    const path = await jsonl(lines());
    const straight = jobContext({ dryRun: true });
    await runScoreJob(input(new FileSource(new JsonlReader(path)), { batchSize: 1 }), straight);
    const state = await tempState();
    await runScoreJob(input(new FileSource(new JsonlReader(path)), { state, batchSize: 1, target: NOWHERE }), jobContext({ abortAfter: 1 }));
    const { reader, reads } = spied(new JsonlReader(path));
    const rerun = jobContext();
    const second = await runScoreJob(input(new FileSource(reader), { state, batchSize: 1, target: NOWHERE }), rerun);
    expect(second.resumed).toBe(true);
    expect(reads.filter(([type]) => type === 'Contact')).toEqual([['Contact', undefined]]);
    expect(accountLine(rerun)).toEqual(accountLine(straight));
  });

  it('are gathered once when the checkpoint\'s contact is gone and the contacts are read twice', async () => {
    const { reader, reads } = spied(new JsonlReader(await jsonl(lines())));
    const source = new FileSource(reader);
    const { signal } = new AbortController();
    await source.prepare(signal);
    const plan = { after: 'c00000000000000zz', all: true, modifiedSince: null, ids: [], batchSize: 10 };
    const contacts: string[] = [];
    for await (const batch of source.batches('Contact', plan, signal)) contacts.push(...batch.items.map((item) => item.id));
    // The bad contact is a rejected line, not an item.
    expect(contacts).toEqual([ID.lease, ID.oldCar, ID.driver]);
    const accounts = [];
    for await (const batch of source.batches('Account', { ...plan, after: null }, signal)) accounts.push(...batch.items);
    expect(accounts.map((item) => item.contacts)).toEqual([[{ accountId: ID.fleet, autoCibleRole: 'RESP_PARC' }]]);
    expect(reads.filter(([type]) => type === 'Contact')).toEqual([['Contact', undefined], ['Contact', undefined]]);
  });
});
