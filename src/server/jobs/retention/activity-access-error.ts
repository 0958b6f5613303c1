import { AutoCibleError } from '../../../core/errors';

/**
 * The API user may not read the activities that move the retention clock. Planning without them could
 * anonymise someone who wrote last week, so the job stops instead (platform.md §4.4: the role needs read
 * on Call, Meeting and Email, and on the extension's vehicles and Opportunity).
 */
export class ActivityAccessError extends AutoCibleError {
  readonly code = 'ACTIVITY_ACCESS_DENIED';

  constructor(
    readonly entityType: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(`The API user cannot read ${entityType} (HTTP ${status}); grant read access to it in the role`, options);
  }
}
