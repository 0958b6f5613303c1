import { AutoCibleError } from '../../../core/errors';

/**
 * The record still holds personal data after its erase step (typed in again, or restored, while the run went on):
 * it is not marked `ANONYMISED`, which must always mean "finished". The record fails; the next run erases it again.
 * Names the fields, never their values.
 */
export class StillHoldingError extends AutoCibleError {
  readonly code = 'RET_STILL_HOLDS_DATA';

  constructor(
    readonly entityType: string,
    readonly recordId: string,
    readonly fields: readonly string[],
  ) {
    super(`${entityType}/${recordId} still holds ${fields.join(', ')} after its erase: not marked ANONYMISED, the next run erases it again`);
  }
}
