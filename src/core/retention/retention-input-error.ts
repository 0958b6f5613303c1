import { AutoCibleError } from '../errors';

export interface RetentionInputIssue {
  /** Dotted path in the record, e.g. `vehicles.0.financingEndDate` or `emailOpens`. */
  readonly path: string;
  readonly message: string;
}

/** A record given to the retention plan does not have the expected shape. */
export class RetentionInputError extends AutoCibleError {
  readonly code = 'RETENTION_INPUT_INVALID';

  constructor(
    readonly issues: readonly RetentionInputIssue[],
    /** The record's `id` when it could be read. */
    readonly recordId?: string,
  ) {
    super(`Invalid retention input${recordId === undefined ? '' : ` for record ${recordId}`}: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`);
  }
}
