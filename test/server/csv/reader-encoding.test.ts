import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvEncodingError, entitySpec, loadFile, readCsv, SAMPLE_FILES } from '../../../src/server/csv';
import type { CsvEncoding, CsvIssue } from '../../../src/server/csv';
import { useEncodingNotices } from '../../../src/server/csv/encoding-notice';
import { readAll, records, rejected, warnings } from './fixtures';

const ID = '6a0000000000000a1';

async function writeBytes(name: string, data: Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'autocible-csv-enc-')), name);
  await writeFile(path, data);
  return path;
}

/** What French Excel writes for « CSV (séparateur : point-virgule) »: Windows-1252, CRLF. */
const windows1252 = (lines: readonly string[]): Buffer => Buffer.from(lines.join('\r\n').replace(/€/gu, '\u0080').replace(/’/gu, '\u0092'), 'latin1');

const VEHICLE = [
  'Identifiant;Nom;Marque;Énergie (P.3);Date de mise en circulation;Kilométrage;Mensualité (€ TTC);Genre national (J.1)',
  `${ID};Renault Clio – AB-123-CD;Renault;Gazole;15/03/2021;45 000;312,45;VP`.replace('–', '-'),
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readCsv with a Windows-1252 file (French Excel « CSV (séparateur : point-virgule) »)', () => {
  it('reads accented headers and values as the UTF-8 export does, and says which encoding it used', async () => {
    const heard: CsvEncoding[] = [];
    const items = await readAll(await writeBytes('vehicules.csv', windows1252(VEHICLE)), 'AutoCibleVehicle', { onEncoding: (e) => heard.push(e) });
    const utf8 = await readAll(await writeBytes('vehicules.csv', Buffer.from(VEHICLE.join('\r\n'))), 'AutoCibleVehicle', { onEncoding: () => undefined });
    expect(warnings(items)).toEqual([]);
    expect(rejected(items)).toEqual([]);
    expect(records(items)).toEqual(records(utf8));
    expect(records(items)[0]?.record).toMatchObject({ energyCode: 'GO', mileage: 45000, monthlyPayment: 312.45 });
    expect(heard).toEqual(['windows-1252']);
  });

  it('keeps the accents of a value: no U+FFFD', async () => {
    const lines = ['id;lastName;firstName', `${ID};Bézier-Lefèvre;Éloïse`];
    const items = await readAll(await writeBytes('contacts.csv', windows1252(lines)), 'Contact', { onEncoding: () => undefined });
    expect(records(items).map((r) => r.record)).toEqual([{ id: ID, lastName: 'Bézier-Lefèvre', firstName: 'Éloïse' }]);
  });

  it('says "read as Windows-1252" once per file on stderr when nobody listens, however often the file is read', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const path = await writeBytes('contacts.csv', windows1252(['id;lastName', `${ID};Bézier`]));
    await readAll(path, 'Contact');
    await readAll(path, 'Contact');
    await readAll(await writeBytes('contacts.csv', Buffer.from(`id;lastName\n${ID};Bézier\n`)), 'Contact');
    const said = write.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('Windows-1252'));
    expect(said).toEqual(['contacts.csv : lu en Windows-1252 (pas en UTF-8) / read as Windows-1252 (not UTF-8)\n']);
  });

  it('says it once, in the language of the CLI only, where the CLI says (its stderr)', async () => {
    const said: string[] = [];
    useEncodingNotices('en', (line) => said.push(line));
    try {
      const path = await writeBytes('leads.csv', windows1252(['id;lastName', `${ID};Bézier`]));
      await readAll(path, 'Lead');
      await readAll(path, 'Lead');
      useEncodingNotices('fr', (line) => said.push(line));
      await readAll(await writeBytes('leads.csv', windows1252(['id;lastName', `${ID};Lefèvre`])), 'Lead');
    } finally {
      useEncodingNotices('both', (line) => void process.stderr.write(line));
    }
    expect(said).toEqual(['leads.csv: read as Windows-1252 (not UTF-8)\n', 'leads.csv : lu en Windows-1252 (pas en UTF-8)\n']);
  });

  it('loads a dataset file the same way (sample, retention --dir)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-csv-enc-'));
    await writeFile(join(dir, 'contacts.csv'), windows1252(['id;lastName', `${ID};Bézier`]));
    const entry = SAMPLE_FILES.find((e) => e.entityType === 'Contact');
    if (entry === undefined) throw new Error('no contacts entry');
    const sink = { records: [] as Record<string, unknown>[], issues: [] as CsvIssue[] };
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await loadFile(dir, entry, sink)).toMatchObject({ valid: 1, rejected: 0 });
    expect(sink.records).toEqual([{ id: ID, lastName: 'Bézier' }]);
  });
});

describe('readCsv with a file that is neither UTF-8 nor Windows-1252', () => {
  it('streams: decides UTF-8 on an early accent, then fails on a later Windows-1252 line with its number', async () => {
    const ascii = Array.from({ length: 3000 }, (_, i) => `6a${String(i).padStart(15, '0')};Martin`);
    const head = Buffer.from(['id;lastName', `${ID};Bézier`, ...ascii, ''].join('\n'));
    const data = Buffer.concat([head, windows1252([`6a0000000000000b1;Lefèvre`])]);
    expect(head.length).toBeGreaterThan(64 * 1024);
    const path = await writeBytes('contacts.csv', data);
    let read = 0;
    const error = await (async () => {
      for await (const item of readCsv(path, entitySpec('Contact'), { onEncoding: () => undefined })) if (item.type === 'record') read += 1;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvEncodingError);
    expect(error).toMatchObject({ file: 'contacts.csv', line: 3003, problem: 'invalidUtf8' });
    // Rows were read before the bad chunk came (the file is never held whole); the bad line never is a record.
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(3001);
  });

  it('names the same first unreadable line in a short file, read in one chunk, as in a long one', async () => {
    const data = Buffer.concat([Buffer.from(['id;lastName', `${ID};Bézier`, `6a0000000000000b2;Müller`, ''].join('\n')), windows1252([`6a0000000000000b1;Lefèvre`])]);
    await expect(readAll(await writeBytes('contacts.csv', data), 'Contact')).rejects.toMatchObject({ line: 4, problem: 'invalidUtf8' });
  });

  it('refuses a byte Windows-1252 leaves undefined', async () => {
    const data = Buffer.concat([Buffer.from('id;lastName\r\n'), Buffer.from([0x36, 0x61, 0x3b, 0xe9, 0x9d])]);
    await expect(readAll(await writeBytes('contacts.csv', data), 'Contact')).rejects.toMatchObject({ line: 2, problem: 'notWindows1252' });
  });

  it('refuses a UTF-16 file clearly', async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tlastName\r\n', 'utf16le')]);
    const error = await readAll(await writeBytes('contacts.csv', data), 'Contact').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvEncodingError);
    expect(error).toMatchObject({ line: 1, problem: 'utf16' });
    expect(String(error)).toContain('CSV UTF-8');
  });
});
