/**
 * Turns the bytes of a CSV file into UTF-8 for csv-parse, detecting the encoding as it streams (a 1M-row file
 * is never held whole): a UTF-8 byte order mark, else the first chunk with non-ASCII bytes decides. Valid
 * UTF-8 there → UTF-8 (bytes passed through, still checked to the end); not → Windows-1252 (decoded). Bytes
 * that fit neither stop the read with a `CsvEncodingError` naming the line: a U+FFFD replacement character is
 * never made up, since a consent proof is evidence and must be kept as written.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import type { CsvEncoding } from './encoding';
import { byteOrderMark, countLineBreaks, decodeWindows1252, firstInvalidUtf8, incompleteUtf8Tail, latin1, windows1252Problem } from './encoding';
import type { CsvEncodingProblem } from './errors';
import { CsvEncodingError } from './errors';

const EMPTY = Buffer.alloc(0);

/** `start`: too few bytes yet to see a byte order mark; `ascii`: nothing but ASCII so far (undecided). */
type Mode = 'start' | 'ascii' | CsvEncoding;

export class CsvDecodeStream extends Transform {
  private mode: Mode = 'start';
  /** Bytes held back: the first ones (BOM not yet known), or a UTF-8 sequence cut by the chunk's end. */
  private carry: Buffer = EMPTY;
  /** Line breaks passed on so far. */
  private breaks = 0;
  private announced = false;
  /** The last two bytes read as Windows-1252 (as `latin1` text), for a UTF-8 sequence cut by a chunk's end. */
  private before = '';

  /** `onEncoding` hears the encoding once it is known (a file with no non-ASCII byte: `utf-8`, at its end). */
  constructor(private readonly file: string, private readonly onEncoding: (encoding: CsvEncoding) => void = () => undefined) {
    // One chunk waiting on each side at most, so the stage adds no buffering: what waits here becomes rows
    // waiting in csv-parse, and rows that outlive a scavenge raise the peak memory of 1M-row reads (reader.ts).
    super({ highWaterMark: 1 });
  }

  /** The encoding decided so far; `utf-8` until a chunk says otherwise. */
  get encoding(): CsvEncoding {
    return this.mode === 'windows-1252' ? 'windows-1252' : 'utf-8';
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.run(chunk, false, done);
  }

  override _flush(done: TransformCallback): void {
    this.run(EMPTY, true, done);
  }

  private run(chunk: Buffer, final: boolean, done: TransformCallback): void {
    try {
      const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
      this.carry = EMPTY;
      this.consume(bytes, final);
      if (final && this.mode !== 'windows-1252') this.decide('utf-8');
      done();
    } catch (error) {
      done(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private consume(bytes: Buffer, final: boolean): void {
    if (this.mode === 'start') {
      if (bytes.length < 3 && !final) {
        this.carry = bytes;
        return;
      }
      const bom = byteOrderMark(bytes);
      if (bom === 'utf-16le' || bom === 'utf-16be') this.fail(bytes, 0, 'utf16');
      this.mode = bom === 'utf-8' ? 'utf-8' : 'ascii';
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) this.fail(bytes, nul, 'nulByte');
    if (this.mode === 'windows-1252') this.pushWindows1252(bytes);
    else if (this.mode === 'utf-8') this.pushUtf8(bytes, final);
    else if (isAscii(bytes)) this.pass(bytes);
    else this.decideOn(bytes, final);
  }

  /** The first non-ASCII chunk: valid UTF-8 (but for a sequence it cuts short) makes the file UTF-8. */
  private decideOn(bytes: Buffer, final: boolean): void {
    const tail = final ? 0 : incompleteUtf8Tail(bytes);
    const whole = bytes.subarray(0, bytes.length - tail);
    if (!isUtf8(whole)) {
      // UTF-8 accents before the first invalid byte: the file started as UTF-8, as a longer file read chunk by chunk
      // would have decided, and that byte's line is the first it cannot read.
      const bad = firstInvalidUtf8(whole);
      if (!isAscii(whole.subarray(0, bad))) this.fail(whole, bad, 'invalidUtf8');
      this.pushWindows1252(bytes);
      this.decide('windows-1252');
      return;
    }
    if (!isAscii(whole)) this.decide('utf-8');
    this.pass(whole);
    this.keep(bytes, whole.length);
  }

  private pushUtf8(bytes: Buffer, final: boolean): void {
    const tail = final ? 0 : incompleteUtf8Tail(bytes);
    const whole = bytes.subarray(0, bytes.length - tail);
    if (!isUtf8(whole)) this.fail(whole, firstInvalidUtf8(whole), 'invalidUtf8');
    this.pass(whole);
    this.keep(bytes, whole.length);
  }

  private pushWindows1252(bytes: Buffer): void {
    const text = latin1(bytes);
    const bad = windows1252Problem(this.before + text);
    if (bad !== undefined) this.fail(bytes, bad.at - this.before.length, bad.problem);
    this.before = text.slice(-2);
    this.breaks += countLineBreaks(bytes);
    if (bytes.length > 0) this.push(Buffer.from(decodeWindows1252(text), 'utf8'));
  }

  /** Holds back the bytes of `bytes` from `from` on (a copy: at most 3 bytes). */
  private keep(bytes: Buffer, from: number): void {
    this.carry = from < bytes.length ? Buffer.from(bytes.subarray(from)) : EMPTY;
  }

  private pass(bytes: Buffer): void {
    this.breaks += countLineBreaks(bytes);
    if (bytes.length > 0) this.push(bytes);
  }

  private decide(encoding: CsvEncoding): void {
    this.mode = encoding;
    if (this.announced) return;
    this.announced = true;
    this.onEncoding(encoding);
  }

  private fail(bytes: Buffer, at: number, problem: CsvEncodingProblem): never {
    throw new CsvEncodingError(this.file, this.breaks + countLineBreaks(bytes, Math.max(at, 0)) + 1, problem);
  }
}
