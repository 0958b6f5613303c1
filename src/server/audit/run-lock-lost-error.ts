import { AutoCibleError } from '../../core/errors';

/**
 * The lock this run held was taken over by another run: this one was paused (a suspended machine or container) or
 * its clock is behind the other host's, long enough for its lock to look abandoned. The run stops after the step
 * under way, so that two runs never go on side by side.
 */
export class RunLockLostError extends AutoCibleError {
  readonly code = 'RUN_LOCK_LOST';

  constructor(readonly path: string) {
    super(`Another run took over ${path}: this run stopped`);
  }
}
