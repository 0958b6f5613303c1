import type { FactValue } from './fact-types';
import type { LabelTemplate } from './reason-label';
import { ReasonText } from './reason-text';
import type { ShownValue } from './result-types';
import { keptValue, remember, sameValue } from './same-value';

// Numbers (days, counts, mileages) go to a direct-mapped table: one slot per value modulo its size,
// replaced when another value lands on it. No hashing, no growth, no clearing: a run over a million
// records formats each distinct date once while it stays in use, and memory stays bounded.
const NUMBER_SLOT_BITS = 12;
const NUMBER_SLOTS = 1 << NUMBER_SLOT_BITS;
const MAX_OTHER_ENTRIES = 1024;

/**
 * The table slot of a number, by Fibonacci hashing: consecutive days spread over the table, and so do
 * decimals (average ages, shares), which are first scaled so that their tenths count.
 */
function numberSlot(value: number): number {
  const key = value === (value | 0) ? value : value * 1000;
  return Math.imul(key | 0, 0x9e3779b1) >>> (32 - NUMBER_SLOT_BITS);
}

/**
 * JavaScript for `numberSlot(variable)`, `variable` a number: the generated scorer looks numbers up
 * without a call (a slot whose text is for another value still goes through `get`).
 * `integral`: the fact only holds integers (days), so the decimal scaling is left out.
 */
export function numberSlotSource(variable: string, integral: boolean): string {
  const key = integral ? variable : `(${variable} === (${variable} | 0) ? ${variable} : ${variable} * 1000)`;
  return `(Math.imul(${key} | 0, ${String(0x9e3779b1)}) >>> ${String(32 - NUMBER_SLOT_BITS)})`;
}

/**
 * Memoises a rule's reason text per fact value. Codes, booleans, absent values and lists (by their
 * codes) are kept in small maps that start over if they ever fill, the last few also in a short list
 * looked through first. A list is kept as a frozen copy: the text never shows a caller's array.
 */
export class ReasonCache {
  /** Texts of numbers by `numberSlot`; read (never written) by the generated scorer. */
  readonly numbers: (ReasonText | undefined)[] = new Array<ReasonText | undefined>(NUMBER_SLOTS).fill(undefined);
  private readonly others = new Map<string | boolean | null, ReasonText>();
  private readonly lists = new Map<string, ReasonText>();

  constructor(
    private readonly template: LabelTemplate,
    private readonly shown: (value: FactValue) => ShownValue,
  ) {}

  /** Texts of the last values other than numbers, most recent first. */
  private readonly recent: ReasonText[] = [];

  private make(value: FactValue): ReasonText {
    const kept = keptValue(value);
    return new ReasonText(this.template(kept), this.shown(kept), kept);
  }

  get(value: FactValue): ReasonText {
    if (typeof value === 'number') {
      const slot = numberSlot(value);
      const hit = this.numbers[slot];
      if (hit !== undefined && hit.fact === value) return hit;
      const made = this.make(value);
      this.numbers[slot] = made;
      return made;
    }
    for (const text of this.recent) if (sameValue(text.fact, value)) return text;
    // Each record has its own list: its codes make the key (codes hold no line feed).
    const text = Array.isArray(value) ? this.memo(this.lists, value.join('\n'), value) : this.memo(this.others, value as string | boolean | null, value);
    return remember(this.recent, text);
  }

  private memo<K>(map: Map<K, ReasonText>, key: K, value: FactValue): ReasonText {
    let entry = map.get(key);
    if (entry === undefined) {
      if (map.size >= MAX_OTHER_ENTRIES) map.clear();
      entry = this.make(value);
      map.set(key, entry);
    }
    return entry;
  }
}
