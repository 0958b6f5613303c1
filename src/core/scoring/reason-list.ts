import type { Reason } from './result-types';

/**
 * The reasons of the record being scored, gathered in reused space and copied out at the end: the
 * copy is exactly as long as the list, where an array grown by `push` keeps room for more (a scoring
 * run makes millions of these lists, and their spare room is what the garbage collector pays for).
 */
export class ReasonList {
  private readonly items: Reason[] = [];
  private size = 0;

  clear(): void {
    this.size = 0;
  }

  add(reason: Reason): void {
    // Writing at `size` keeps the array packed: it is always at most one past the end.
    this.items[this.size] = reason;
    this.size += 1;
  }

  /** The reasons added since `clear`, as a new array. */
  copy(): Reason[] {
    return this.items.slice(0, this.size);
  }
}
