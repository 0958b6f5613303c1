import { describeRequest, EspoError } from './espo-error';
import type { EspoRequestInfo } from './espo-error';

/** No HTTP answer: DNS, refused connection, reset socket, TLS… `cause` holds a redacted copy of the original. */
export class EspoNetworkError extends EspoError {
  readonly code = 'ESPO_NETWORK_ERROR';
  /** System error code such as `ECONNREFUSED`, or null. */
  readonly networkCode: string | null;

  constructor(request: EspoRequestInfo, networkCode: string | null, cause: Error) {
    const what = networkCode === null ? '' : ` (${networkCode})`;
    super(`EspoCRM request could not reach the server${what}: ${describeRequest(request)}`, request, { cause });
    this.networkCode = networkCode;
  }
}
