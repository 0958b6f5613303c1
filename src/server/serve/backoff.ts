/**
 * One timer for work that failed and waits to be tried again: the wait doubles after each failure, from
 * `firstMs` up to `maxMs`. `TargetRetry` (webhook records) and `FullRunRetry` (the nightly full run) use it.
 */
import type { Timers } from './timers';

export interface RetryDelays {
  /** @defaultValue 30 s */
  readonly firstMs: number;
  /** @defaultValue 10 minutes */
  readonly maxMs: number;
}

export const DEFAULT_RETRY_DELAYS: RetryDelays = { firstMs: 30_000, maxMs: 600_000 };

/** The wait after the `failures`-th failure in a row: `firstMs`, doubling, at most `maxMs`. */
export function retryDelay(delays: RetryDelays, failures: number): number {
  return Math.min(delays.maxMs, delays.firstMs * 2 ** Math.min(Math.max(failures, 1) - 1, 30));
}

export class Backoff {
  private timer: unknown = null;
  private failures = 0;

  constructor(
    private readonly timers: Timers,
    private readonly delays: RetryDelays,
    private readonly onDue: () => void,
  ) {}

  /** Failures since the last `reset`. */
  get failureCount(): number {
    return this.failures;
  }

  /** A wait is under way. */
  get waiting(): boolean {
    return this.timer !== null;
  }

  /** One more failure: (re)starts the wait, longer than the last one; returns it in ms. */
  failed(): number {
    this.failures += 1;
    const delay = retryDelay(this.delays, this.failures);
    this.cancel();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.onDue();
    }, delay);
    return delay;
  }

  /** The next failure waits the shortest delay again. */
  reset(): void {
    this.failures = 0;
  }

  /** Ends the wait without calling `onDue`; the failures still count. */
  cancel(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
