import { createEspoClient } from '../../../src/server/espo';
import type { EspoClient, EspoClientOptions } from '../../../src/server/espo';
import { createFakeEspo, DEFAULT_USERS, FAKE_CREDENTIALS } from '../../msw/fake-espo';
import type { FakeEspo, FakeEspoOptions } from '../../msw/fake-espo';
import type { server as mswServer } from '../../msw/server';

/** A fresh fake EspoCRM whose handlers the server uses for the current test. */
export function installFake(server: typeof mswServer, options: FakeEspoOptions = {}): FakeEspo {
  const fake = createFakeEspo({ users: DEFAULT_USERS, ...options });
  server.use(...fake.handlers);
  return fake;
}

/** Retries without real waiting: tests assert the requested delays instead. */
export const instantRetry = { sleep: async (): Promise<void> => undefined, random: (): number => 0.5 };

/** A client of the fake, as the `harness-api` API user. */
export function apiClient(fake: FakeEspo, overrides: Partial<EspoClientOptions> = {}): EspoClient {
  return createEspoClient({
    baseUrl: fake.baseUrl,
    auth: { kind: 'apiKey', apiKey: FAKE_CREDENTIALS.apiKey },
    retry: instantRetry,
    ...overrides,
  });
}

/** A client of the fake, as the administrator (Basic credentials). */
export function adminClient(fake: FakeEspo, overrides: Partial<EspoClientOptions> = {}): EspoClient {
  return apiClient(fake, { auth: { kind: 'basic', username: 'admin', password: FAKE_CREDENTIALS.adminPassword }, ...overrides });
}

/** Awaits a promise that must reject and returns the rejection (style principle 13: assert its type after). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => {
    throw new Error('Request must not succeed');
  }, (error: unknown) => error);
}
