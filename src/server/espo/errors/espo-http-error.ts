import { describeRequest, EspoError } from './espo-error';
import type { EspoRequestInfo } from './espo-error';

/** The first failed validation of a 400 (`messageTranslation.data`, §4.6). */
export interface EspoValidationFailure {
  readonly field: string;
  /** `required`, `valid`, `maxLength`, `pattern`, `min`, `max`… */
  readonly type: string;
}

/** A record reported by a 409 duplicate check. Only the id is kept: the rest is personal data. */
export interface EspoDuplicate {
  readonly id: string;
}

export interface EspoHttpErrorDetails {
  readonly status: number;
  /** `X-Status-Reason`, with e-mail addresses and phone numbers masked. Null when absent. */
  readonly statusReason: string | null;
  readonly validation: EspoValidationFailure | null;
  readonly duplicates: readonly EspoDuplicate[];
  /** From `Retry-After`, when the server sent one. */
  readonly retryAfterMs: number | null;
  /** A 3xx: where it points (scheme, host, port, path; `redirect-target.ts`), null when it names none. */
  readonly redirectTo?: string | null;
}

const REASON_PHRASES: Readonly<Record<number, string>> = {
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? 'Error';
}

/** EspoCRM answered with a non-2xx status. */
export class EspoHttpError extends EspoError {
  readonly code = 'ESPO_HTTP_ERROR';
  readonly status: number;
  readonly statusText: string;
  readonly statusReason: string | null;
  readonly validation: EspoValidationFailure | null;
  readonly duplicates: readonly EspoDuplicate[];
  readonly retryAfterMs: number | null;
  readonly redirectTo: string | null;

  constructor(request: EspoRequestInfo, details: EspoHttpErrorDetails) {
    const statusText = reasonPhrase(details.status);
    super(`EspoCRM request failed with ${details.status} ${statusText}: ${describeRequest(request)}`, request);
    this.status = details.status;
    this.statusText = statusText;
    this.statusReason = details.statusReason;
    this.validation = details.validation;
    this.duplicates = details.duplicates;
    this.retryAfterMs = details.retryAfterMs;
    this.redirectTo = details.redirectTo ?? null;
  }
}
