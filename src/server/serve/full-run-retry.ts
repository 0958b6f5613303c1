/**
 * A full run that failed (EspoCRM unreachable during the nightly run…) is run again after a wait, 30 s doubling
 * up to 10 minutes, until one completes: it continues from its checkpoint. An incremental run must not come
 * first: once finished it removes the full run's checkpoint (`RunState`), so the worker runs the full run instead
 * of an incremental one while it waits (it reads everything the incremental run would). Not forever: a full run
 * that fails `INCREMENTAL_AFTER_FAILURES` times in a row may fail for a reason of its own (a record EspoCRM
 * cannot list), and the incremental runs then go ahead, so that recent changes are still scored.
 */
import { Backoff } from './backoff';
import type { RetryDelays } from './backoff';
import type { Timers } from './timers';

/** Failures in a row of the full run after which incremental runs no longer give way to it. */
export const INCREMENTAL_AFTER_FAILURES = 3;

export class FullRunRetry {
  private readonly backoff: Backoff;

  constructor(timers: Timers, delays: RetryDelays, onDue: () => void) {
    this.backoff = new Backoff(timers, delays, onDue);
  }

  /** A failed full run waits for its next attempt. */
  get waiting(): boolean {
    return this.backoff.waiting;
  }

  /** Failures in a row since the last full run that completed. */
  get failures(): number {
    return this.backoff.failureCount;
  }

  /** An incremental run that falls due runs as the full run instead (see above). */
  get replacesIncremental(): boolean {
    return this.waiting && this.failures < INCREMENTAL_AFTER_FAILURES;
  }

  /** The full run failed: returns the wait in ms before it runs again. */
  failed(): number {
    return this.backoff.failed();
  }

  /** A full run completed: nothing waits, and the next failure waits the shortest delay again. */
  succeeded(): void {
    this.backoff.cancel();
    this.backoff.reset();
  }

  /** The full run starts before its wait is over (in place of an incremental run), or serve stops. */
  cancel(): void {
    this.backoff.cancel();
  }
}
