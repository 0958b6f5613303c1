import { describeRequest, EspoError } from './espo-error';
import type { EspoRequestInfo } from './espo-error';

/** The caller's `AbortSignal` fired. Never retried. */
export class EspoAbortError extends EspoError {
  readonly code = 'ESPO_ABORTED';

  constructor(request: EspoRequestInfo) {
    super(`EspoCRM request was aborted: ${describeRequest(request)}`, request);
  }
}
