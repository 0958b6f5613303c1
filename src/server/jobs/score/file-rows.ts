/** Rows of a dataset on disk, one entity type at a time: a CSV directory (the sample's format) or a JSONL file. */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { EntityType, Label } from '../../../core/catalogue';
import { entitySpec, fileOf } from '../../csv/entity-spec';
import { CsvFileError } from '../../csv/errors';
import { readCsv } from '../../csv/reader';
import type { CsvIssue } from '../../csv/types';
import { DatasetDirectoryError } from '../errors';

export type FileRow =
  | { readonly kind: 'record'; readonly line: number; readonly record: Readonly<Record<string, unknown>> & { readonly id: string } }
  | { readonly kind: 'rejected'; readonly line: number; readonly reason: string; readonly field?: string; readonly detail?: Label };

export interface RowOptions {
  /**
   * Only records with a value (not null, not empty) in this attribute. Rows without one may be passed over
   * unread: they are neither records nor rejections.
   */
  readonly onlyWith?: string;
}

export interface RowReader {
  /** `file:<absolute path>`: the state file key. */
  readonly key: string;
  /** Fails before reading when the input does not exist. */
  check(): Promise<void>;
  rows(entityType: EntityType, signal: AbortSignal, options?: RowOptions): AsyncIterable<FileRow>;
  /** JSONL lines that are not a record of a known type with an id (read once, in the index pass). */
  brokenLines?(signal: AbortSignal): AsyncIterable<FileRow>;
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

/** A record with a non-empty string id: a type guard, so that no row is copied just to say so. */
function hasId(record: Record<string, unknown>): record is Record<string, unknown> & { readonly id: string } {
  return typeof record.id === 'string' && record.id !== '';
}

export interface CsvDirOptions {
  /** Hears each header warning (an unknown column, ignored) once, however many times its file is read. */
  readonly onWarning?: (issue: CsvIssue) => void;
}

/** The five-file directory of `samples/`; a missing file counts as no records of that type. */
export class CsvDirReader implements RowReader {
  readonly key: string;
  private readonly warned = new Set<string>();

  constructor(private readonly dir: string, private readonly options: CsvDirOptions = {}) {
    this.key = `file:${dir}`;
  }

  async check(): Promise<void> {
    const info = await stat(this.dir).catch(() => null);
    if (info === null) throw new DatasetDirectoryError(this.dir, 'missing');
    if (!info.isDirectory()) throw new DatasetDirectoryError(this.dir, 'notADirectory');
  }

  async *rows(entityType: EntityType, signal: AbortSignal, options: RowOptions = {}): AsyncGenerator<FileRow> {
    const file = fileOf(entityType);
    const only = options.onlyWith === undefined ? {} : { onlyWith: options.onlyWith };
    try {
      for await (const item of readCsv(join(this.dir, file), entitySpec(entityType), { file, signal, ...only })) {
        if (item.type === 'warning') {
          this.warn(item.issue);
          continue;
        }
        if (item.type === 'rejected') {
          const issue = item.issues[0];
          yield { kind: 'rejected', line: item.line, reason: issue?.code ?? 'invalidValue', ...(issue?.attribute ? { field: issue.attribute } : {}), ...(issue ? { detail: issue.reason } : {}) };
        } else if (hasId(item.record)) {
          yield { kind: 'record', line: item.line, record: item.record };
        } else {
          yield { kind: 'rejected', line: item.line, reason: 'required', field: 'id' };
        }
      }
    } catch (error) {
      if (error instanceof CsvFileError && error.reason === 'missing') return;
      throw error;
    }
  }

  private warn(issue: CsvIssue): void {
    const key = `${issue.file}\n${issue.code}\n${issue.column ?? ''}`;
    if (this.options.onWarning === undefined || this.warned.has(key)) return;
    this.warned.add(key);
    this.options.onWarning(issue);
  }
}

type JsonlLine = { readonly line: number; readonly value: unknown } | { readonly line: number; readonly broken: 'invalidJson' | 'notUtf8' };

/** Why a line in another encoding than UTF-8 (JSON's own, RFC 8259 §8.1) is refused. */
const NOT_UTF8: Label = {
  fr: 'ligne qui n’est pas en UTF-8 (enregistrez le fichier en UTF-8)',
  en: 'line not in UTF-8 (save the file as UTF-8)',
};

// Read as latin1 (one character per byte) so that a line in another encoding is refused, never decoded with
// U+FFFD in place of its accented letters.
async function* jsonLines(path: string, signal: AbortSignal): AsyncGenerator<JsonlLine> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'latin1', signal }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    if (raw.trim() === '') continue;
    // eslint-disable-next-line no-control-regex -- pure ASCII needs no decoding
    const ascii = !/[^\x00-\x7f]/u.test(raw);
    const bytes = ascii ? null : Buffer.from(raw, 'latin1');
    if (bytes !== null && !isUtf8(bytes)) {
      yield { line, broken: 'notUtf8' };
      continue;
    }
    try {
      yield { line, value: JSON.parse(bytes === null ? raw : bytes.toString('utf8').replace(/^\uFEFF/u, '')) as unknown };
    } catch {
      yield { line, broken: 'invalidJson' };
    }
  }
}

function typed(value: unknown): { entityType: string; record: Record<string, unknown> & { id: string } } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { entityType, ...record } = value as Record<string, unknown>;
  if (typeof entityType !== 'string' || !hasId(record)) return null;
  return { entityType, record };
}

/** One record per line, `{"entityType": "Contact", "id": "…", …}` with API attribute names and values. */
export class JsonlReader implements RowReader {
  readonly key: string;

  constructor(private readonly path: string) {
    this.key = `file:${path}`;
  }

  async check(): Promise<void> {
    const info = await stat(this.path).catch(() => null);
    if (info === null || !info.isFile()) throw new CsvFileError(this.path, info === null ? 'missing' : 'notAFile');
  }

  async *rows(entityType: EntityType, signal: AbortSignal, options: RowOptions = {}): AsyncGenerator<FileRow> {
    const only = options.onlyWith;
    for await (const item of jsonLines(this.path, signal)) {
      const parsed = 'value' in item ? typed(item.value) : null;
      if (parsed === null || parsed.entityType !== entityType) continue;
      if (only === undefined || !isEmpty(parsed.record[only])) yield { kind: 'record', line: item.line, record: parsed.record };
    }
  }

  async *brokenLines(signal: AbortSignal): AsyncGenerator<FileRow> {
    for await (const item of jsonLines(this.path, signal)) {
      if (!('value' in item)) yield { kind: 'rejected', line: item.line, reason: item.broken, ...(item.broken === 'notUtf8' ? { detail: NOT_UTF8 } : {}) };
      else if (typed(item.value) === null) yield { kind: 'rejected', line: item.line, reason: 'missingEntityTypeOrId' };
    }
  }
}
