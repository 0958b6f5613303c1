import { http } from 'msw';
import type { HttpHandler } from 'msw';
import { authenticate } from './auth';
import { DEFAULT_ENTITY_DEFS } from './entities';
import { noteRecord } from './handlers/notes';
import { seedMetadata, setPath } from './metadata';
import { parsePhpQuery } from './php-query';
import { FakeHttpError, statusReason } from './responses';
import { findRoute } from './router';
import { FakeStore } from './store';
import type { FakeEntityDef, FakeUser, FakeWrite, StoredRecord } from './types';
import { DEFAULT_USERS } from './users';

export interface FakeEspoOptions {
  /** Site URL; the API lives under `/api/v1/`. @defaultValue 'http://espo.test' */
  readonly baseUrl?: string;
  readonly entities?: readonly FakeEntityDef[];
  readonly users?: readonly FakeUser[];
  readonly now?: () => Date;
  /** The config's `recordListMaxSizeLimit`: lists refuse a larger `maxSize` with 403 (§4.3). @defaultValue 200 */
  readonly recordListMaxSizeLimit?: number;
}

export interface FakeRequest {
  readonly method: string;
  /** After `/api/v1/`, without query. */
  readonly path: string;
  readonly search: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface FakeEspo {
  readonly baseUrl: string;
  readonly apiUrl: string;
  readonly store: FakeStore;
  readonly handlers: readonly HttpHandler[];
  /** Every request the fake answered, in order. */
  readonly requests: FakeRequest[];
  readonly writes: readonly FakeWrite[];
  /** Stores records as given (plus defaults); `derive` also runs the entity's computed attributes. */
  seed(entityType: string, records: readonly Readonly<Record<string, unknown>>[], options?: { derive?: boolean }): StoredRecord[];
  seedNote(values: Readonly<Record<string, unknown>>): StoredRecord;
  link(entityType: string, id: string, link: string, foreignIds: readonly string[]): void;
  setMetadata(path: string, value: unknown): void;
}

async function readBody(request: Request): Promise<unknown> {
  const raw = await request.clone().text();
  if (raw.trim() === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new FakeHttpError(statusReason(400, 'Bad JSON.'));
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function handler(store: FakeStore, apiUrl: string, requests: FakeRequest[]): HttpHandler {
  const apiPathname = new URL(apiUrl).pathname;
  return http.all(`${apiUrl}*`, async ({ request }) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(apiPathname.length);
    const route = findRoute(request.method.toUpperCase(), path.split('/'));
    if (route === null) return undefined;
    requests.push({ method: request.method.toUpperCase(), path, search: url.search, headers: headerRecord(request.headers) });
    const user = authenticate(request, store.userList(), path);
    if (user instanceof Response) return user;
    try {
      const body = await readBody(request);
      return await route.handle({ store, user, request, url, params: route.params, query: parsePhpQuery(url.searchParams), body });
    } catch (error) {
      if (error instanceof FakeHttpError) return error.response;
      throw error;
    }
  });
}

/** An in-memory EspoCRM 9.2.7 for msw, faithful to `shared/espocrm-contract` for what AutoCible uses. */
export function createFakeEspo(options: FakeEspoOptions = {}): FakeEspo {
  const baseUrl = (options.baseUrl ?? 'http://espo.test').replace(/\/+$/u, '');
  const apiUrl = `${baseUrl}/api/v1/`;
  const entities = options.entities ?? DEFAULT_ENTITY_DEFS;
  const store = new FakeStore({
    entities, users: options.users ?? DEFAULT_USERS, now: options.now ?? (() => new Date()),
    ...(options.recordListMaxSizeLimit === undefined ? {} : { recordListMaxSizeLimit: options.recordListMaxSizeLimit }),
  });
  seedMetadata(store.metadata, entities);
  const requests: FakeRequest[] = [];
  return {
    baseUrl, apiUrl, store, requests,
    handlers: [handler(store, apiUrl, requests)],
    get writes() {
      return store.writes;
    },
    seed(entityType, records, seedOptions = {}) {
      return records.map((values) => {
        const record = store.withDefaults(entityType, values);
        store.put(entityType, record);
        if (seedOptions.derive === true) store.derive(entityType, record);
        return record;
      });
    },
    seedNote(values) {
      const note = noteRecord(store, values);
      store.put('Note', note);
      return note;
    },
    link(entityType, id, link, foreignIds) {
      for (const foreignId of foreignIds) store.link(entityType, id, link, foreignId);
    },
    setMetadata(path, value) {
      setPath(store.metadata, path.split('.'), value);
    },
  };
}

export type { FakeEntityDef, FakeUser, FakeWrite, StoredRecord } from './types';
export type { FakeConfig } from './store';
export { FakeStore } from './store';
export { DEFAULT_ENTITY_DEFS } from './entities';
export { DEFAULT_USERS, FAKE_CREDENTIALS, ADMIN_ID, API_USER_ID } from './users';
