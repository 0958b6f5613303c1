// Global test setup. The msw server (fail-closed: `onUnhandledRequest: 'error'`) is started by the suites
// that talk HTTP, through `useMswServer()` from test/msw/server.ts, so pure-core suites pay nothing for it.
export {};
