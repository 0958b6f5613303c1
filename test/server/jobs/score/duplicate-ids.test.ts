import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { CsvDirReader, FileSource, JsonlReader, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreItem, ScoreJobInput, ScoreSource } from '../../../../src/server/jobs/score';
import { FirstLines } from '../../../../src/server/jobs/score/first-lines';
import { FlatFirstLines } from '../../../../src/server/jobs/score/flat-first-lines';
import { ID, jobContext, tempDir, TODAY } from './fixtures';
import { runScore, SCORE_CSV, scoreCsvDir } from './score-cli';

const input = (source: ScoreSource): ScoreJobInput => ({ source, models: DEFAULT_MODELS, today: TODAY, mode: 'full' });
const json = (entityType: string, record: Record<string, unknown>): string => JSON.stringify({ entityType, ...record });
const contact = (id: string, extra: Record<string, unknown> = {}): string =>
  json('Contact', { id, lastName: 'Martin', autoCibleCustomerKind: 'PARTICULIER', autoCibleLifecycleStage: 'CLIENT', ...extra });

async function jsonlFile(lines: readonly string[]): Promise<string> {
  const path = join(await tempDir(), 'records.jsonl');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

const scoredDetail = (line: number) => ({ fr: `même id qu’à la ligne ${line} : seule la première est calculée`, en: `same id as line ${line}: only the first is scored` });
const readDetail = (line: number) => ({ fr: `même id qu’à la ligne ${line} : seule la première est lue`, en: `same id as line ${line}: only the first is read` });

describe('autocible score: a JSONL id given twice', () => {
  it('scores the first record only, reports the second by line and writes one --out line', async () => {
    const cwd = await tempDir();
    const path = await jsonlFile([contact('d1'), contact('d2'), contact('d1', { autoCibleLifecycleStage: 'PROSPECT' })]);
    const run = await runScore(['--input', path, '--today', TODAY, '--json', '--out', 'changes.jsonl'], { cwd });
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string });
    expect(lines.map((line) => line.id)).toEqual(['d1', 'd2']);
    expect(run.stderr).toContain('Scored: 2 (contacts 2, leads 0, accounts 0)');
    expect(run.stderr).toContain('  Contact d1 line 3: duplicateId — same id as line 1: only the first is scored');
    const out = (await readFile(join(cwd, 'changes.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string });
    expect(out.map((line) => line.id)).toEqual(['d1', 'd2']);
    const fr = await runScore(['--input', path, '--today', TODAY, '--dry-run'], { cwd, lang: 'fr' });
    expect(fr.stdout).toContain('Contact d1 ligne 3 : duplicateId — même id qu’à la ligne 1 : seule la première est calculée');
  });

  it('keeps the first record of each type, whatever its position, and reports the others', async () => {
    const path = await jsonlFile([
      contact('d1'),
      json('Lead', { id: 'l1', lastName: 'Roux', autoCibleCustomerKind: 'PARTICULIER' }),
      json('Account', { id: 'a1', name: 'Transports Martin', autoCibleFleetSize: 18, autoCibleCompanyType: 'PME' }),
      json('AutoCibleVehicle', { id: 'v1', name: 'Car', contactId: 'd1', category: 'VP', mecDate: '2020-06-01', financingMode: 'LLD', financingEndDate: '2025-05-20' }),
      json('Lead', { id: 'l1', lastName: 'Roux', autoCibleCustomerKind: 'PARTICULIER' }),
      json('Account', { id: 'a1', name: 'Transports Martin', autoCibleFleetSize: 1, autoCibleCompanyType: 'TPE' }),
      // The same vehicle again, now a contact's who would gain a lease end: read once, as the first row says.
      json('AutoCibleVehicle', { id: 'v1', name: 'Car', contactId: 'd2', category: 'VP', mecDate: '2020-06-01', financingMode: 'LLD', financingEndDate: '2025-05-20' }),
      contact('d2'),
      contact('d1'),
    ]);
    const ctx = jobContext({ dryRun: true });
    const report = await runScoreJob(input(new FileSource(new JsonlReader(path))), ctx);
    expect(report.perType).toEqual({ Contact: 2, Lead: 1, Account: 1 });
    expect(report.badRecords).toEqual(expect.arrayContaining([
      { entityType: 'AutoCibleVehicle', id: 'v1', line: 7, reason: 'duplicateId', detail: readDetail(4) },
      { entityType: 'Contact', id: 'd1', line: 9, reason: 'duplicateId', detail: scoredDetail(1) },
      { entityType: 'Lead', id: 'l1', line: 5, reason: 'duplicateId', detail: scoredDetail(2) },
      { entityType: 'Account', id: 'a1', line: 6, reason: 'duplicateId', detail: scoredDetail(3) },
    ]));
    expect(report.errors).toBe(4);
    const rules = (id: string) => ctx.lines.find((line) => line.id === id)?.reasons.map((reason) => reason.rule) ?? [];
    expect(rules('d1')).toContain('lease-end-3m');
    expect(rules('d2')).not.toContain('lease-end-3m');
    // The account is the first row's: a fleet of 18 (10 to 49 vehicles), not the second row's 1.
    const accountReasons = ctx.lines.find((line) => line.id === 'a1')?.reasons ?? [];
    expect(accountReasons.find((reason) => reason.rule.startsWith('fleet'))?.value).toBe('F10_49');
  });
});

describe('autocible score --dir: an id given twice in a CSV file', () => {
  const withRow = (file: keyof typeof SCORE_CSV, row: string): Partial<typeof SCORE_CSV> => ({ [file]: [...SCORE_CSV[file], row] });

  it('scores a duplicated contact once and reports the second row by line, in English and French', async () => {
    const cwd = await tempDir();
    const dir = await scoreCsvDir(undefined, withRow('contacts.csv', `${ID.lease},Martin,,PARTICULIER,PROSPECT,`));
    const en = await runScore(['--dir', dir, '--today', TODAY, '--out', 'changes.jsonl'], { cwd });
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toContain('Scored: 4 (contacts 2, leads 1, accounts 1)');
    expect(en.stdout).toContain(`  Contact ${ID.lease} line 4: duplicateId — same id as line 2: only the first is scored`);
    const ids = (await readFile(join(cwd, 'changes.jsonl'), 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.filter((id) => id === ID.lease)).toHaveLength(1);
    expect(ids).toHaveLength(4);
    const fr = await runScore(['--dir', dir, '--today', TODAY, '--dry-run'], { cwd, lang: 'fr' });
    expect(fr.stdout).toContain(`Contact ${ID.lease} ligne 4 : duplicateId — même id qu’à la ligne 2 : seule la première est calculée`);
  });

  it('reads a duplicated vehicle once, for its first row\'s owner, and reports the second row', async () => {
    // The lease car again, now the driver's: the driver would gain a second lease end.
    const dir = await scoreCsvDir(undefined, withRow('vehicles.csv', `${ID.leaseCar},Peugeot 308,${ID.driver},,VP,2020-06-01,120000,LLD,2025-04-01`));
    const ctx = jobContext({ dryRun: true });
    const report = await runScoreJob(input(new FileSource(new CsvDirReader(dir))), ctx);
    expect(report.badRecords).toEqual([{ entityType: 'AutoCibleVehicle', id: ID.leaseCar, line: 4, reason: 'duplicateId', detail: readDetail(2) }]);
    const source = new FileSource(new CsvDirReader(dir));
    const { signal } = new AbortController();
    await source.prepare(signal);
    const plan = { after: null, all: true, modifiedSince: null, ids: [], batchSize: 10 };
    const items: ScoreItem[] = [];
    for await (const batch of source.batches('Contact', plan, signal)) items.push(...batch.items);
    expect(items.find((item) => item.id === ID.lease)?.vehicles.map((v) => v.financingEndDate)).toEqual(['2025-05-20']);
    expect(items.find((item) => item.id === ID.driver)?.vehicles.map((v) => v.financingEndDate)).toEqual(['2025-05-12']);
  });

  it('lends an account its member once, however many times the contact is listed', async () => {
    const dir = await scoreCsvDir(undefined, withRow('contacts.csv', `${ID.driver},Petit,${ID.fleet},,,RESP_PARC`));
    const { signal } = new AbortController();
    const plan = { after: null, all: true, modifiedSince: null, ids: [], batchSize: 10 };
    // Members gathered by the contacts' pass, then read on their own (a run that resumes at the accounts).
    for (const readContacts of [true, false]) {
      const source = new FileSource(new CsvDirReader(dir));
      await source.prepare(signal);
      if (readContacts) {
        const contacts: string[] = [];
        for await (const batch of source.batches('Contact', plan, signal)) contacts.push(...batch.items.map((item) => item.id));
        expect(contacts).toEqual([ID.lease, ID.driver]);
      }
      const accounts: ScoreItem[] = [];
      for await (const batch of source.batches('Account', plan, signal)) accounts.push(...batch.items);
      expect(accounts.map((account) => account.contacts?.length)).toEqual([1]);
    }
  });

  it('still reports a duplicate after a checkpoint, whose first row the rerun skips', async () => {
    const path = await jsonlFile([contact('d1'), contact('d2'), contact('d1'), contact('d3')]);
    const source = new FileSource(new JsonlReader(path));
    const { signal } = new AbortController();
    await source.prepare(signal);
    const seen: { items: string[]; rejected: unknown[] } = { items: [], rejected: [] };
    for await (const batch of source.batches('Contact', { after: 'd2', all: true, modifiedSince: null, ids: [], batchSize: 10 }, signal)) {
      seen.items.push(...batch.items.map((item) => item.id));
      seen.rejected.push(...batch.rejected);
    }
    expect(seen).toEqual({ items: ['d3'], rejected: [{ entityType: 'Contact', id: 'd1', line: 3, reason: 'duplicateId', detail: scoredDetail(1) }] });
  });
});

describe('the owners and linked records of a file with an id given twice', () => {
  it('follow the first row only: a repeated vehicle or contact names no other owner or account', async () => {
    const vehicle = (contactId: string) => json('AutoCibleVehicle', { id: 'v1', name: 'Car', contactId, category: 'VP', mecDate: '2020-06-01' });
    const path = await jsonlFile([
      vehicle('d1'), vehicle('d2'),
      contact('d1', { accountId: 'a1' }), contact('d1', { accountId: 'a2' }),
      json('Account', { id: 'a1', name: 'A', modifiedAt: '2025-01-01 00:00:00' }), json('Account', { id: 'a1', name: 'A', modifiedAt: '2025-03-01 00:00:00' }),
    ]);
    const source = new FileSource(new JsonlReader(path));
    const { signal } = new AbortController();
    await source.prepare(signal);
    expect(await source.vehicleOwners({ ids: ['v1'] }, signal)).toEqual({ Contact: ['d1'], Lead: [], Account: [] });
    expect(await source.linkedRecords({ contacts: ['d1'], accounts: [] }, signal)).toEqual({ Contact: [], Lead: [], Account: ['a1'] });
    // The second row of a1 is the only one modified since February: a1 itself is not.
    expect(await source.linkedRecords({ since: new Date('2025-02-01T00:00:00Z') }, signal)).toEqual({ Contact: [], Lead: [], Account: [] });
  });
});

describe('first lines', () => {
  it.each([['kept with an id table', () => new FirstLines()], ['kept flat, for one read', () => new FlatFirstLines()]])('%s: answer the lowest line an id was seen on, and the same answer when a row is read again', (_name, make) => {
    const firsts = make();
    expect(firsts.see('a', 5)).toBe(5);
    expect(firsts.see('a', 5)).toBe(5);
    expect(firsts.see('a', 9)).toBe(5);
    // A read that passed line 2 over saw line 5 first; a full read corrects it.
    expect(firsts.see('a', 2)).toBe(2);
    expect(firsts.see('a', 5)).toBe(2);
    // Ids of other characters, and longer ones, than the pool holds.
    for (const other of ['véhicule-ü', 'ŝ1', 'x'.repeat(200)]) {
      expect(firsts.see(other, 7)).toBe(7);
      expect(firsts.see(other, 8)).toBe(7);
    }
  });

  it('kept with an id table: say 0 for an id never seen, and number no new id to say it', () => {
    const firsts = new FirstLines();
    firsts.see('a', 2);
    expect(firsts.firstLine('a')).toBe(2);
    expect(firsts.firstLine('b')).toBe(0);
  });

  it('kept flat: keep every id through its moves to larger buffers, EspoCRM ids and others alike', () => {
    const firsts = new FlatFirstLines();
    const hex = (i: number) => i.toString(16).padStart(17, '0');
    const id = (i: number) => (i % 3 === 0 ? hex(i) : `vehicle-${i}`);
    // Past a million ids: from 64 KiB to 32 MiB, then to 64 MiB.
    const count = 1_100_000;
    const wrong: number[] = [];
    for (let i = 0; i < count; i += 1) if (firsts.see(id(i), i + 1) !== i + 1) wrong.push(i);
    for (let i = 0; i < count; i += 1) if (firsts.see(id(i), count + i + 1) !== i + 1) wrong.push(i);
    expect(wrong).toEqual([]);
    expect(firsts.see(hex(count), 1)).toBe(1);
    expect(firsts.bufferBytes).toBe(64 << 20);
    firsts.release();
    expect(firsts.bufferBytes).toBe(0);
    expect(() => firsts.see(hex(1), 1)).toThrow('after release');
    firsts.release();
  });
});

describe('score on files: the vehicles\' table of first lines', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is released at the end of each read of the vehicles, so its memory does not wait for a garbage collection', async () => {
    const used = new Set<FlatFirstLines>();
    const released = new Set<FlatFirstLines>();
    const { see, release } = FlatFirstLines.prototype;
    vi.spyOn(FlatFirstLines.prototype, 'see').mockImplementation(function (this: FlatFirstLines, id: string, line: number) {
      used.add(this);
      return see.call(this, id, line);
    });
    vi.spyOn(FlatFirstLines.prototype, 'release').mockImplementation(function (this: FlatFirstLines) {
      released.add(this);
      release.call(this);
    });
    const path = await jsonlFile([
      contact('d1'),
      json('AutoCibleVehicle', { id: 'v1', name: 'Car', contactId: 'd1', category: 'VP', mecDate: '2020-06-01', financingMode: 'LLD', financingEndDate: '2025-05-20' }),
    ]);
    const source = new FileSource(new JsonlReader(path));
    const report = await runScoreJob(input(source), jobContext({ dryRun: true }));
    expect(report.perType.Contact).toBe(1);
    expect(used.size).toBe(1);
    const owners = await source.vehicleOwners({ ids: ['v1'] }, new AbortController().signal);
    expect(owners.Contact).toEqual(['d1']);
    expect(used.size).toBe(2);
    expect([...used].filter((table) => !released.has(table))).toEqual([]);
    expect([...used].map((table) => table.bufferBytes)).toEqual([0, 0]);
  });
});
