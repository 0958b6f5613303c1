/**
 * Loads a dataset directory into plain arrays, one per entity type, for in-memory use (the memory
 * gateway takes `Record<string, unknown>[]` per entity type). Rejected rows are left out and
 * reported as issues.
 */
import { join } from 'node:path';
import type { SampleEntityType, SampleFileName } from './entity-spec';
import { entitySpec, SAMPLE_FILES } from './entity-spec';
import { readCsv } from './reader';
import type { CsvIssue } from './types';

export interface FileCounts {
  readonly file: SampleFileName;
  readonly entityType: SampleEntityType;
  readonly rows: number;
  readonly valid: number;
  readonly rejected: number;
}

export interface LoadedDataset {
  readonly records: Readonly<Record<SampleEntityType, Record<string, unknown>[]>>;
  readonly issues: readonly CsvIssue[];
  readonly files: readonly FileCounts[];
}

export async function loadFile(
  dir: string,
  entry: (typeof SAMPLE_FILES)[number],
  sink: { records: Record<string, unknown>[]; issues: CsvIssue[] },
  signal?: AbortSignal,
): Promise<FileCounts> {
  let valid = 0;
  let rejected = 0;
  const options = signal === undefined ? { file: entry.file } : { file: entry.file, signal };
  for await (const item of readCsv(join(dir, entry.file), entitySpec(entry.entityType), options)) {
    if (item.type === 'record') {
      valid += 1;
      sink.records.push(item.record);
    } else if (item.type === 'rejected') {
      rejected += 1;
      sink.issues.push(...item.issues);
    } else {
      sink.issues.push(item.issue);
    }
  }
  return { file: entry.file, entityType: entry.entityType, rows: valid + rejected, valid, rejected };
}

/** Reads the five files of `dir`; throws `CsvFileError` / `CsvHeaderError` when one is missing or unusable. */
export async function loadDataset(dir: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const records: Record<SampleEntityType, Record<string, unknown>[]> = { Account: [], Contact: [], Lead: [], AutoCibleVehicle: [], Opportunity: [] };
  const issues: CsvIssue[] = [];
  const files: FileCounts[] = [];
  for (const entry of SAMPLE_FILES) {
    files.push(await loadFile(dir, entry, { records: records[entry.entityType], issues }, signal));
  }
  return { records, issues, files };
}

/** Records by id (records without a string id are skipped). */
export function indexById(records: readonly Record<string, unknown>[]): Map<string, Record<string, unknown>> {
  const byId = new Map<string, Record<string, unknown>>();
  for (const record of records) if (typeof record.id === 'string') byId.set(record.id, record);
  return byId;
}
