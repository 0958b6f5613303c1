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
import { RETENTION_STATUS_ATTRIBUTE, withheldByRetention } from './attributes';
import { recordChecker } from './record-check';

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
    // As for JSONL: a person retention withholds goes through unchecked, for the job to count it apart.
    const takeUnchecked = (cell: (attribute: string) => string | undefined): boolean => withheldByRetention({ [RETENTION_STATUS_ATTRIBUTE]: cell(RETENTION_STATUS_ATTRIBUTE) });
    try {
      for await (const item of readCsv(join(this.dir, file), entitySpec(entityType), { file, signal, takeUnchecked, ...only })) {
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
// The signal is checked line by line rather than given to the stream: a stream aborted after its reader has
// stopped (a job that ends its batch on Ctrl-C) would emit an AbortError nobody listens to any more.
async function* jsonLines(path: string, signal: AbortSignal): AsyncGenerator<JsonlLine> {
  const input = createReadStream(path, { encoding: 'latin1' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      signal.throwIfAborted();
      line += 1;
      if (raw.trim() === '') continue;
      // Read as latin1, a line holds characters up to U+00FF: pure ASCII needs no decoding.
      const ascii = !/[\u0080-\u00ff]/u.test(raw);
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
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The entity types the score job reads; a line of another type is reported (`unknownEntityType`). */
const JSONL_TYPES: ReadonlySet<string> = new Set<EntityType>(['Contact', 'Lead', 'Account', 'AutoCibleVehicle']);

/** Why a line of another entity type is refused: its type is not quoted (the line may be any text). */
const UNKNOWN_ENTITY_TYPE: Label = {
  fr: 'type d’enregistrement inconnu (attendu : Contact, Lead, Account ou AutoCibleVehicle)',
  en: 'unknown entity type (expected Contact, Lead, Account or AutoCibleVehicle)',
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function typed(value: unknown): { entityType: string; record: Record<string, unknown> & { id: string } } | null {
  if (!isObject(value)) return null;
  const { entityType, ...record } = value;
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

  /**
   * The records of `entityType`, each checked against the field catalogue as a CSV row is (record-check.ts): a
   * record with a bad value is a rejected row (line, field, reason), never a record.
   */
  async *rows(entityType: EntityType, signal: AbortSignal, options: RowOptions = {}): AsyncGenerator<FileRow> {
    const only = options.onlyWith;
    const check = recordChecker(entityType);
    for await (const item of jsonLines(this.path, signal)) {
      // The other types' lines are passed over before any copy.
      if (!('value' in item) || !isObject(item.value) || item.value.entityType !== entityType) continue;
      const parsed = typed(item.value);
      if (parsed === null || (only !== undefined && isEmpty(parsed.record[only]))) continue;
      // A person retention withholds is never scored, and an anonymised one holds erased values (`ERASED:…`, no
      // name) the catalogue refuses: it goes through unchecked, for the job to count it apart.
      const problem = withheldByRetention(parsed.record) ? null : check(parsed.record);
      yield problem === null
        ? { kind: 'record', line: item.line, record: parsed.record }
        : { kind: 'rejected', line: item.line, reason: problem.reason, field: problem.field, detail: problem.detail };
    }
  }

  /** Lines that are no record of a type the job reads: not UTF-8, not JSON, no entity type or id, another type. */
  async *brokenLines(signal: AbortSignal): AsyncGenerator<FileRow> {
    for await (const item of jsonLines(this.path, signal)) {
      if (!('value' in item)) {
        yield { kind: 'rejected', line: item.line, reason: item.broken, ...(item.broken === 'notUtf8' ? { detail: NOT_UTF8 } : {}) };
        continue;
      }
      const value = isObject(item.value) ? item.value : null;
      if (value === null || typeof value.entityType !== 'string' || !hasId(value)) yield { kind: 'rejected', line: item.line, reason: 'missingEntityTypeOrId' };
      else if (!JSONL_TYPES.has(value.entityType)) yield { kind: 'rejected', line: item.line, reason: 'unknownEntityType', detail: UNKNOWN_ENTITY_TYPE };
    }
  }
}
