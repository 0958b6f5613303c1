/**
 * Record ids numbered 0, 1, 2… in the order they are first seen, so that indexes can be typed arrays indexed by
 * number. The ids themselves are bytes in a pool (id-pool.ts) found through an open-addressing hash table:
 * about 18 bytes an EspoCRM id where a `Map<string, …>` entry with its string takes about 80, all outside the
 * JS heap. An id the pool cannot hold (a character above U+00FF, more than 127 characters) goes to a plain Map
 * instead: every string works.
 */
import { IdPool, nthStart, pooledSize, poolHash } from './id-pool';
import { IntList } from './int-list';

const FIRST_SLOTS = 1 << 10;
/** Slots grow (double) past this share in use: linear probing stays short, slots cost 6 to 11 bytes an id. */
const MAX_LOAD = 0.7;

export class IdTable {
  private count = 0;
  private readonly pool = new IdPool();
  /**
   * The pooled size of every id so far, while they all have the same (EspoCRM's ids do): the pool position of
   * an id is then its number times that size, and `starts` stays empty. 0: no id yet; -1: sizes differ, or an
   * id is in `others`, and `starts` holds every position.
   */
  private uniformSize = 0;
  /** Per number, where its id starts in the pool (-1: the id is in `others`), once sizes differ. */
  private readonly starts = new IntList(-1);
  /** Number + 1 of the id hashed there (0: free). */
  private slots = new Int32Array(FIRST_SLOTS);
  private readonly others = new Map<string, number>();

  /** How many distinct ids. */
  get size(): number {
    return this.count;
  }

  /** The id's number, or -1 when it was never added. */
  find(id: string): number {
    const hash = poolHash(id);
    const found = hash < 0 ? -1 : (this.slots[this.slotOf(id, hash)] ?? 0) - 1;
    return found < 0 && this.others.size > 0 ? this.others.get(id) ?? -1 : found;
  }

  /** The id's number, numbering it when new. */
  intern(id: string): number {
    const hash = poolHash(id);
    if (hash < 0) return this.internOther(id);
    const slot = this.slotOf(id, hash);
    const found = (this.slots[slot] ?? 0) - 1;
    if (found >= 0) return found;
    const size = pooledSize(id);
    if (this.uniformSize === 0) this.uniformSize = size;
    else if (this.uniformSize !== size) this.listStarts();
    const start = this.pool.store(id);
    if (start < 0) return this.internOther(id);
    const number = this.count;
    if (this.uniformSize < 0) this.starts.push(start);
    this.slots[slot] = number + 1;
    this.count += 1;
    if (this.count > this.slots.length * MAX_LOAD) this.grow();
    return number;
  }

  /** The id numbered `number` (for tests and messages; `others` are looked up one by one). */
  idOf(number: number): string | undefined {
    if (number < 0 || number >= this.count) return undefined;
    const start = this.startOf(number);
    if (start >= 0) return this.pool.text(start);
    for (const [id, n] of this.others) if (n === number) return id;
    return undefined;
  }

  /** Where the id numbered `number` starts in the pool (-1: it is in `others`). */
  private startOf(number: number): number {
    return this.uniformSize > 0 ? nthStart(number, this.uniformSize) : this.starts.get(number);
  }

  /** From now on, positions are listed: those implied so far first. */
  private listStarts(): void {
    if (this.uniformSize < 0) return;
    for (let number = 0; number < this.count; number += 1) this.starts.push(this.startOf(number));
    this.uniformSize = -1;
  }

  private internOther(id: string): number {
    const known = this.others.get(id);
    if (known !== undefined) return known;
    this.listStarts();
    const number = this.count;
    this.others.set(id, number);
    this.starts.push(-1);
    this.count += 1;
    return number;
  }

  /** The slot holding `id`, or the free slot where it would go (linear probing). */
  private slotOf(id: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return slot;
      const start = this.startOf(entry - 1);
      if (start >= 0 && this.pool.equals(start, id)) return slot;
    }
  }

  /** Twice the slots, every pooled id placed again. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let number = 0; number < this.count; number += 1) {
      const start = this.startOf(number);
      if (start < 0) continue;
      let slot = this.pool.hash(start) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = number + 1;
    }
  }
}
