import type { AxiosInstance, AxiosResponse } from 'axios';
import type { z } from 'zod';
import { isRedirect, redirectTarget } from './redirect-target';
import { EspoAbortError } from '../errors/espo-abort-error';
import type { EspoRequestInfo } from '../errors/espo-error';
import { EspoHttpError } from '../errors/espo-http-error';
import { EspoNetworkError } from '../errors/espo-network-error';
import { EspoTimeoutError } from '../errors/espo-timeout-error';
import type { Redactor } from '../redact';
import type { EspoLogger, HttpMethod } from '../types';
import { duplicatesFrom, parseJsonText, validationFrom } from './error-body';
import type { Limiter } from './limiter';
import { buildRequestInfo, networkCodeOf, sanitizeCause } from './request-info';
import { parseRetryAfter } from './retry-after';
import type { RetryPolicy } from './retry';
import { withRetry } from './retry';
import { parseResponse } from './parse-response';

export interface RequestSpec<T> {
  readonly method: HttpMethod;
  /** Relative to the API base, no leading slash: `Contact/abc123`. */
  readonly path: string;
  /** Already serialised (`serializeQuery`), without `?`. */
  readonly query?: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly schema: z.ZodType<T>;
  readonly entityType?: string;
  readonly id?: string;
  readonly signal?: AbortSignal | undefined;
  /** Marks a POST as safe to repeat (relate, mass update). GET/PUT/PATCH/DELETE always are. */
  readonly idempotent?: boolean;
}

export type Requester = <T>(spec: RequestSpec<T>) => Promise<T>;

export interface RequesterDeps {
  readonly http: AxiosInstance;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly limiter: Limiter;
  readonly retry: RetryPolicy;
  readonly redactor: Redactor;
  readonly log: EspoLogger;
  readonly now: () => Date;
}

/**
 * PATCH is treated as idempotent: EspoCRM's PATCH/PUT set the sent attributes to the sent values (same route
 * handler, recordings `contact-update-*.json`), so replaying the same body yields the same record.
 * POST (create, note, erase…) is never retried unless the caller marks it idempotent.
 */
export function isIdempotent(method: HttpMethod, override: boolean | undefined): boolean {
  return method === 'POST' ? override === true : true;
}

type Raw = AxiosResponse<string>;

async function send(deps: RequesterDeps, spec: RequestSpec<unknown>, info: EspoRequestInfo): Promise<Raw> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  try {
    return await deps.http.request<string>({
      method: spec.method,
      baseURL: deps.baseUrl,
      url: spec.query ? `${spec.path}?${spec.query}` : spec.path,
      data: spec.body,
      headers: { Accept: 'application/json', ...spec.headers },
      signal: controller.signal,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      // A redirect is answered as an error naming its target (redirect-target.ts): credentials never follow it.
      maxRedirects: 0,
    });
  } catch (error) {
    if (spec.signal?.aborted) throw new EspoAbortError(info);
    if (timedOut) throw new EspoTimeoutError(info, deps.timeoutMs, sanitizeCause(error, deps.redactor));
    throw new EspoNetworkError(info, networkCodeOf(error), sanitizeCause(error, deps.redactor));
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
  }
}

function headerOf(response: Raw, name: string): string | null {
  const value: unknown = response.headers[name];
  return typeof value === 'string' ? value : null;
}

function httpError(deps: RequesterDeps, response: Raw, info: EspoRequestInfo): EspoHttpError {
  const body = parseJsonText(typeof response.data === 'string' ? response.data : '');
  const reason = headerOf(response, 'x-status-reason');
  return new EspoHttpError(info, {
    status: response.status,
    statusReason: reason === null ? null : deps.redactor.text(reason),
    validation: validationFrom(body),
    duplicates: duplicatesFrom(response.status, body),
    retryAfterMs: parseRetryAfter(headerOf(response, 'retry-after'), deps.now()),
    redirectTo: isRedirect(response.status) ? redirectTarget(headerOf(response, 'location'), deps.baseUrl) : null,
  });
}

async function attempt<T>(deps: RequesterDeps, spec: RequestSpec<T>, info: EspoRequestInfo, index: number): Promise<T> {
  const started = performance.now();
  const response = await deps.limiter.run(() => send(deps, spec, info), spec.signal);
  deps.log.debug('espo.request', {
    method: info.method, path: info.path, status: response.status, attempt: index + 1,
    durationMs: Math.round(performance.now() - started),
  });
  if (response.status < 200 || response.status >= 300) throw httpError(deps, response, info);
  return parseResponse(spec.schema, typeof response.data === 'string' ? response.data : '', info, spec.id ?? null);
}

export function createRequester(deps: RequesterDeps): Requester {
  return async <T>(spec: RequestSpec<T>): Promise<T> => {
    const info = buildRequestInfo({
      baseUrl: deps.baseUrl, method: spec.method, path: spec.path, query: spec.query ?? '',
      entityType: spec.entityType, id: spec.id, redactor: deps.redactor,
    });
    if (spec.signal?.aborted) throw new EspoAbortError(info);
    try {
      return await withRetry((index) => attempt(deps, spec, info, index), {
        policy: deps.retry,
        idempotent: isIdempotent(spec.method, spec.idempotent),
        ...(spec.signal ? { signal: spec.signal } : {}),
        onRetry: ({ attempt: next, delayMs, error }) => deps.log.warn('espo.retry', {
          method: info.method, path: info.path, attempt: next, delayMs,
          reason: error instanceof EspoHttpError ? error.status : error instanceof Error ? error.name : 'unknown',
        }),
      });
    } catch (error) {
      if (spec.signal?.aborted && !(error instanceof EspoAbortError)) throw new EspoAbortError(info);
      throw error;
    }
  };
}
