/**
 * Streams records to a CSV file: UTF-8, comma-separated, RFC 4180 quoting, header row of canonical
 * attribute names, multi-valued fields joined with `|`. Rows are buffered in 64 KiB chunks and the
 * writer waits for `drain`, so memory stays flat however many rows are written.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import type { CsvColumn } from '../../core/generate/csv-columns';

const CHUNK = 1 << 16;

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes. */
export function quoteCsv(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The CSV text of one API value (null → empty cell). */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('|');
  return String(value);
}

export class CsvFileWriter {
  private readonly stream: WriteStream;
  private buffer = '';
  private failure: Error | null = null;
  /** Data rows written so far (the header is not counted). */
  rows = 0;

  constructor(
    readonly path: string,
    private readonly columns: readonly CsvColumn[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
    this.buffer = `${columns.map((c) => quoteCsv(c.attribute)).join(',')}\n`;
  }

  /** Appends one record; `overrides` replaces the text of some cells (deliberate bad rows). */
  async write(record: Readonly<Record<string, unknown>>, overrides?: Readonly<Record<string, string>>): Promise<void> {
    const cells = this.columns.map((c) => quoteCsv(overrides?.[c.attribute] ?? formatCell(record[c.attribute])));
    this.buffer += `${cells.join(',')}\n`;
    this.rows += 1;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.failure !== null) throw this.failure;
  }
}
