/**
 * Webhook records whose targeted run failed, waiting to be tried again. They are never dropped: they stay in the
 * state file until rescored, and `serve` hands them to the state file again at shutdown.
 *
 * A failure is first taken for an outage (EspoCRM unreachable after the client's own retries, a 401 while the key
 * is being changed…): the records wait together, the wait doubling after each failure from 30 s up to 10 minutes.
 * A later run that succeeds shows EspoCRM answers again: the records waiting are handed over at once, and once none
 * is left the wait starts over at 30 s.
 *
 * Records that fail again although EspoCRM answers other runs hold one it cannot process (a record its list call
 * fails on). They are run apart from new deliveries, and split in two each time they fail with EspoCRM answering,
 * so that the others are rescored and only the record at fault keeps failing. Each such group waits its own
 * backoff: a success elsewhere does not bring it forward, so the failing call is not repeated after every run. A group
 * whose last failure came with no run succeeding since the failure before it (EspoCRM went down meanwhile, or the run
 * that split it was the first of an outage) is taken for waiting on the outage: a run that succeeds hands it over at
 * once, still run apart.
 */
import { Backoff, retryDelay } from './backoff';
import type { RetryDelays } from './backoff';
import type { RescoreTargets } from './debouncer';
import { mergeTargets, NO_TARGETS, targetCount } from './debouncer';
import type { RescoreType } from './deliveries';
import { RESCORE_TYPES } from './deliveries';
import type { Timers } from './timers';

/** A group of records run on its own after a failure with EspoCRM answering. */
export interface RetryProbe {
  /** Failures in a row of this group. */
  readonly failures: number;
}

interface WaitingGroup {
  readonly targets: RescoreTargets;
  readonly probe: RetryProbe;
  /** Its last failure came while no run succeeded: it waits for the outage to end, not for its own backoff only. */
  readonly outage: boolean;
  timer: unknown;
}

/** What a failed run's records do next. */
export interface RetryDecision {
  /** Wait before the next attempt, in ms. */
  readonly waitMs: number;
  /** Groups the records now wait in apart from new deliveries: 0 while taken for an outage, 2 when split. */
  readonly groups: number;
}

/** The records in two halves of (nearly) equal size, each type's ids in order. */
export function halves(targets: RescoreTargets): readonly [RescoreTargets, RescoreTargets] {
  const all = RESCORE_TYPES.flatMap((type) => targets[type].map((id) => [type, id] as const));
  const middle = Math.ceil(all.length / 2);
  const ofType = (part: readonly (readonly [RescoreType, string])[], type: RescoreType): string[] => part.filter(([t]) => t === type).map(([, id]) => id);
  const build = (part: readonly (readonly [RescoreType, string])[]): RescoreTargets => ({
    Contact: ofType(part, 'Contact'), Lead: ofType(part, 'Lead'), Account: ofType(part, 'Account'), AutoCibleVehicle: ofType(part, 'AutoCibleVehicle'),
  });
  return [build(all.slice(0, middle)), build(all.slice(middle))];
}

export class TargetRetry {
  private waiting: RescoreTargets = NO_TARGETS;
  private readonly backoff: Backoff;
  private readonly groups = new Set<WaitingGroup>();
  private successes = 0;
  private successesAtLastFailure = 0;

  constructor(
    private readonly timers: Timers,
    private readonly delays: RetryDelays,
    /** Called when a wait is over, with the records to run again; with a probe, they run on their own. */
    private readonly onDue: (targets: RescoreTargets, probe?: RetryProbe) => void,
  ) {
    this.backoff = new Backoff(timers, delays, () => this.release());
  }

  /** Records waiting for their next attempt. */
  get size(): number {
    return targetCount(this.targets);
  }

  get targets(): RescoreTargets {
    let all = this.waiting;
    for (const group of this.groups) all = mergeTargets(all, group.targets);
    return all;
  }

  /**
   * Keeps the records of a failed run for a later attempt. When a run succeeded since the last failure (EspoCRM
   * answers), one of these records is at fault: they are split in two groups run apart, each waiting the shortest
   * delay. Otherwise a group run apart (`probe`) waits longer than last time, and other records wait together for the
   * outage to end.
   */
  failed(targets: RescoreTargets, probe?: RetryProbe): RetryDecision {
    const answers = this.successes > this.successesAtLastFailure;
    this.successesAtLastFailure = this.successes;
    if (answers && targetCount(targets) > 1) {
      for (const half of halves(targets)) this.wait(half, { failures: 1 }, false);
      return { waitMs: retryDelay(this.delays, 1), groups: 2 };
    }
    if (answers || probe !== undefined) return { waitMs: this.wait(targets, { failures: (probe?.failures ?? 0) + 1 }, !answers), groups: 1 };
    this.waiting = mergeTargets(this.waiting, targets);
    return { waitMs: this.backoff.failed(), groups: 0 };
  }

  /**
   * A run succeeded: the records waiting for an outage to end are handed over now, not after the rest of their wait,
   * and so are the groups run apart whose last failure came during the outage (still run apart). With none waiting,
   * the next outage waits the shortest delay again. The other groups run apart keep their own wait, so the call that
   * fails on a record at fault is not repeated after every run.
   */
  succeeded(): void {
    this.successes += 1;
    for (const group of [...this.groups]) {
      if (!group.outage) continue;
      this.timers.clearTimeout(group.timer);
      this.groups.delete(group);
      this.onDue(group.targets, group.probe);
    }
    if (targetCount(this.waiting) === 0) {
      this.backoff.reset();
      return;
    }
    this.backoff.cancel();
    this.release();
  }

  /** Cancels every wait and returns the records (shutdown saves them). */
  take(): RescoreTargets {
    this.backoff.cancel();
    const all = this.targets;
    for (const group of this.groups) this.timers.clearTimeout(group.timer);
    this.groups.clear();
    this.waiting = NO_TARGETS;
    return all;
  }

  private wait(targets: RescoreTargets, probe: RetryProbe, outage: boolean): number {
    const delay = retryDelay(this.delays, probe.failures);
    const group: WaitingGroup = { targets, probe, outage, timer: null };
    group.timer = this.timers.setTimeout(() => {
      this.groups.delete(group);
      this.onDue(group.targets, group.probe);
    }, delay);
    this.groups.add(group);
    return delay;
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = NO_TARGETS;
    if (targetCount(waiting) > 0) this.onDue(waiting);
  }
}
