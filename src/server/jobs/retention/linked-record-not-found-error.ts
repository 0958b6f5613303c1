import { AutoCibleError } from '../../../core/errors';

/**
 * A `linkedWith` where item named a record that no longer exists. EspoCRM 9 checks every id of such an item
 * before the query (`Core/Select/Where/Checker::checkLink`) and answers 403 with X-Status-Reason
 * "Record 'Contact' `<id>` not found.": the status of an access refusal, but what it means is that the person
 * was deleted or merged while the run went on. Not an access problem (`ActivityAccessError`).
 */
export class LinkedRecordNotFoundError extends AutoCibleError {
  readonly code = 'LINKED_RECORD_NOT_FOUND';

  constructor(
    /** The entity type that was listed (Call, Meeting, Opportunity…). */
    readonly entityType: string,
    /** The entity type and id the `linkedWith` item named. */
    readonly linkedEntityType: string,
    readonly linkedId: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(`EspoCRM listed no ${entityType}: ${linkedEntityType}/${linkedId} no longer exists (HTTP ${status})`, options);
  }
}

const LINKED_RECORD_NOT_FOUND = /^Record '([^']+)' `([^`]+)` not found\.$/u;

/** The record a `linkedWith` 403 says is missing (Checker::checkLink's reason), or null for any other reason. */
export function missingLinkedRecord(reason: string | null): { entityType: string; id: string } | null {
  const match = LINKED_RECORD_NOT_FOUND.exec(reason ?? '');
  const [, entityType, id] = match ?? [];
  return entityType === undefined || id === undefined ? null : { entityType, id };
}
