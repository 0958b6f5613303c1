/**
 * A growable list of 32-bit integers in fixed pages of typed arrays: 4 bytes an entry, and growing never copies
 * (a copy would hold the old and the new array at once, doubling the peak of a big index).
 */
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;

export class IntList {
  private readonly pages: Int32Array[] = [];
  private count = 0;

  /** @param fill what `get` gives for an entry never set. */
  constructor(private readonly fill: number) {}

  get length(): number {
    return this.count;
  }

  get(index: number): number {
    if (index < 0 || index >= this.count) return this.fill;
    return (this.pages[index >>> PAGE_BITS] as Int32Array)[index & (PAGE - 1)] ?? this.fill;
  }

  /** Sets an entry, growing the list (entries in between hold `fill`). */
  set(index: number, value: number): void {
    while (this.pages.length <= index >>> PAGE_BITS) this.pages.push(new Int32Array(PAGE).fill(this.fill));
    (this.pages[index >>> PAGE_BITS] as Int32Array)[index & (PAGE - 1)] = value;
    if (index >= this.count) this.count = index + 1;
  }

  push(value: number): void {
    this.set(this.count, value);
  }
}
