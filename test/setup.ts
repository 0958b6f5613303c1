// Global test setup. The msw server (fail-closed) is started by the suites that
// talk HTTP through test/msw/server.ts, so pure-core suites pay nothing for it.
export {};
