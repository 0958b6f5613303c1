/**
 * Reads a consent file into rows with their line numbers (the header is line 1), the way the dataset
 * reader does (src/server/csv/reader.ts): separator guessed from the header, BOM dropped, a broken row
 * reported and skipped rather than stopping the read. Only an unusable header or file throws.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { addAbortSignal, pipeline } from 'node:stream';
import type { CsvError } from 'csv-parse';
import { parse } from 'csv-parse';
import { sniffDelimiter } from '../../csv/delimiter';
import { CsvFileError, CsvHeaderError } from '../../csv/errors';
import type { ImportColumn, ImportHeader } from './import-columns';
import { resolveImportHeader } from './import-columns';

export type ImportValues = Readonly<Partial<Record<ImportColumn, string>>>;

export type ImportRow =
  | { readonly line: number; readonly values: ImportValues }
  /** `columnCount`: more or fewer cells than headers; `syntax`: broken quoting. */
  | { readonly line: number; readonly malformed: 'columnCount' | 'syntax' };

export interface ImportFile {
  /** The file's base name: the `sourceRef` of every event it brings. */
  readonly file: string;
  readonly rows: readonly ImportRow[];
  /** Headers this import does not know, ignored. */
  readonly ignoredColumns: readonly string[];
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

const lineBreaks = (cells: readonly string[]): number => cells.reduce((sum, cell) => sum + cell.split('\n').length - 1, 0);

export async function readImportFile(path: string, signal?: AbortSignal): Promise<ImportFile> {
  const file = basename(path);
  await checkFile(path, file);
  const delimiter = await sniffDelimiter(path);
  // `info` gives each record the line it ends on; a quoted cell may span lines, so the start is counted back.
  const parser = parse({ bom: true, delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_records_with_error: true });
  pipeline(createReadStream(path), parser, () => undefined);
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
    rows.push(cells.length === header.columns.length ? { line, values: valuesOf(header, cells) } : { line, malformed: 'columnCount' });
  }
  if (header === undefined) throw new CsvHeaderError(file, { empty: true, duplicates: [], missingRequired: [] });
  return { file, rows: rows.sort((a, b) => a.line - b.line), ignoredColumns: header.unknown };
}
