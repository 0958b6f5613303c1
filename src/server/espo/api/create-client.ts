import axios from 'axios';
import { authSecrets, installAuth } from '../auth';
import { createRedactor } from '../redact';
import { createLimiter } from '../transport/limiter';
import { createRequester } from '../transport/request';
import { normaliseBaseUrl } from '../transport/request-info';
import { resolveRetryPolicy } from '../transport/retry';
import type { EspoClientOptions, EspoLogger, EspoRecord } from '../types';
import { iteratePages, iterateRecords } from './iterate';
import type { IterateOptions } from './iterate';
import { metaMethods } from './meta';
import type { MetaMethods } from './meta';
import { noteMethods } from './notes';
import type { NoteMethods } from './notes';
import { privacyMethods } from './privacy';
import type { PrivacyMethods } from './privacy';
import { recordMethods } from './records';
import type { RecordMethods } from './records';
import { relatedMethods } from './related';
import type { RelatedMethods } from './related';

export interface IterationMethods {
  /** Every matching record once, in `(orderBy, id)` order, one page in memory at a time. */
  iterate(entityType: string, options?: IterateOptions): AsyncIterable<EspoRecord>;
  iteratePages(entityType: string, options?: IterateOptions): AsyncIterable<readonly EspoRecord[]>;
  iterateRelated(entityType: string, id: string, link: string, options?: IterateOptions): AsyncIterable<EspoRecord>;
}

export type EspoClient = RecordMethods & RelatedMethods & MetaMethods & NoteMethods & PrivacyMethods & IterationMethods;

const noop = (): void => undefined;

export function normaliseLogger(log: Partial<EspoLogger> | undefined): EspoLogger {
  return {
    debug: log?.debug?.bind(log) ?? noop,
    info: log?.info?.bind(log) ?? noop,
    warn: log?.warn?.bind(log) ?? noop,
    error: log?.error?.bind(log) ?? noop,
  };
}

function urlCredentials(baseUrl: string): readonly string[] {
  try {
    const url = new URL(baseUrl);
    return [decodeURIComponent(url.password)].filter((value) => value !== '');
  } catch {
    return [];
  }
}

/**
 * A small strict EspoCRM REST client (style principles 4–8): injected transport, clock and logger; auth
 * signing as an axios interceptor; retries, timeout and concurrency around each call; every response parsed
 * with zod. Errors are `EspoHttpError`, `EspoContractError`, `EspoNetworkError`, `EspoTimeoutError` or
 * `EspoAbortError`, all redacted.
 */
export function createEspoClient(options: EspoClientOptions): EspoClient {
  const http = options.http ?? axios.create();
  installAuth(http, options.auth);
  const request = createRequester({
    http,
    baseUrl: normaliseBaseUrl(options.baseUrl),
    timeoutMs: options.timeoutMs ?? 30_000,
    limiter: createLimiter(options.maxConcurrency ?? 4),
    retry: resolveRetryPolicy(options.retry),
    redactor: createRedactor([...authSecrets(options.auth), ...urlCredentials(options.baseUrl)]),
    log: normaliseLogger(options.log),
    now: options.now ?? (() => new Date()),
  });
  const records = recordMethods(request);
  const related = relatedMethods(request);
  return {
    ...records,
    ...related,
    ...metaMethods(request),
    ...noteMethods(request),
    ...privacyMethods(request),
    iterate: (entityType, iterateOptions) =>
      iterateRecords((params) => records.list(entityType, params), iterateOptions, entityType),
    iteratePages: (entityType, iterateOptions) =>
      iteratePages((params) => records.list(entityType, params), iterateOptions, entityType),
    iterateRelated: (entityType, id, link, iterateOptions) =>
      iterateRecords((params) => related.listRelated(entityType, id, link, params), iterateOptions, `${entityType}/${id}/${link}`),
  };
}
