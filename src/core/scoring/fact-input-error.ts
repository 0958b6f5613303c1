import type { EntityType } from '../catalogue';
import { AutoCibleError } from '../errors';

/** A record value cannot be read as the fact it feeds (a date that is not a date, a count that is not a number). */
export class FactInputError extends AutoCibleError {
  readonly code = 'SCORING_FACT_INVALID';

  constructor(
    readonly entityType: EntityType,
    /** The `id` of the record the value came from, when it has one. */
    readonly recordId: string | undefined,
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`Cannot score ${entityType}${recordId === undefined ? '' : ` ${recordId}`}: field "${field}" ${reason}`);
  }
}
