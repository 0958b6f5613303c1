import { AutoCibleError } from '../../core/errors';

export type StateFileProblem = 'unreadable' | 'invalidJson' | 'invalidShape' | 'unwritable';

/** A local state file (`.autocible/state.json`, the webhook secrets) cannot be read or written. */
export class StateFileError extends AutoCibleError {
  readonly code = 'STATE_FILE_INVALID';

  constructor(
    readonly path: string,
    readonly problem: StateFileProblem,
    options?: { cause?: unknown },
  ) {
    super(`State file ${path}: ${problem}`, options);
  }
}

export function isStateFileError(value: unknown): value is StateFileError {
  return value instanceof StateFileError;
}
