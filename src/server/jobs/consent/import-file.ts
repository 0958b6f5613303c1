/**
 * Reads a consent file into rows with their line numbers (the header is line 1), the way the dataset
 * reader does (src/server/csv/reader.ts): UTF-8 or Windows-1252 (French Excel), separator guessed from the
 * header, BOM dropped, a broken row reported and skipped rather than stopping the read. Only an unusable
 * header or file throws (`CsvEncodingError` for bytes that are neither: a proof is never stored altered).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { addAbortSignal, pipeline } from 'node:stream';
import type { CsvError } from 'csv-parse';
import { parse } from 'csv-parse';
import { CsvDecodeStream } from '../../csv/decode-stream';
import { sniffDelimiter } from '../../csv/delimiter';
import type { CsvEncoding } from '../../csv/encoding';
import { stderrEncodingNotice } from '../../csv/encoding-notice';
import { CsvFileError, CsvHeaderError } from '../../csv/errors';
import type { ImportColumn, ImportHeader } from './import-columns';
import { PERSON_KEY_COLUMNS, resolveImportHeader } from './import-columns';

export type ImportValues = Readonly<Partial<Record<ImportColumn, string>>>;

export type ImportRow =
  | { readonly line: number; readonly values: ImportValues }
  /**
   * `columnCount`: more cells than headers, or fewer when a missing one is `channel`, `status` or every person
   * key (fewer are read as empty otherwise); `syntax`: broken quoting.
   */
  | { readonly line: number; readonly malformed: 'columnCount' | 'syntax' };

export interface ImportFile {
  /** The file's base name: the `sourceRef` of every event it brings. */
  readonly file: string;
  readonly rows: readonly ImportRow[];
  /** Headers this import does not know, ignored. */
  readonly ignoredColumns: readonly string[];
  /** How the bytes were read (pure ASCII counts as UTF-8). */
  readonly encoding: CsvEncoding;
}

export interface ReadImportOptions {
  /** @defaultValue a line on stderr, once per file and process, for a file read as Windows-1252 */
  readonly onEncoding?: (encoding: CsvEncoding) => void;
}

async function checkFile(path: string, file: string): Promise<void> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new CsvFileError(file, missing ? 'missing' : 'unreadable', { cause: error });
  }
  if (!isFile) throw new CsvFileError(file, 'notAFile');
}

function valuesOf(header: ImportHeader, cells: readonly string[]): ImportValues {
  const values: Partial<Record<ImportColumn, string>> = {};
  header.columns.forEach((column, i) => {
    const cell = cells[i]?.trim() ?? '';
    if (column !== undefined && cell !== '') values[column] = cell;
  });
  return values;
}

const REQUIRED_CELLS: readonly (ImportColumn | undefined)[] = ['channel', 'status'];
const isPersonKey = (column: ImportColumn | undefined): boolean => (PERSON_KEY_COLUMNS as readonly (ImportColumn | undefined)[]).includes(column);

/**
 * Whether a row has the cells it needs: as many as headers, or fewer when the missing ones (at the end: a
 * tool dropped trailing empty cells, `id;email;opposition`) are optional. `channel`, `status` and the person key
 * (at least one of the file's key columns) are not.
 */
function hasCells(header: ImportHeader, cells: readonly string[]): boolean {
  if (cells.length === header.columns.length) return true;
  if (cells.length > header.columns.length) return false;
  const missing = header.columns.slice(cells.length);
  return !missing.some((column) => REQUIRED_CELLS.includes(column)) && header.columns.slice(0, cells.length).some(isPersonKey);
}

const lineBreaks = (cells: readonly string[]): number => cells.reduce((sum, cell) => sum + cell.split('\n').length - 1, 0);

export async function readImportFile(path: string, signal?: AbortSignal, options: ReadImportOptions = {}): Promise<ImportFile> {
  const file = basename(path);
  await checkFile(path, file);
  const delimiter = await sniffDelimiter(path);
  // `info` gives each record the line it ends on; a quoted cell may span lines, so the start is counted back.
  const parser = parse({ bom: true, delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_records_with_error: true });
  const decoder = new CsvDecodeStream(file, options.onEncoding ?? stderrEncodingNotice(path, file));
  pipeline(createReadStream(path), decoder, parser, () => undefined);
  if (signal !== undefined) addAbortSignal(signal, parser);
  const rows: ImportRow[] = [];
  parser.on('skip', (error: CsvError) => rows.push({ line: typeof error.lines === 'number' ? error.lines : 0, malformed: 'syntax' }));
  let header: ImportHeader | undefined;
  for await (const { record: cells, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = info.lines - lineBreaks(cells);
    if (cells.length === 1 && cells[0]?.trim() === '') continue;
    if (header === undefined) {
      header = resolveImportHeader(file, cells.map((cell) => cell.trim()));
      continue;
    }
    rows.push(hasCells(header, cells) ? { line, values: valuesOf(header, cells) } : { line, malformed: 'columnCount' });
  }
  if (header === undefined) throw new CsvHeaderError(file, { empty: true, duplicates: [], missingRequired: [] });
  return { file, rows: rows.sort((a, b) => a.line - b.line), ignoredColumns: header.unknown, encoding: decoder.encoding };
}
