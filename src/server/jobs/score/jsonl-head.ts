/**
 * A look at the head of a `--input` file before a run: a CSV file (named `.csv`, or whose first line is a header
 * row) would give one `invalidJson` per row, and an empty file a run that scores nothing. Only the bytes up to the
 * first line that is not blank are read (at most `HEAD_LIMIT` of it), and a blank file to its end.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { delimiterOfHeader } from '../../csv/delimiter';

/** What is wrong with a `--input` file, if anything: a CSV file, or no record at all (empty or blank). */
export type JsonlHeadProblem = 'csv' | 'empty';

/** Bytes of the first line looked at: a header row is far shorter, a JSON record is told by its first character. */
const HEAD_LIMIT = 4096;
/** Tab, line feed, vertical tab, form feed, carriage return, space: what a blank line may hold. */
const BLANK: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The first line that is not blank, trimmed, read as Latin-1 (never decoded: only looked at); null when none. */
export async function firstLine(path: string): Promise<string | null> {
  const input = createReadStream(path, { highWaterMark: 1 << 16 });
  let head: Buffer | null = null;
  let atStart = true;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let data = atStart && chunk.subarray(0, BOM.length).equals(BOM) ? chunk.subarray(BOM.length) : chunk;
      atStart = false;
      if (head === null) {
        const start = data.findIndex((byte) => !BLANK.has(byte));
        if (start < 0) continue;
        data = data.subarray(start);
      }
      head = head === null ? data : Buffer.concat([head, data]);
      const end = head.indexOf(0x0a);
      if (end >= 0 || head.length >= HEAD_LIMIT) return head.subarray(0, end >= 0 ? Math.min(end, HEAD_LIMIT) : HEAD_LIMIT).toString('latin1').trim();
    }
    return head === null ? null : head.toString('latin1').trim();
  } finally {
    input.destroy();
  }
}

/**
 * A CSV header row: no JSON value, and at least two non-empty cells between the separator the CSV reader would
 * choose (`,`, `;` or tab), none with a bracket or a brace (`id,lastName,accountId`, `Nom;Prénom;Email`).
 */
export function looksLikeCsvHeader(line: string): boolean {
  if (line.startsWith('{') || line.startsWith('[')) return false;
  try {
    JSON.parse(line);
    return false;
  } catch {
    // Not JSON: maybe a header row.
  }
  const cells = line.split(delimiterOfHeader(line)).map((cell) => cell.trim().replace(/^"(.*)"$/u, '$1').trim());
  return cells.length >= 2 && cells.every((cell) => cell !== '' && !/[[\]{}]/u.test(cell));
}

/** The problem of the `--input` file at `path` (an existing file), or null when it may be JSONL. */
export async function jsonlHeadProblem(path: string): Promise<JsonlHeadProblem | null> {
  if (extname(path).toLowerCase() === '.csv') return 'csv';
  const line = await firstLine(path);
  if (line === null) return 'empty';
  return looksLikeCsvHeader(line) ? 'csv' : null;
}
