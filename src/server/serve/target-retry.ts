/**
 * Webhook records whose targeted run failed (EspoCRM unreachable after the client's own retries, a 401 while
 * the key is being changed…), waiting to be tried again. The wait doubles after each failure, from 30 s up to
 * 10 minutes. A later run that succeeds shows EspoCRM answers again: the records waiting are handed over at once,
 * and once none is left the wait starts over at 30 s. They are never dropped: they stay in the state file until
 * rescored, and `serve` hands them to the state file again at shutdown.
 */
import { Backoff } from './backoff';
import type { RetryDelays } from './backoff';
import type { RescoreTargets } from './debouncer';
import { mergeTargets, NO_TARGETS, targetCount } from './debouncer';
import type { Timers } from './timers';

export class TargetRetry {
  private waiting: RescoreTargets = NO_TARGETS;
  private readonly backoff: Backoff;

  constructor(
    timers: Timers,
    delays: RetryDelays,
    /** Called when the wait is over, with the records to run again. */
    private readonly onDue: (targets: RescoreTargets) => void,
  ) {
    this.backoff = new Backoff(timers, delays, () => this.release());
  }

  /** Records waiting for their next attempt. */
  get size(): number {
    return targetCount(this.waiting);
  }

  get targets(): RescoreTargets {
    return this.waiting;
  }

  /** Keeps the records of a failed run for a later attempt; returns the wait in ms. */
  failed(targets: RescoreTargets): number {
    this.waiting = mergeTargets(this.waiting, targets);
    return this.backoff.failed();
  }

  /**
   * A run succeeded: the records waiting are handed over now, not after the rest of their wait (should they fail
   * again, the wait goes on growing). With none waiting, the next failure waits the shortest delay again.
   */
  succeeded(): void {
    if (this.size === 0) {
      this.backoff.reset();
      return;
    }
    this.backoff.cancel();
    this.release();
  }

  /** Cancels the wait and returns the records (shutdown saves them). */
  take(): RescoreTargets {
    this.backoff.cancel();
    const waiting = this.waiting;
    this.waiting = NO_TARGETS;
    return waiting;
  }

  private release(): void {
    const waiting = this.take();
    if (targetCount(waiting) > 0) this.onDue(waiting);
  }
}
