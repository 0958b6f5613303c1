import type { RescoreRequest, RescoreType } from './deliveries';
import { RESCORE_TYPES } from './deliveries';
import type { Timers } from './timers';

export type RescoreTargets = Readonly<Record<RescoreType, readonly string[]>>;

export const NO_TARGETS: RescoreTargets = { Contact: [], Lead: [], Account: [], AutoCibleVehicle: [] };

/**
 * Collects the records webhooks name and hands them over together once deliveries have been quiet for `delayMs`
 * (EspoCRM sends an edit as several deliveries, §4.9), or at the latest `maxWaitMs` after the first one, so a
 * steady stream of edits is still rescored within seconds. Each record once per flush.
 */
export class Debouncer {
  private pending = new Map<RescoreType, Set<string>>();
  private quietTimer: unknown = null;
  private maxTimer: unknown = null;

  constructor(
    private readonly options: { readonly delayMs: number; readonly maxWaitMs: number; readonly timers: Timers },
    private readonly onFlush: (targets: RescoreTargets) => void,
  ) {}

  get size(): number {
    let size = 0;
    for (const ids of this.pending.values()) size += ids.size;
    return size;
  }

  add(requests: readonly RescoreRequest[]): void {
    if (requests.length === 0) return;
    for (const { entityType, id } of requests) {
      const ids = this.pending.get(entityType) ?? new Set<string>();
      ids.add(id);
      this.pending.set(entityType, ids);
    }
    const { timers } = this.options;
    if (this.quietTimer !== null) timers.clearTimeout(this.quietTimer);
    this.quietTimer = timers.setTimeout(() => this.flush(), this.options.delayMs);
    this.maxTimer ??= timers.setTimeout(() => this.flush(), this.options.maxWaitMs);
  }

  /** Hands over what is pending now (also at shutdown) and clears the timers. */
  flush(): void {
    const targets = this.take();
    if (RESCORE_TYPES.some((type) => targets[type].length > 0)) this.onFlush(targets);
  }

  /** What waits for the quiet delay, left in place. */
  get targets(): RescoreTargets {
    const ids = (type: RescoreType): string[] => [...(this.pending.get(type) ?? [])].sort();
    return { Contact: ids('Contact'), Lead: ids('Lead'), Account: ids('Account'), AutoCibleVehicle: ids('AutoCibleVehicle') };
  }

  /** Empties the queue without handing it over (shutdown saves it instead). */
  take(): RescoreTargets {
    const { timers } = this.options;
    if (this.quietTimer !== null) timers.clearTimeout(this.quietTimer);
    if (this.maxTimer !== null) timers.clearTimeout(this.maxTimer);
    this.quietTimer = null;
    this.maxTimer = null;
    const targets = this.targets;
    this.pending = new Map();
    return targets;
  }
}

/** The records of delivery requests, by type, each once. */
export function targetsOf(requests: readonly RescoreRequest[]): RescoreTargets {
  const ids = (type: RescoreType): string[] => [...new Set(requests.filter((r) => r.entityType === type).map((r) => r.id))].sort();
  return { Contact: ids('Contact'), Lead: ids('Lead'), Account: ids('Account'), AutoCibleVehicle: ids('AutoCibleVehicle') };
}

export function mergeTargets(a: RescoreTargets, b: RescoreTargets): RescoreTargets {
  const merged = (type: RescoreType): string[] => [...new Set([...a[type], ...b[type]])].sort();
  return { Contact: merged('Contact'), Lead: merged('Lead'), Account: merged('Account'), AutoCibleVehicle: merged('AutoCibleVehicle') };
}

/** The records of `a` that are not in `b`. */
export function subtractTargets(a: RescoreTargets, b: RescoreTargets): RescoreTargets {
  const left = (type: RescoreType): string[] => a[type].filter((id) => !b[type].includes(id));
  return { Contact: left('Contact'), Lead: left('Lead'), Account: left('Account'), AutoCibleVehicle: left('AutoCibleVehicle') };
}

export function targetCount(targets: RescoreTargets): number {
  return RESCORE_TYPES.reduce((n, type) => n + targets[type].length, 0);
}
