/**
 * The bytes of the id table (id-table.ts): each id as a header byte then its characters, in 64 KiB pages of one
 * typed array each (an id never straddles two pages, and growing never copies). An id of lower-case hex digits,
 * EspoCRM's kind (17 of them), takes half a byte a digit; any other id of Latin-1 characters one byte each.
 * Header: 0x80 + digit count for hex, the character count otherwise (both below 128).
 */

const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
const HEX = 0x80;
/** Longest id kept (longer ones, or with a character above U+00FF, are not poolable). */
export const MAX_POOLED_LENGTH = 0x7f;
/** Positions are 31-bit numbers: past 2 GiB of ids, `store` gives -1. */
const MAX_PAGES = 2 ** (31 - PAGE_BITS) - 1;

/** 0–15 for a lower-case hex digit, -1 for anything else. */
function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

const DIGIT_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

function isHex(id: string): boolean {
  for (let i = 0; i < id.length; i += 1) if (digitOf(id.charCodeAt(i)) < 0) return false;
  return id.length > 0;
}

/** FNV-1a of an id's character codes, or -1 when the pool cannot hold it. */
export function poolHash(id: string): number {
  if (id.length > MAX_POOLED_LENGTH) return -1;
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    const code = id.charCodeAt(i);
    if (code > 0xff) return -1;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

/** Bytes a poolable id takes in the pool, its header included. */
export function pooledSize(id: string): number {
  return 1 + (isHex(id) ? (id.length + 1) >> 1 : id.length);
}

/**
 * Where the `n`th id (from 0) starts when every id stored before it took `size` bytes: pages are filled in order
 * and an id that would straddle two starts the next one.
 */
export function nthStart(n: number, size: number): number {
  const perPage = Math.floor(PAGE / size);
  return (Math.floor(n / perPage) << PAGE_BITS) | ((n % perPage) * size);
}

export class IdPool {
  private readonly pages: Uint8Array[] = [];
  private used = PAGE;

  /** Copies a poolable id in; returns where it starts, or -1 when the pool is full. */
  store(id: string): number {
    const hex = isHex(id);
    const size = pooledSize(id);
    if (this.used + size > PAGE) {
      if (this.pages.length >= MAX_PAGES) return -1;
      this.pages.push(new Uint8Array(PAGE));
      this.used = 0;
    }
    const page = this.pages[this.pages.length - 1] as Uint8Array;
    const at = this.used;
    page[at] = hex ? HEX | id.length : id.length;
    for (let i = 0; i < id.length; i += 1) {
      if (!hex) page[at + 1 + i] = id.charCodeAt(i);
      else page[at + 1 + (i >> 1)] = (page[at + 1 + (i >> 1)] ?? 0) | (digitOf(id.charCodeAt(i)) << (i & 1 ? 0 : 4));
    }
    this.used += size;
    return ((this.pages.length - 1) << PAGE_BITS) | at;
  }

  /** The character code at `i` of the id stored at `start` (i below its length). */
  private codeAt(page: Uint8Array, at: number, hex: boolean, i: number): number {
    if (!hex) return page[at + 1 + i] ?? 0;
    const byte = page[at + 1 + (i >> 1)] ?? 0;
    return DIGIT_CODES[i & 1 ? byte & 0xf : byte >> 4] ?? 0;
  }

  equals(start: number, id: string): boolean {
    const page = this.pages[start >>> PAGE_BITS] as Uint8Array;
    const at = start & (PAGE - 1);
    const header = page[at] ?? 0;
    const hex = (header & HEX) !== 0;
    if ((header & MAX_POOLED_LENGTH) !== id.length) return false;
    for (let i = 0; i < id.length; i += 1) if (this.codeAt(page, at, hex, i) !== id.charCodeAt(i)) return false;
    return true;
  }

  /** `poolHash` of the id stored at `start`, without making its string. */
  hash(start: number): number {
    const page = this.pages[start >>> PAGE_BITS] as Uint8Array;
    const at = start & (PAGE - 1);
    const header = page[at] ?? 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i < (header & MAX_POOLED_LENGTH); i += 1) hash = Math.imul(hash ^ this.codeAt(page, at, (header & HEX) !== 0, i), 0x01000193);
    return hash >>> 0;
  }

  text(start: number): string {
    const page = this.pages[start >>> PAGE_BITS] as Uint8Array;
    const at = start & (PAGE - 1);
    const header = page[at] ?? 0;
    const codes = Array.from({ length: header & MAX_POOLED_LENGTH }, (_, i) => this.codeAt(page, at, (header & HEX) !== 0, i));
    return String.fromCharCode(...codes);
  }
}
