import { AutoCibleError } from '../../../core/errors';

/** A gateway call named a record that does not exist (REST: 404; memory: no such id). */
export class EspoRecordNotFoundError extends AutoCibleError {
  readonly code = 'ESPO_RECORD_NOT_FOUND';

  constructor(
    readonly entityType: string,
    readonly id: string,
  ) {
    super(`EspoCRM record not found: ${entityType}/${id}`);
  }
}

export function isEspoRecordNotFoundError(value: unknown): value is EspoRecordNotFoundError {
  return value instanceof EspoRecordNotFoundError;
}
