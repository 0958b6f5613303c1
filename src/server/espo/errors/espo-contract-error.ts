import { describeRequest, EspoError } from './espo-error';
import type { EspoRequestInfo } from './espo-error';

/** One zod issue, reduced to what is safe to log: where and what, never the received value. */
export interface EspoContractIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * The request succeeded but the response does not have the shape we rely on (EspoCRM upgrade, another
 * extension, a proxy page…). Deliberately not an `EspoHttpError`: retrying or fixing credentials won't help.
 */
export class EspoContractError extends EspoError {
  readonly code = 'ESPO_CONTRACT_ERROR';
  /** `GET Contact/abc123`. */
  readonly endpoint: string;
  /** Id of the record whose data did not match, when known. */
  readonly recordId: string | null;
  readonly issues: readonly EspoContractIssue[];

  constructor(request: EspoRequestInfo, issues: readonly EspoContractIssue[], recordId: string | null) {
    const endpoint = describeRequest(request);
    super(`EspoCRM response did not match the expected shape (${issues.length} issue(s)): ${endpoint}`, request);
    this.endpoint = endpoint;
    this.recordId = recordId;
    this.issues = issues;
  }
}
