import { AutoCibleError } from '../../core/errors';

/** Another `retention apply` holds the lock of this state directory. */
export class RunLockedError extends AutoCibleError {
  readonly code = 'RUN_LOCKED';

  constructor(
    readonly path: string,
    /** The pid of the running process, when known. */
    readonly pid: number | null,
  ) {
    super(`Another run holds ${path}${pid === null ? '' : ` (pid ${pid})`}`);
  }
}
