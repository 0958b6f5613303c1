import type { AxiosInstance } from 'axios';
import type { WhereItem } from './query/where';

/** A record as EspoCRM returns it: always an `id`, other attributes depend on the entity and `select`. */
export interface EspoRecord {
  readonly id: string;
  readonly [attribute: string]: unknown;
}

/** `GET {Entity}` and related lists. `total` is -1 (more exist) or -2 (no more) when counting is skipped (§4.3). */
export interface EspoList<T extends EspoRecord = EspoRecord> {
  readonly total: number;
  readonly list: readonly T[];
}

/** How the client authenticates (§4.1). */
export type EspoAuth =
  | { readonly kind: 'apiKey'; readonly apiKey: string }
  | { readonly kind: 'hmac'; readonly apiKey: string; readonly secretKey: string }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Structured logger; every method is optional and defaults to a no-op. Records never carry secrets. */
export interface EspoLogger {
  debug(message: string, meta?: Readonly<Record<string, unknown>>): void;
  info(message: string, meta?: Readonly<Record<string, unknown>>): void;
  warn(message: string, meta?: Readonly<Record<string, unknown>>): void;
  error(message: string, meta?: Readonly<Record<string, unknown>>): void;
}

export interface RetryOptions {
  /** Attempts after the first one. @defaultValue 3 */
  readonly retries?: number;
  /** First backoff step; doubles each attempt (full jitter). @defaultValue 300 */
  readonly baseDelayMs?: number;
  /** Cap of one backoff step. @defaultValue 10_000 */
  readonly maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown. @defaultValue 60_000 */
  readonly maxRetryAfterMs?: number;
  /** Injectable for tests. @defaultValue an abortable `setTimeout` */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable for tests; returns [0, 1). @defaultValue `Math.random` */
  readonly random?: () => number;
}

export interface EspoClientOptions {
  /** Site URL (`https://crm.example.com`) or API base (`…/api/v1`); `/api/v1` is appended when missing. */
  readonly baseUrl: string;
  readonly auth: EspoAuth;
  /** Transport. Interceptors (auth signing) are installed on it. @defaultValue `axios.create()` */
  readonly http?: AxiosInstance;
  /** Clock, used for `Retry-After` dates. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  readonly log?: Partial<EspoLogger>;
  /** Per attempt. @defaultValue 30_000 */
  readonly timeoutMs?: number;
  /** Requests in flight at once. @defaultValue 4 */
  readonly maxConcurrency?: number;
  /** `false` disables retries. @defaultValue {} (3 retries) */
  readonly retry?: RetryOptions | false;
}

/** Options every call accepts. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

export type SortOrder = 'asc' | 'desc';

/** Search parameters of a list (§4.3). */
export interface ListParams extends CallOptions {
  readonly select?: readonly string[];
  readonly where?: readonly WhereItem[];
  readonly orderBy?: string;
  readonly order?: SortOrder;
  readonly offset?: number;
  /** At most 200 (EspoCRM answers 403 above, §8.12). */
  readonly maxSize?: number;
  /** Quick text search; EspoCRM then skips the count (`total` -1/-2). */
  readonly q?: string;
  readonly primaryFilter?: string;
  /** Sends `X-No-Total: true`: `total` becomes -1/-2, the count query is skipped. */
  readonly noTotal?: boolean;
}
