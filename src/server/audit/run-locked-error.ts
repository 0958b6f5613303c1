import { AutoCibleError } from '../../core/errors';

/** What the lock keeps from running twice: an anonymisation (`retention apply`), or score runs on one state file. */
export type RunLockKind = 'anonymisation' | 'scoring';

/** Another run holds the lock: a `retention apply` of this state directory, or a score run (or `serve`) of this state file. */
export class RunLockedError extends AutoCibleError {
  readonly code = 'RUN_LOCKED';

  constructor(
    readonly path: string,
    /** The pid of the running process, when known. */
    readonly pid: number | null,
    readonly kind: RunLockKind = 'anonymisation',
  ) {
    super(`Another run holds ${path}${pid === null ? '' : ` (pid ${pid})`}`);
  }
}
