/**
 * How a record's failure affects the run (style principle 9: errors as control signals). Known failures
 * (EspoCRM errors, typed AutoCible errors) fail the record; some stop the run because every other record
 * would fail the same way. Anything else is a bug, or a simulated crash: it propagates.
 */
import { isAutoCibleError } from '../../../core/errors';
import { isEspoHttpError } from '../../espo/errors';
import { ActivityAccessError } from './activity-access-error';
import type { ApplyRecordResult, ApplyStop } from './apply-types';
import { ErasePermissionError } from './erase-permission-error';
import type { PersonEntityType } from './persons';
import { StreamAccessError } from './stream-access-error';

export interface FailureEffect {
  readonly result: ApplyRecordResult;
  readonly stop: ApplyStop | null;
}

/** EspoCRM errors are AutoCible errors too (espo/errors). */
export function isKnownFailure(error: unknown): boolean {
  return isAutoCibleError(error);
}

/**
 * Whether `error` is the run's abort: the signal is aborted and the error is what an aborted request, a
 * `throwIfAborted` or a known failure under way throws. Anything else (a bug, a simulated crash) propagates.
 */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  if (!signal.aborted) return false;
  return error === signal.reason || isKnownFailure(error) || (error instanceof Error && error.name === 'AbortError');
}

function stopOf(error: unknown, signal: AbortSignal): ApplyStop | null {
  if (signal.aborted) return 'aborted';
  if (error instanceof ErasePermissionError) return 'erasePermission';
  if (error instanceof ActivityAccessError) return 'activityAccess';
  if (error instanceof StreamAccessError && error.preflight) return 'streamAccess';
  return null;
}

/** The HTTP status behind the failure, when EspoCRM gave one (directly or behind a typed error). */
function statusOf(error: unknown): { errorStatus?: number } {
  if (isEspoHttpError(error) || error instanceof ActivityAccessError || error instanceof StreamAccessError) return { errorStatus: error.status };
  return {};
}

/** The failed result of a record and whether the run stops; rethrows what is not a known failure. */
export function failureOf(error: unknown, signal: AbortSignal, entityType: PersonEntityType, id: string): FailureEffect {
  if (!signal.aborted && !isKnownFailure(error)) throw error;
  const code = signal.aborted ? 'ABORTED' : isAutoCibleError(error) ? error.code : 'UNKNOWN';
  const status = statusOf(error);
  return {
    result: {
      entityType, id, outcome: 'failed', ruleId: null, resumedFrom: null, erasedFields: [], sharedAddressesUnlinked: 0, vehiclesChanged: 0,
      notesDeleted: 0, notesNeedingAdmin: [], errorCode: code, ...status,
    },
    stop: stopOf(error, signal),
  };
}
