import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvDecodeStream, CsvEncodingError } from '../../../src/server/csv';
import type { CsvEncoding } from '../../../src/server/csv';

interface Decoded {
  readonly text: string;
  readonly encoding: CsvEncoding;
  readonly heard: readonly CsvEncoding[];
}

/** Runs `chunks` through the decoder, as a file read in those pieces would. */
async function decode(chunks: readonly Buffer[], heard: CsvEncoding[] = []): Promise<Decoded> {
  const decoder = new CsvDecodeStream('consentements.csv', (encoding) => heard.push(encoding));
  const out: Buffer[] = [];
  await pipeline(Readable.from(chunks, { objectMode: false }), decoder, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) out.push(chunk);
  });
  return { text: Buffer.concat(out).toString('utf8'), encoding: decoder.encoding, heard };
}

async function failure(chunks: readonly Buffer[]): Promise<CsvEncodingError> {
  const error = await decode(chunks).then(() => undefined, (e: unknown) => e);
  if (!(error instanceof CsvEncodingError)) throw new Error(`expected a CsvEncodingError, got ${String(error)}`);
  return error;
}

/** `data` cut at `cuts` (byte offsets). */
function split(data: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const at of [...points, data.length]) {
    chunks.push(data.subarray(from, at));
    from = at;
  }
  return chunks.filter((c) => c.length > 0);
}

const cp1252 = (text: string): Buffer => Buffer.from(text.replace(/’/gu, '\u0092').replace(/€/gu, '\u0080').replace(/œ/gu, '\u009c'), 'latin1');
const FRENCH = [
  'identifiant;canal;statut;date;origine;preuve',
  '6a01;sms;opt-in;03/05/2026;concession;J’accepte de recevoir les offres par SMS – case cochée',
  '6a02;téléphone;désinscrit;03/05/2026;téléphone;',
  '6a03;courrier;opt-in;04/05/2026;salon;« Bon pour accord » œuvre 5 € ç ô à',
].join('\r\n').replace('–', '-');

describe('CsvDecodeStream', () => {
  it('passes UTF-8 through, with or without BOM, and says so once at the end', async () => {
    expect(await decode([Buffer.from(FRENCH)])).toEqual({ text: FRENCH, encoding: 'utf-8', heard: ['utf-8'] });
    const bom = await decode([Buffer.from(`\uFEFF${FRENCH}`)]);
    expect(bom).toEqual({ text: `\uFEFF${FRENCH}`, encoding: 'utf-8', heard: ['utf-8'] });
    expect(await decode([Buffer.from('id;canal\n1;sms\n')])).toEqual({ text: 'id;canal\n1;sms\n', encoding: 'utf-8', heard: ['utf-8'] });
    expect(await decode([])).toEqual({ text: '', encoding: 'utf-8', heard: ['utf-8'] });
  });

  it('reads bytes that are not UTF-8 as Windows-1252: accents, ’, œ and € kept, no U+FFFD', async () => {
    const decoded = await decode([cp1252(FRENCH)]);
    expect(decoded).toEqual({ text: FRENCH, encoding: 'windows-1252', heard: ['windows-1252'] });
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('decides on the first chunk with non-ASCII bytes, wherever the chunks are cut', async () => {
    await fc.assert(fc.asyncProperty(fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), async (windows, cuts) => {
      const data = windows ? cp1252(FRENCH) : Buffer.from(FRENCH);
      const decoded = await decode(split(data, cuts));
      expect(decoded.text).toBe(FRENCH);
      expect(decoded.encoding).toBe(windows ? 'windows-1252' : 'utf-8');
      expect(decoded.heard).toEqual([decoded.encoding]);
    }), { numRuns: 300 });
  });

  it('cuts a UTF-8 character across chunks without harm, one byte at a time', async () => {
    const data = Buffer.from(FRENCH);
    expect((await decode([...data].map((b) => Buffer.from([b])))).text).toBe(FRENCH);
  });

  it('fails with the line when a later chunk is not UTF-8 after UTF-8 was decided', async () => {
    const head = Buffer.from(`${FRENCH}\r\n`);
    const tail = cp1252('6a04;sms;opt-in;05/05/2026;salon;ok\r\n6a05;sms;opt-in;05/05/2026;salon;cochée\r\n');
    const error = await failure([head, tail]);
    expect(error).toMatchObject({ file: 'consentements.csv', line: 6, problem: 'invalidUtf8', code: 'CSV_ENCODING_UNREADABLE' });
    expect(error.message).toContain('consentements.csv');
    expect(error.message).toContain('line 6');
  });

  it('fails on a UTF-8 file cut in the middle of a character', async () => {
    const data = Buffer.from('id;preuve\n1;coché\n2;coché');
    expect(await failure([data.subarray(0, data.length - 1)])).toMatchObject({ line: 3, problem: 'invalidUtf8' });
  });

  it('refuses UTF-8 lines in a Windows-1252 file rather than turn them into Ã©', async () => {
    const data = Buffer.concat([cp1252('id;preuve\r\n1;cochée\r\n'), Buffer.from('2;cochée\r\n')]);
    const heard: CsvEncoding[] = [];
    expect(await decode([data], heard).catch((e: unknown) => e)).toMatchObject({ line: 3, problem: 'mixed' });
    // Nothing was announced: the file was never taken for Windows-1252.
    expect(heard).toEqual([]);
    // The same, with the UTF-8 pair cut by a chunk's end.
    const cut = data.indexOf(0xc3);
    expect(await failure(split(data, [cut + 1]))).toMatchObject({ line: 3, problem: 'mixed' });
  });

  it('refuses a byte that is neither UTF-8 nor Windows-1252, naming its line', async () => {
    const data = Buffer.concat([Buffer.from('id;preuve\n1;ok\n2;'), Buffer.from([0xe9, 0x81]), Buffer.from('\n')]);
    expect(await failure([data])).toMatchObject({ line: 3, problem: 'notWindows1252' });
  });

  it('refuses a NUL byte: a spreadsheet renamed .csv, or UTF-16 without BOM', async () => {
    expect(await failure([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])])).toMatchObject({ line: 1, problem: 'nulByte' });
    expect(await failure([Buffer.from('id;canal\n', 'utf16le')])).toMatchObject({ line: 1, problem: 'nulByte' });
  });

  it('refuses UTF-16 with a byte order mark (Excel « Texte Unicode »)', async () => {
    expect(await failure([Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id;canal\n', 'utf16le')])])).toMatchObject({ line: 1, problem: 'utf16' });
    expect(await failure([Buffer.from([0xfe, 0xff, 0x00, 0x69])])).toMatchObject({ line: 1, problem: 'utf16' });
    // The mark split over two chunks.
    expect(await failure([Buffer.from([0xff]), Buffer.from([0xfe, 0x69, 0x00])])).toMatchObject({ problem: 'utf16' });
  });
});
