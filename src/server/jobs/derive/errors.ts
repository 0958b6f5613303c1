/**
 * What goes wrong with one vehicle of the derive job: a source it cannot read (a MEC that is no date, a genre or a
 * P.3 code the catalogue does not know), or EspoCRM refusing or failing its update. The vehicle is reported (type,
 * id, code, status, field names) and skipped; the run goes on. What stops the run instead is what stops the VMC
 * job's (`stopsTheRun`): EspoCRM out of reach or the key refused, and a bug.
 */
import { AutoCibleError, isAutoCibleError } from '../../../core/errors';
import { isEspoAbortError, isEspoFieldsNotStoredError, isEspoHttpError } from '../../espo/errors';
import { stopsTheRun } from '../vmc/errors';
import type { SourceField } from './derive-fields';
import { VEHICLE_ENTITY_TYPE } from './derive-fields';
import type { DeriveBadRecord } from './types';

/** A stored source the rule cannot read. Names the fields, never their values (a MEC typed by hand stays unsaid). */
export class DeriveSourceError extends AutoCibleError {
  readonly code = 'DERIVE_SOURCE_INVALID';

  constructor(
    readonly id: string,
    readonly fields: readonly SourceField[],
  ) {
    super(`${VEHICLE_ENTITY_TYPE} ${id}: ${fields.join(', ')} cannot be read (not a J.1 or P.3 code, or not a date YYYY-MM-DD)`);
  }
}

/** One vehicle skipped. Carries no personal data: type, id, stage, the cause's code and status, field names. */
export class DeriveRecordError extends AutoCibleError {
  readonly code = 'DERIVE_RECORD_SKIPPED';
  readonly bad: DeriveBadRecord;

  constructor(id: string, stage: DeriveBadRecord['stage'], cause: AutoCibleError) {
    const status = isEspoHttpError(cause) ? cause.status : undefined;
    const fields = cause instanceof DeriveSourceError || isEspoFieldsNotStoredError(cause) ? cause.fields : undefined;
    super(`${VEHICLE_ENTITY_TYPE} ${id} skipped (${stage}): ${cause.code}${status === undefined ? '' : ` ${status}`}`, { cause });
    this.bad = {
      entityType: VEHICLE_ENTITY_TYPE, id, stage, reason: cause.code,
      ...(status === undefined ? {} : { status }),
      ...(fields === undefined ? {} : { fields: [...fields] }),
    };
  }
}

/** The record error for a failed write, or `error` itself when it stops the run (or was cut by Ctrl-C). */
export function writeErrorOf(id: string, error: unknown): unknown {
  if (stopsTheRun(error) || isEspoAbortError(error) || !isAutoCibleError(error)) return error;
  return new DeriveRecordError(id, 'write', error);
}

export { cutByInterrupt } from '../vmc/errors';
