import axios from 'axios';
import { authSecrets, installAuth } from '../auth';
import { createRedactor } from '../redact';
import { createLimiter } from '../transport/limiter';
import { createRequester } from '../transport/request';
import { normaliseBaseUrl } from '../transport/request-info';
import { resolveRetryPolicy } from '../transport/retry';
import type { EspoNote } from '../schemas';
import type { EspoClientOptions, EspoLogger, EspoRecord } from '../types';
import { iteratePages, iterateRecords } from './iterate';
import type { IterateOptions } from './iterate';
import { metaMethods } from './meta';
import type { MetaMethods } from './meta';
import { noteMethods } from './notes';
import type { NoteMethods } from './notes';
import { createPageSizeLimit } from './page-size-limit';
import { privacyMethods } from './privacy';
import type { PrivacyMethods } from './privacy';
import { recordMethods } from './records';
import type { RecordMethods } from './records';
import { relatedMethods } from './related';
import type { RelatedMethods } from './related';
import { iterateStreamPages } from './stream-pages';
import type { StreamIterateOptions } from './stream-pages';

export interface IterationMethods {
  /** Every matching record once, in `(orderBy, id)` order, one page in memory at a time. */
  iterate(entityType: string, options?: IterateOptions): AsyncIterable<EspoRecord>;
  iteratePages(entityType: string, options?: IterateOptions): AsyncIterable<readonly EspoRecord[]>;
  iterateRelated(entityType: string, id: string, link: string, options?: IterateOptions): AsyncIterable<EspoRecord>;
  /** Pages of a record's stream, newest first, until the last note (offset paging). */
  iterateStreamPages(entityType: string, id: string, options?: StreamIterateOptions): AsyncIterable<readonly EspoNote[]>;
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
 * `EspoAbortError`, all redacted. Lists adapt to an installation whose `recordListMaxSizeLimit` is below 200: the
 * first refusal teaches the client the limit, and the pages of every list then use it (`PageSizeLimit`).
 */
export function createEspoClient(options: EspoClientOptions): EspoClient {
  const http = options.http ?? axios.create();
  installAuth(http, options.auth);
  const log = normaliseLogger(options.log);
  const request = createRequester({
    http,
    baseUrl: normaliseBaseUrl(options.baseUrl),
    timeoutMs: options.timeoutMs ?? 30_000,
    limiter: createLimiter(options.maxConcurrency ?? 4),
    retry: resolveRetryPolicy(options.retry),
    redactor: createRedactor([...authSecrets(options.auth), ...urlCredentials(options.baseUrl)]),
    log,
    now: options.now ?? (() => new Date()),
  });
  const pages = createPageSizeLimit(log);
  const records = recordMethods(request, pages);
  const related = relatedMethods(request, pages);
  const notes = noteMethods(request, pages);
  return {
    ...records,
    ...related,
    ...metaMethods(request),
    ...notes,
    ...privacyMethods(request),
    iterate: (entityType, iterateOptions) =>
      iterateRecords((params) => records.list(entityType, params), iterateOptions, entityType, pages.sentSize),
    iteratePages: (entityType, iterateOptions) =>
      iteratePages((params) => records.list(entityType, params), iterateOptions, entityType, pages.sentSize),
    iterateRelated: (entityType, id, link, iterateOptions) => iterateRecords(
      (params) => related.listRelated(entityType, id, link, params), iterateOptions, `${entityType}/${id}/${link}`, pages.sentSize),
    iterateStreamPages: (entityType, id, streamOptions = {}) =>
      iterateStreamPages((params) => notes.listStream(entityType, id, params), streamOptions, pages.sentSize),
  };
}
