import { AutoCibleError } from '../../../core/errors';

/**
 * EspoCRM refused to list a record's stream (`GET {Entity}/{id}/stream`): `Tools/Stream/RecordService::checkAccess`
 * answers 403 "No stream access." when the role's Stream level for the entity type does not cover the record.
 * Found by the check made before the first record of a type is erased (`preflight`), it stops the run: every
 * other record would be erased and then leave its notes behind. Found later, for one record, its notes are
 * left to an administrator (note-cleanup.ts).
 */
export class StreamAccessError extends AutoCibleError {
  readonly code = 'STREAM_ACCESS_DENIED';

  constructor(
    readonly entityType: string,
    readonly recordId: string,
    readonly status: number,
    /** EspoCRM's `X-Status-Reason`, e.g. "No stream access.". */
    readonly reason: string | null,
    /** True when found before anything of this entity type was erased: the run stops. */
    readonly preflight: boolean,
    options?: { cause?: unknown },
  ) {
    super(
      `EspoCRM refused to list the stream of ${entityType}/${recordId} (HTTP ${status}${reason === null || reason === '' ? '' : ` "${reason}"`}): `
      + `set Stream to "all" on ${entityType} in the API user's role`,
      options,
    );
  }
}
