/**
 * The line of each id's first row, as first-lines.ts keeps it, for one read whose table is dropped once the read is
 * over (the vehicles' ids: nothing else needs them). Its memory must go back to the system when dropped, for the
 * peak comes later, while scoring: pages freed inside the process (id-pool.ts's 64 KiB pages, the smaller arrays a
 * growing table leaves behind) stay in its RSS. An id table of 445 000 vehicles, dropped before scoring, still
 * weighed about 16 MB on the peak RSS of `npm run bench` (1M rows), and three separate 32 MiB arrays made V8
 * collect early and now and then size its heap twice too large. So the table is one buffer: 64 KiB for a small
 * file, then 32 MiB or more, which glibc maps apart (at 32 MiB, whatever its threshold), lazily (only the pages
 * used count: about 35 bytes an EspoCRM id) and takes back whole. It holds the slots (which grow in place), per id
 * its start and its first line, and the ids' bytes: Latin-1 characters one byte each, up to 127; other ids go to a
 * Map.
 *
 * The buffer is resizable, to be shrunk to nothing by `release()` at the end of the read: its pages go back to the
 * system at once. Left to the garbage collector, a dropped 32 MiB buffer (about 16 MB of it touched for 445 000
 * vehicles) waits for the next full collection, which may come after the scoring peak: the bench's job child once
 * saw 52 MB of typed arrays at its peak instead of 18.
 */
import { poolHash } from './id-pool';

/** Slots double past this share in use. */
const MAX_LOAD = 0.5;
const SMALL_BYTES = 1 << 16;
/** Glibc's largest mmap threshold: a buffer this large is mapped apart, never carved from the process's heap. */
const LARGE_BYTES = 32 << 20;

/** A buffer cut in three: a quarter slots, a quarter entries (two a id), half the ids' bytes. */
class Regions {
  readonly slots: Int32Array;
  readonly entries: Int32Array;
  readonly bytes: Uint8Array;
  private readonly buffer: ArrayBuffer;

  constructor(size: number) {
    this.buffer = new ArrayBuffer(size, { maxByteLength: size });
    this.slots = new Int32Array(this.buffer, 0, size / 16);
    this.entries = new Int32Array(this.buffer, size / 4, size / 16);
    this.bytes = new Uint8Array(this.buffer, size / 2, size / 2);
  }

  /** Gives the memory back to the system now; the views are empty from here on. */
  release(): void {
    this.buffer.resize(0);
  }

  /** The bytes of the buffer, 0 once released. */
  get byteLength(): number {
    return this.buffer.byteLength;
  }
}

export class FlatFirstLines {
  private count = 0;
  private used = 0;
  private regions = new Regions(SMALL_BYTES);
  /** Slots in use: the first ones of `regions.slots`, a power of 2. */
  private slotCount = 1 << 8;
  /** The first line of each id the buffer cannot hold. */
  private readonly others = new Map<string, number>();

  private released = false;

  /** As `FirstLines.see`: the line of the id's first row, `line` itself for the first one (the lowest line). */
  see(id: string, line: number): number {
    if (this.released) throw new Error('FlatFirstLines: see() after release()');
    const hash = poolHash(id);
    if (hash < 0) {
      const first = this.others.get(id);
      if (first !== undefined && first <= line) return first;
      this.others.set(id, line);
      return line;
    }
    const slot = this.slotOf(id, hash);
    const number = (this.regions.slots[slot] ?? 0) - 1;
    if (number >= 0) {
      const first = this.regions.entries[2 * number + 1] ?? 0;
      if (first <= line) return first;
      this.regions.entries[2 * number + 1] = line;
      return line;
    }
    if (!this.fits(id)) {
      this.move();
      return this.see(id, line);
    }
    this.regions.slots[slot] = this.add(id, line) + 1;
    if (this.count > this.slotCount * MAX_LOAD) this.grow();
    return line;
  }

  /** The read is over: the buffer's memory goes back to the system at once (see above). Idempotent. */
  release(): void {
    this.released = true;
    this.regions.release();
    this.others.clear();
  }

  /** Bytes of buffer held: 0 once released. */
  get bufferBytes(): number {
    return this.regions.byteLength;
  }

  private fits(id: string): boolean {
    const { slots, entries, bytes } = this.regions;
    const slotsNeeded = this.count + 1 > this.slotCount * MAX_LOAD ? this.slotCount * 2 : this.slotCount;
    return 2 * this.count + 2 <= entries.length && this.used + 1 + id.length <= bytes.length && slotsNeeded <= slots.length;
  }

  private add(id: string, line: number): number {
    const { entries, bytes } = this.regions;
    const number = this.count;
    entries[2 * number] = this.used;
    entries[2 * number + 1] = line;
    bytes[this.used] = id.length;
    for (let i = 0; i < id.length; i += 1) bytes[this.used + 1 + i] = id.charCodeAt(i);
    this.used += 1 + id.length;
    this.count += 1;
    return number;
  }

  /** Into a buffer twice as large (32 MiB at least), the old one dropped whole. */
  private move(): void {
    const old = this.regions;
    const size = Math.max(LARGE_BYTES, 2 * old.bytes.length * 2);
    this.regions = new Regions(size);
    this.regions.entries.set(old.entries.subarray(0, 2 * this.count));
    this.regions.bytes.set(old.bytes.subarray(0, this.used));
    this.slotCount /= 2;
    this.grow();
  }

  private equals(number: number, id: string): boolean {
    const { entries, bytes } = this.regions;
    const start = entries[2 * number] ?? 0;
    if (bytes[start] !== id.length) return false;
    for (let i = 0; i < id.length; i += 1) if (bytes[start + 1 + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** `poolHash` of the id numbered `number`, from its bytes. */
  private hashOf(number: number): number {
    const { entries, bytes } = this.regions;
    const start = entries[2 * number] ?? 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i < (bytes[start] ?? 0); i += 1) hash = Math.imul(hash ^ (bytes[start + 1 + i] ?? 0), 0x01000193);
    return hash >>> 0;
  }

  /** The slot holding `id`, or the free slot where it would go (linear probing). */
  private slotOf(id: string, hash: number): number {
    const { slots } = this.regions;
    const mask = this.slotCount - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] ?? 0;
      if (entry === 0 || this.equals(entry - 1, id)) return slot;
    }
  }

  /** Twice the slots in use, in the same region, every id placed again. */
  private grow(): void {
    const { slots } = this.regions;
    this.slotCount *= 2;
    slots.fill(0, 0, this.slotCount);
    const mask = this.slotCount - 1;
    for (let number = 0; number < this.count; number += 1) {
      let slot = this.hashOf(number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = number + 1;
    }
  }
}
