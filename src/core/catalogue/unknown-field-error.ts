import { AutoCibleError } from '../errors';
import type { EntityType } from './types';

/** A field name was asked of the catalogue for an entity that does not define it. */
export class UnknownFieldError extends AutoCibleError {
  readonly code = 'CATALOGUE_UNKNOWN_FIELD';

  constructor(
    readonly entityType: EntityType,
    readonly field: string,
  ) {
    super(`Unknown field "${field}" on ${entityType}`);
  }
}
