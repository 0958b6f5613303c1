/**
 * What goes wrong with one record of the VMC job: its won opportunities cannot be read, or EspoCRM refuses or fails
 * its update. The record is reported (type, id, code, status) and skipped; the run goes on. What stops the run
 * instead: EspoCRM out of reach or the key refused (every later record would fail alike), and a bug.
 */
import { AutoCibleError, isAutoCibleError } from '../../../core/errors';
import { isEspoAbortError, isEspoFieldsNotStoredError, isEspoHttpError, isEspoNetworkError, isEspoTimeoutError } from '../../espo/errors';
import type { VmcBadRecord, VmcEntityType } from './types';

/** One record skipped. Carries no personal data: type, id, stage, the cause's code and status, field names. */
export class VmcRecordError extends AutoCibleError {
  readonly code = 'VMC_RECORD_SKIPPED';
  readonly bad: VmcBadRecord;

  constructor(entityType: VmcEntityType, id: string, stage: VmcBadRecord['stage'], cause: AutoCibleError) {
    const status = isEspoHttpError(cause) ? cause.status : undefined;
    const fields = isEspoFieldsNotStoredError(cause) ? cause.fields : undefined;
    super(`${entityType} ${id} skipped (${stage}): ${cause.code}${status === undefined ? '' : ` ${status}`}`, { cause });
    this.bad = {
      entityType, id, stage, reason: cause.code,
      ...(status === undefined ? {} : { status }),
      ...(fields === undefined ? {} : { fields: [...fields] }),
    };
  }
}

/** The run cannot go on: EspoCRM is out of reach, answers too slowly, refuses the key; or the error is a bug. */
export function stopsTheRun(error: unknown): boolean {
  if (!isAutoCibleError(error)) return true;
  return isEspoNetworkError(error) || isEspoTimeoutError(error) || (isEspoHttpError(error) && error.status === 401);
}

/** A request the run's own signal cut (Ctrl-C): the record was not processed, and is no error. */
export function cutByInterrupt(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted && isEspoAbortError(error);
}

/** The record error for `error`, or `error` itself when it stops the run (or was cut by Ctrl-C). */
export function recordErrorOf(entityType: VmcEntityType, id: string, stage: VmcBadRecord['stage'], error: unknown): unknown {
  if (stopsTheRun(error) || isEspoAbortError(error) || !isAutoCibleError(error)) return error;
  return new VmcRecordError(entityType, id, stage, error);
}
