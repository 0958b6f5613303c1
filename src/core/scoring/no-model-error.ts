import type { CustomerKindCode, EntityType } from '../catalogue';
import { AutoCibleError } from '../errors';

/** None of the configured scoring models applies to a record of this type and customer kind. */
export class NoScoringModelError extends AutoCibleError {
  readonly code = 'SCORING_NO_MODEL';

  constructor(
    readonly entityType: EntityType,
    readonly customerKind: CustomerKindCode,
  ) {
    super(`No scoring model applies to ${entityType} records of kind ${customerKind}`);
  }
}
