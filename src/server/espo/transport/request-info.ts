import type { EspoRequestInfo } from '../errors/espo-error';
import type { Redactor } from '../redact';
import type { HttpMethod } from '../types';

/** Joins the API base and a relative path; the base always ends with `/api/v1/`. */
export function normaliseBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/u, '');
  return /\/api\/v1$/u.test(trimmed) ? `${trimmed}/` : `${trimmed}/api/v1/`;
}

export function buildRequestInfo(args: {
  readonly baseUrl: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly query: string;
  readonly entityType: string | undefined;
  readonly id: string | undefined;
  readonly redactor: Redactor;
}): EspoRequestInfo {
  const full = `${args.baseUrl}${args.path}${args.query === '' ? '' : `?${args.query}`}`;
  return {
    method: args.method,
    path: args.redactor.text(args.path),
    url: args.redactor.url(full),
    entityType: args.entityType ?? null,
    id: args.id ?? null,
  };
}

/** A copy of a transport error that is safe to keep as `cause`: message redacted, no config, no request. */
export function sanitizeCause(error: unknown, redactor: Redactor): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(redactor.text(source.message));
  copy.name = source.name;
  const code = networkCodeOf(error);
  if (code !== null) Object.defineProperty(copy, 'code', { value: code, enumerable: true });
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

export function networkCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}
