// The CLI holds V8's young generation at 8 MiB a semi-space (issue 4: the 1M-row score run's peak memory). Run
// in a child process of its own: the test runner's young generation has long grown to its default size.
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../../src/server/young-generation.ts', import.meta.url));

/** Streams records with a page of them alive at each step, as the score job does; prints the young generation's MiB. */
const SCRIPT = `
import { capYoungGeneration, youngGenerationBytes } from ${JSON.stringify(MODULE)};
if (process.argv[2] === 'cap') capYoungGeneration();
let live = [];
for (let round = 0; round < 300; round += 1) {
  for (let i = 0; i < 20000; i += 1) live.push({ round, i, text: 'record ' + i });
  live = live.slice(-5000);
  await new Promise((done) => setImmediate(done));
}
process.stdout.write(String(youngGenerationBytes() / 2 ** 20));
`;

async function youngGenerationMib(cap: boolean): Promise<number> {
  const file = join(await mkdtemp(join(tmpdir(), 'autocible-young-')), 'stream.mts');
  await writeFile(file, SCRIPT);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file, ...(cap ? ['cap'] : [])], { encoding: 'utf8' });
  expect(run.stderr).not.toContain('Error');
  return Number(run.stdout);
}

describe('capYoungGeneration', () => {
  it('stops the young generation at 8 MiB a semi-space, where V8 would grow it to 16 MiB', async () => {
    expect(await youngGenerationMib(false)).toBe(32);
    expect(await youngGenerationMib(true)).toBe(16);
  }, 30_000);
});
