/** Writes small CSV files into a fresh temp directory for reader tests. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entitySpec, readCsv } from '../../../src/server/csv';
import type { CsvReadItem, ReadCsvOptions, SampleEntityType } from '../../../src/server/csv';

export async function writeFixture(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'autocible-csv-'));
  const path = join(dir, name);
  await writeFile(path, text, 'utf8');
  return path;
}

export async function readAll(path: string, entityType: SampleEntityType, options?: ReadCsvOptions): Promise<CsvReadItem[]> {
  const items: CsvReadItem[] = [];
  for await (const item of readCsv(path, entitySpec(entityType), options)) items.push(item);
  return items;
}

export const records = (items: readonly CsvReadItem[]) => items.flatMap((i) => (i.type === 'record' ? [i] : []));
export const rejected = (items: readonly CsvReadItem[]) => items.flatMap((i) => (i.type === 'rejected' ? [i] : []));
export const warnings = (items: readonly CsvReadItem[]) => items.flatMap((i) => (i.type === 'warning' ? [i.issue] : []));
