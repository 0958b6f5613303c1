/** Reads one dataset file through the validating reader, counting rows and reporting progress. */
import { join } from 'node:path';
import type { SAMPLE_FILES } from '../csv/entity-spec';
import { entitySpec } from '../csv/entity-spec';
import type { FileCounts } from '../csv/loader';
import { readCsv } from '../csv/reader';
import type { CsvIssue } from '../csv/types';
import type { JobContext } from './types';

export interface FileReport extends FileCounts {
  /** Header warnings (unknown columns). */
  readonly warnings: number;
}

const PROGRESS_EVERY = 2000;

export async function scanFile(
  dir: string,
  entry: (typeof SAMPLE_FILES)[number],
  step: { readonly index: number; readonly count: number },
  ctx: JobContext,
  sink: { readonly issues: CsvIssue[]; readonly onRecord: (record: Record<string, unknown>) => void },
): Promise<FileReport> {
  let valid = 0;
  let rejected = 0;
  let warnings = 0;
  ctx.signal.throwIfAborted();
  const report = (done: number): void => ctx.progress({ step: entry.file, done, stepIndex: step.index, stepCount: step.count });
  for await (const item of readCsv(join(dir, entry.file), entitySpec(entry.entityType), { file: entry.file, signal: ctx.signal })) {
    if (item.type === 'record') {
      valid += 1;
      sink.onRecord(item.record);
    } else if (item.type === 'rejected') {
      rejected += 1;
      sink.issues.push(...item.issues);
    } else {
      warnings += 1;
      sink.issues.push(item.issue);
    }
    if ((valid + rejected) % PROGRESS_EVERY === 0) {
      ctx.signal.throwIfAborted();
      report(valid + rejected);
    }
  }
  report(valid + rejected);
  return { file: entry.file, entityType: entry.entityType, rows: valid + rejected, valid, rejected, warnings };
}
