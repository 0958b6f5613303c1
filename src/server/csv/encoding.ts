/**
 * The byte-level tests behind the CSV decoder (decode-stream.ts): which encoding a chunk can be, where it
 * stops being valid, and a Windows-1252 decoder. French Excel saves « CSV (séparateur : point-virgule) » in
 * Windows-1252, « CSV UTF-8 » in UTF-8 with a byte order mark.
 */
import { isUtf8 } from 'node:buffer';

/** How a CSV file was read: UTF-8 (with or without BOM; a pure ASCII file counts as UTF-8) or Windows-1252. */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG index). Node 20's `TextDecoder('windows-1252')` decodes them as
 * ISO-8859-1 C1 controls (0x92 → U+0092 instead of ’, 0x80 → U+0080 instead of €), so they are mapped here.
 * `\0` marks the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 */
const HIGH = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

const UNDEFINED_WINDOWS_1252 = /[\u0081\u008d\u008f\u0090\u009d]/u;

/**
 * UTF-8 for the letters, signs and punctuation of French text (é = C3 A9, « = C2 AB, ’ = E2 80 99, € = E2 82 AC)
 * as read byte by byte: `Ã©`, `Â«`, `â€™`. Windows-1252 French never has these pairs; in a file that is not UTF-8
 * they mean lines of both encodings, and reading them as Windows-1252 would alter the text.
 */
const UTF8_AS_WINDOWS_1252 = /[\u00c2\u00c3][\u0080-\u00bf]|\u00e2[\u0080-\u0082][\u0080-\u00bf]/u;

/** Bytes as ISO-8859-1 text: one character per byte, so a character's index is its byte's. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * The first place Windows-1252 cannot be trusted in bytes given as `latin1` text: a byte it does not define,
 * or UTF-8 (see above). `undefined` when the whole text is Windows-1252.
 */
export function windows1252Problem(text: string): { readonly at: number; readonly problem: 'notWindows1252' | 'mixed' } | undefined {
  const undefinedByte = UNDEFINED_WINDOWS_1252.exec(text)?.index ?? -1;
  const utf8 = UTF8_AS_WINDOWS_1252.exec(text)?.index ?? -1;
  if (undefinedByte < 0 && utf8 < 0) return undefined;
  return undefinedByte >= 0 && (utf8 < 0 || undefinedByte < utf8) ? { at: undefinedByte, problem: 'notWindows1252' } : { at: utf8, problem: 'mixed' };
}

/** The text of Windows-1252 bytes given as `latin1` text (check it with `windows1252Problem` first). */
export function decodeWindows1252(text: string): string {
  return /[\u0080-\u009f]/u.test(text) ? text.replace(/[\u0080-\u009f]/gu, (char) => HIGH[char.charCodeAt(0) - 0x80] ?? char) : text;
}

/** Length of the sequence a UTF-8 lead byte starts (0: not a lead byte). */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  return byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
}

/**
 * How many bytes at the end of a chunk start a UTF-8 sequence the chunk cuts short (0 to 3): they are held
 * back until the next chunk. Bytes that could never be valid are left in, for the validity test to catch.
 */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = sequenceLength(byte);
    return length > back ? back : 0;
  }
  return 0;
}

/** Index of the first byte of `bytes` that is not part of a valid UTF-8 sequence, or -1 when all are. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i] ?? 0);
    if (length === 0 || i + length > bytes.length) return i;
    if (!isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return -1;
}

/** Line breaks (LF; a CRLF counts once, a lone CR not at all, as in csv-parse's line count) in `bytes`. */
export function countLineBreaks(bytes: Uint8Array, end = bytes.length): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(0x0a); at >= 0 && at < end; at = buffer.indexOf(0x0a, at + 1)) count += 1;
  return count;
}

/** The byte order mark a file starts with, if any. */
export function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
}
