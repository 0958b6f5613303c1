/**
 * Webhook records whose targeted run failed (EspoCRM unreachable after the client's own retries, a 401 while
 * the key is being changed…), waiting to be tried again. The wait doubles after each failure, from 30 s up to
 * 10 minutes, and starts over once a targeted run succeeds with nothing left waiting. They are never dropped:
 * `serve` saves them in the state file at shutdown.
 */
import type { RescoreTargets } from './debouncer';
import { mergeTargets, NO_TARGETS, targetCount } from './debouncer';
import type { Timers } from './timers';

export interface RetryDelays {
  /** @defaultValue 30 s */
  readonly firstMs: number;
  /** @defaultValue 10 minutes */
  readonly maxMs: number;
}

export const DEFAULT_RETRY_DELAYS: RetryDelays = { firstMs: 30_000, maxMs: 600_000 };

export class TargetRetry {
  private waiting: RescoreTargets = NO_TARGETS;
  private timer: unknown = null;
  private failures = 0;

  constructor(
    private readonly timers: Timers,
    private readonly delays: RetryDelays,
    /** Called when the wait is over, with the records to run again. */
    private readonly onDue: (targets: RescoreTargets) => void,
  ) {}

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
    this.failures += 1;
    const delay = Math.min(this.delays.maxMs, this.delays.firstMs * 2 ** Math.min(this.failures - 1, 30));
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.due(), delay);
    return delay;
  }

  /** A targeted run succeeded: the next failure waits the shortest delay again, unless records still wait. */
  succeeded(): void {
    if (this.size === 0) this.failures = 0;
  }

  /** Cancels the wait and returns the records (shutdown saves them). */
  take(): RescoreTargets {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    const waiting = this.waiting;
    this.waiting = NO_TARGETS;
    return waiting;
  }

  private due(): void {
    this.timer = null;
    const waiting = this.waiting;
    this.waiting = NO_TARGETS;
    if (targetCount(waiting) > 0) this.onDue(waiting);
  }
}
