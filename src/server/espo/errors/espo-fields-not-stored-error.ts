import { AutoCibleError } from '../../../core/errors';

/**
 * EspoCRM answered an update with 200, but the record it sent back does not hold some of the values written
 * (platform doc §8.13: fields the API user may not edit are dropped without an error). Most often the role's
 * field-level security leaves AutoCible's fields read-only or hidden. Names the fields, never their values.
 */
export class EspoFieldsNotStoredError extends AutoCibleError {
  readonly code = 'ESPO_FIELDS_NOT_STORED';

  constructor(
    readonly entityType: string,
    readonly id: string,
    readonly fields: readonly string[],
  ) {
    super(`EspoCRM did not store ${fields.join(', ')} on ${entityType}/${id}: the API user's role may not edit these fields`);
  }
}

export function isEspoFieldsNotStoredError(value: unknown): value is EspoFieldsNotStoredError {
  return value instanceof EspoFieldsNotStoredError;
}
