/** A small generated dataset (every deliberate bad row included) in a fresh temp directory. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_SAMPLE_OPTIONS, generateSample } from '../../../src/server/sample';
import type { SampleOptions, SampleSummary } from '../../../src/server/sample';

/** Large enough for the last deliberate bad row (accounts row 133, vehicles row 205). */
export const SMALL_SIZES = { accounts: 140, contacts: 260, leads: 60 } as const;

export async function generateSmall(overrides: Partial<SampleOptions> = {}): Promise<SampleSummary> {
  const out = await mkdtemp(join(tmpdir(), 'autocible-sample-'));
  return generateSample({ ...DEFAULT_SAMPLE_OPTIONS, ...SMALL_SIZES, out, ...overrides });
}

/** Rows of a CSV file as objects keyed by header, parsed independently of the reader under test. */
export async function readRows(dir: string, file: string): Promise<Record<string, string>[]> {
  const text = await readFile(join(dir, file), 'utf8');
  return parse(text, { columns: true }) as Record<string, string>[];
}
