import { AutoCibleError, isAutoCibleError } from '../../../core/errors';
import { FactInputError } from '../../../core/scoring';
import type { Label } from '../../../core/catalogue';
import { isEspoHttpError } from '../../espo/errors';
import { isEspoFieldsNotStoredError } from '../../espo/errors/espo-fields-not-stored-error';
import type { ScoredType } from '../../state/score-state';
import type { BadRecord } from './types';

/**
 * Control flow (style principle 9, BullMQ's `UnrecoverableError`): this record cannot be scored or written;
 * the runner reports it and goes on with the next one. Carries no personal data, only codes and names.
 */
export class SkipRecordError extends AutoCibleError {
  readonly code = 'SCORE_RECORD_SKIPPED';

  constructor(
    readonly entityType: ScoredType,
    readonly recordId: string,
    readonly reason: string,
    readonly field?: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`${entityType} ${recordId} skipped: ${reason}${field === undefined ? '' : ` (${field})`}`, options);
  }
}

/** Turns what went wrong with one record into a `SkipRecordError`; a bug (not an AutoCible error) is rethrown. */
export function skipFor(entityType: ScoredType, id: string, error: unknown): SkipRecordError {
  if (error instanceof SkipRecordError) return error;
  if (error instanceof FactInputError) return new SkipRecordError(entityType, id, error.code, error.field, undefined, { cause: error });
  if (isEspoHttpError(error)) return new SkipRecordError(entityType, id, error.code, undefined, error.status, { cause: error });
  if (isAutoCibleError(error)) return new SkipRecordError(entityType, id, error.code, undefined, undefined, { cause: error });
  throw error;
}

/** What to do when EspoCRM answered a score write without storing it. */
const FIELDS_NOT_STORED: Label = {
  fr: 'EspoCRM a répondu sans enregistrer ces champs : le rôle de l’utilisateur API doit pouvoir les modifier (Administration > Rôles, niveau des champs) et l’extension installée doit les définir (autocible doctor)',
  en: 'EspoCRM answered without storing these fields: the API user’s role must be allowed to edit them (Administration > Roles, field level) and the installed extension must define them (autocible doctor)',
};

export function badRecordOf(skip: SkipRecordError): BadRecord {
  return {
    entityType: skip.entityType,
    id: skip.recordId,
    reason: skip.reason,
    ...(skip.field === undefined ? {} : { field: skip.field }),
    ...(skip.status === undefined ? {} : { status: skip.status }),
    ...(isEspoFieldsNotStoredError(skip.cause) ? { detail: FIELDS_NOT_STORED } : {}),
  };
}
