import { AutoCibleError } from '../../core/errors';

export interface RegisterConfigIssue {
  /** Dotted path in the file, e.g. `activities.2.legalBasis`. */
  readonly path: string;
  readonly message: string;
  /**
   * `unreadable` (missing file, no permission), `notJson`, or `invalid`: a value the schema refuses, whose
   * zod issue code (`invalid_type`, `too_small`, `invalid_format`…) is `schemaCode`.
   */
  readonly reason: 'unreadable' | 'notJson' | 'invalid';
  readonly schemaCode?: string;
}

/** The register configuration file is missing, not JSON, or does not have the expected shape. */
export class RegisterConfigError extends AutoCibleError {
  readonly code = 'REGISTER_CONFIG_INVALID';

  constructor(
    readonly file: string,
    readonly issues: readonly RegisterConfigIssue[],
  ) {
    super(`${file}: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`);
  }
}
