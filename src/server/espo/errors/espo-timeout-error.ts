import { describeRequest, EspoError } from './espo-error';
import type { EspoRequestInfo } from './espo-error';

/** An attempt took longer than `timeoutMs`. */
export class EspoTimeoutError extends EspoError {
  readonly code = 'ESPO_TIMEOUT';
  readonly timeoutMs: number;

  constructor(request: EspoRequestInfo, timeoutMs: number, cause: Error) {
    super(`EspoCRM request timed out after ${timeoutMs} ms: ${describeRequest(request)}`, request, { cause });
    this.timeoutMs = timeoutMs;
  }
}
