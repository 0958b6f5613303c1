// Global test setup.
// - The msw server (fail-closed) is started by the suites that talk HTTP through test/msw/server.ts, so
//   pure-core suites pay nothing for it.
// - Property tests run with a fixed seed so a CI run is reproducible; `FC_SEED=random npm test` explores
//   new inputs (fast-check prints the seed of any failure, and `FC_SEED=<seed>` replays it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll } from 'vitest';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261122 : Number(seed) });

// Every temp dir a test makes (mkdtemp under os.tmpdir(), in this process or a child it spawns) goes under
// one dir per test file, removed when the file's tests are done: a test run leaves nothing in /tmp.
const testTmp = mkdtempSync(join(tmpdir(), 'autocible-test-'));
const previousTmp = process.env.TMPDIR;
process.env.TMPDIR = testTmp;
afterAll(() => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  rmSync(testTmp, { recursive: true, force: true });
});
