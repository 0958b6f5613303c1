/**
 * A file run reads every vehicle and account before it scores anything (most of a minute on 2M rows): on a terminal,
 * that pass shows its progress too, in the language of --lang.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonlReader } from '../../../../src/server/jobs/score';
import { FileIndex } from '../../../../src/server/jobs/score/file-index';
import { tempDir } from './fixtures';
import { runScore } from './score-cli';

async function vehiclesFile(count: number): Promise<string> {
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ entityType: 'AutoCibleVehicle', id: `v${String(i).padStart(16, '0')}`, contactId: 'c0000000000000001' }));
  const path = join(await tempDir(), 'records.jsonl');
  await writeFile(path, `${[...lines, JSON.stringify({ entityType: 'Contact', id: 'c0000000000000001', lastName: 'Durand' })].join('\n')}\n`);
  return path;
}

describe('the index pass of a file run', () => {
  it('tells how many rows of each type it has read, every 10 000', async () => {
    const heard: [string, number][] = [];
    await new FileIndex().build(new JsonlReader(await vehiclesFile(25_000)), new AbortController().signal, (type, rows) => heard.push([type, rows]));
    expect(heard).toEqual([['AutoCibleVehicle', 10_000], ['AutoCibleVehicle', 20_000]]);
  });

  it('shows it on a terminal, in French', async () => {
    const cwd = await tempDir();
    const run = await runScore(['--input', await vehiclesFile(10_000), '--dry-run', '--today', '2025-03-15'], { cwd, lang: 'fr', isTty: true });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/Lecture préalable, AutoCibleVehicle : 10\s000 lignes/u);
  });
});
