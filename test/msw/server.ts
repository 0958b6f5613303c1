import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupServer } from 'msw/node';

/** The one msw server of the test suite. It fails closed: a request no handler answers is an error. */
export const server = setupServer();

/**
 * Starts the server for the calling test file (style principle 12): `listen` fail-closed, handlers reset after
 * each test, `close` at the end. Only files that talk HTTP call it, so pure-core suites pay nothing.
 */
export function useMswServer(): typeof server {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
