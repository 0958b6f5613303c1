// Global test setup.
// - The msw server (fail-closed) is started by the suites that talk HTTP through test/msw/server.ts, so
//   pure-core suites pay nothing for it.
// - Property tests run with a fixed seed so a CI run is reproducible; `FC_SEED=random npm test` explores
//   new inputs (fast-check prints the seed of any failure, and `FC_SEED=<seed>` replays it).
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261122 : Number(seed) });
