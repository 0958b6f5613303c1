import { AutoCibleError } from '../../../core/errors';
import type { HttpMethod } from '../types';

/** What an error says about the request. Built redacted: no query values, no credentials, no personal data. */
export interface EspoRequestInfo {
  readonly method: HttpMethod;
  /** Path after `/api/v1/`, without the query string, e.g. `Contact/abc123`. */
  readonly path: string;
  /** Full URL with credentials removed and query values replaced by `[REDACTED]` (keys kept). */
  readonly url: string;
  readonly entityType: string | null;
  readonly id: string | null;
}

/** Base of every error the EspoCRM client throws. Subclasses are told apart with the `is…` guards. */
export abstract class EspoError extends AutoCibleError {
  readonly method: HttpMethod;
  readonly path: string;
  readonly url: string;
  readonly entityType: string | null;
  readonly id: string | null;

  constructor(message: string, request: EspoRequestInfo, options?: { cause?: Error }) {
    super(message, options);
    this.method = request.method;
    this.path = request.path;
    this.url = request.url;
    this.entityType = request.entityType;
    this.id = request.id;
  }
}

/** `GET Contact/abc123`: the pattern every message ends with. */
export function describeRequest(request: EspoRequestInfo): string {
  return `${request.method} ${request.path}`;
}
