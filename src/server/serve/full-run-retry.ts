/**
 * A full run that failed (EspoCRM unreachable during the nightly run…) is run again after a wait, 30 s doubling
 * up to 10 minutes, until one completes: it continues from its checkpoint. An incremental run must not come
 * first: once finished it removes the full run's checkpoint (`RunState`), so the worker runs the full run instead
 * of an incremental one while it waits (it reads everything the incremental run would).
 */
import { Backoff } from './backoff';
import type { RetryDelays } from './backoff';
import type { Timers } from './timers';

export class FullRunRetry {
  private readonly backoff: Backoff;

  constructor(timers: Timers, delays: RetryDelays, onDue: () => void) {
    this.backoff = new Backoff(timers, delays, onDue);
  }

  /** A failed full run waits for its next attempt. */
  get waiting(): boolean {
    return this.backoff.waiting;
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
