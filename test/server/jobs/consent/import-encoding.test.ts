import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CsvEncodingError } from '../../../../src/server/csv';
import type { CsvEncoding } from '../../../../src/server/csv';
import { readImportFile, runConsentImport } from '../../../../src/server/jobs/consent';
import type { ConsentImportLine } from '../../../../src/server/jobs/consent';
import { useMswServer } from '../../../msw/server';
import { jobContext } from '../retention/context';
import { IDS, TODAY } from '../retention/population';
import { writeHarnesses } from './write-harness';

const server = useMswServer();

const PROOF = 'J’accepte de recevoir les offres par SMS – case cochée (5 € de remise)';

/** French Excel's « CSV (séparateur : point-virgule) »: Windows-1252 (’ 0x92, – 0x96, € 0x80), CRLF. */
function windows1252(lines: readonly string[]): Buffer {
  return Buffer.from(lines.join('\r\n').replace(/’/gu, '\u0092').replace(/–/gu, '\u0096').replace(/€/gu, '\u0080'), 'latin1');
}

async function file(data: Buffer, name = 'consentements.csv'): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'autocible-consent-enc-')), name);
  await writeFile(path, data);
  return path;
}

const EXCEL_LINES = [
  'identifiant;canal;statut;date;origine;preuve',
  `${IDS.expiredProspect};sms;opt-in;03/05/2026;concession;${PROOF}`,
  `${IDS.calledProspect};téléphone;désinscrit;03/05/2026;téléphone;`,
];

beforeEach(() => {
  // The default "read as Windows-1252" line: not wanted in the test output.
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readImportFile and the encoding of the file', () => {
  it('reads a Windows-1252 file: accented headers and values match, and the proof is kept as written', async () => {
    const heard: CsvEncoding[] = [];
    const read = await readImportFile(await file(windows1252(EXCEL_LINES)), undefined, { onEncoding: (e) => heard.push(e) });
    expect(read.encoding).toBe('windows-1252');
    expect(heard).toEqual(['windows-1252']);
    expect(read.ignoredColumns).toEqual([]);
    expect(read.rows).toEqual([
      { line: 2, values: { id: IDS.expiredProspect, channel: 'sms', status: 'opt-in', date: '03/05/2026', source: 'concession', proof: PROOF } },
      { line: 3, values: { id: IDS.calledProspect, channel: 'téléphone', status: 'désinscrit', date: '03/05/2026', source: 'téléphone' } },
    ]);
  });

  it('reads UTF-8 with or without BOM as before', async () => {
    for (const data of [Buffer.from(EXCEL_LINES.join('\n')), Buffer.from(`\uFEFF${EXCEL_LINES.join('\r\n')}`)]) {
      const read = await readImportFile(await file(data));
      expect(read.encoding).toBe('utf-8');
      expect(read.rows[0]).toMatchObject({ line: 2, values: { proof: PROOF } });
    }
  });

  it('refuses a file that is neither, naming the file and the first bad line', async () => {
    // UTF-8 lines, then a Windows-1252 one: the file started as UTF-8, so the first line it cannot read is the
    // Windows-1252 one (line 4), read in one chunk as chunk by chunk.
    const data = Buffer.concat([Buffer.from(`${EXCEL_LINES.join('\n')}\n`), windows1252([`${IDS.calledProspect};sms;opt-in;04/05/2026;salon;cochée`])]);
    const error = await readImportFile(await file(data, 'salon.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvEncodingError);
    expect(error).toMatchObject({ file: 'salon.csv', line: 4, problem: 'invalidUtf8' });
    expect(String(error)).toContain('salon.csv: line 4');
  });
});

describe.each(writeHarnesses(server))('consent import of a Windows-1252 file (%s)', (_name, makeHarness) => {
  it('records the lines, with the proof\'s accents intact (no U+FFFD in the evidence)', async () => {
    const h = makeHarness();
    const lines: ConsentImportLine[] = [];
    await runConsentImport({ gateway: h.gateway, path: await file(windows1252(EXCEL_LINES)), today: TODAY, onLine: (l) => lines.push(l) }, jobContext(false));
    expect(lines).toEqual([]);
    const sms = (await h.history('Contact', IDS.expiredProspect)).find((e) => e.channel === 'sms');
    expect(sms?.proof).toBe(PROOF);
    expect(JSON.stringify(await h.history('Contact', IDS.calledProspect))).not.toContain('\uFFFD');
    expect((await h.history('Contact', IDS.calledProspect)).find((e) => e.channel === 'phone')?.status).toBe('OPT_OUT');
  });

  it('writes nothing when the file cannot be decoded', async () => {
    const h = makeHarness();
    const data = Buffer.concat([windows1252(EXCEL_LINES), Buffer.from([0x0d, 0x0a, 0x36, 0x3b, 0x8d])]);
    await expect(runConsentImport({ gateway: h.gateway, path: await file(data), today: TODAY }, jobContext(false)))
      .rejects.toMatchObject({ line: 4, problem: 'notWindows1252' });
    expect(h.updates()).toEqual([]);
  });
});
