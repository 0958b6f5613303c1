import { AutoCibleError } from '../errors';

export interface ConsentHistoryIssue {
  /** Dotted path inside the JSON, e.g. `events.2.proof`. */
  readonly path: string;
  readonly message: string;
}

/**
 * The stored `autoCibleConsentHistory` text is not a valid history. The caller must not overwrite it:
 * it may hold objections that would be lost.
 */
export class ConsentHistoryParseError extends AutoCibleError {
  readonly code = 'CONSENT_HISTORY_INVALID';

  constructor(
    readonly issues: readonly ConsentHistoryIssue[],
    readonly recordId?: string,
  ) {
    super(`Consent history${recordId === undefined ? '' : ` of record ${recordId}`} is invalid: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`);
  }
}
