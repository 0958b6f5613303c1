import type { FactValue } from './fact-types';
import type { LabelTemplate } from './reason-label';
import { ReasonText } from './reason-text';
import type { ShownValue } from './result-types';

// Numbers (days, counts, mileages) go to a direct-mapped table: one slot per value modulo its size,
// replaced when another value lands on it. No hashing, no growth, no clearing: a run over a million
// records formats each distinct date once while it stays in use, and memory stays bounded.
const NUMBER_SLOTS = 4096;
const MAX_OTHER_ENTRIES = 1024;

/**
 * Memoises a rule's reason text per fact value. Lists (multi-enums) are formatted every time; codes,
 * booleans and absent values are kept in a small map that starts over if it ever fills.
 */
export class ReasonCache {
  private readonly numbers: (ReasonText | undefined)[] = new Array<ReasonText | undefined>(NUMBER_SLOTS).fill(undefined);
  private readonly others = new Map<FactValue, ReasonText>();

  constructor(
    private readonly template: LabelTemplate,
    private readonly shown: (value: FactValue) => ShownValue,
  ) {}

  private make(value: FactValue): ReasonText {
    return new ReasonText(this.template(value), this.shown(value), value);
  }

  get(value: FactValue): ReasonText {
    if (typeof value === 'number') {
      const slot = (value | 0) & (NUMBER_SLOTS - 1);
      const hit = this.numbers[slot];
      if (hit !== undefined && hit.fact === value) return hit;
      const made = this.make(value);
      this.numbers[slot] = made;
      return made;
    }
    if (Array.isArray(value)) return this.make(value);
    let entry = this.others.get(value);
    if (entry === undefined) {
      if (this.others.size >= MAX_OTHER_ENTRIES) this.others.clear();
      entry = this.make(value);
      this.others.set(value, entry);
    }
    return entry;
  }
}
