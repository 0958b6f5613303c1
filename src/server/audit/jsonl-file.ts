/**
 * Append-only JSON Lines files (audit log, opposition list): each append is one line, flushed to disk
 * with fsync before the call returns, so an entry written "before acting" survives a crash that follows.
 */
import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { JsonlFileError } from './jsonl-file-error';
import { createFolders } from '../create-folders';

export class AppendOnlyJsonl {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  /**
   * Opens (creating it and its directory, readable by the owner only) for appending. A last line cut
   * short by a crash was never acknowledged to the caller, which therefore never acted on it: it is
   * dropped, so the next entry starts on its own line.
   */
  static async open(path: string): Promise<AppendOnlyJsonl> {
    await createFolders(dirname(path), 0o700);
    const handle = await open(path, 'a+', 0o600);
    const tail = await unterminatedTailStart(handle);
    if (tail !== null) await handle.truncate(tail);
    return new AppendOnlyJsonl(path, handle);
  }

  async append(value: unknown): Promise<void> {
    await this.handle.appendFile(`${JSON.stringify(value)}\n`, 'utf8');
    await this.handle.sync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

const TAIL_CHUNK = 65_536;

/** Offset of an unterminated last line, or null when the file is empty or ends with a newline. */
async function unterminatedTailStart(handle: FileHandle): Promise<number | null> {
  const { size } = await handle.stat();
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - TAIL_CHUNK);
    const chunk = Buffer.alloc(end - start);
    await handle.read(chunk, 0, chunk.length, start);
    const newline = chunk.lastIndexOf(0x0a);
    if (end === size && newline === chunk.length - 1) return null;
    if (newline >= 0) return start + newline + 1;
    end = start;
  }
  return size === 0 ? null : 0;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * The parsed lines of a JSONL file; a missing file has none. A last line cut short by a crash mid-write
 * is ignored (it was never acknowledged); an unreadable line anywhere else throws `JsonlFileError`.
 */
export async function readJsonl(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const lines = text.split('\n');
  const values: unknown[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      values.push(JSON.parse(line) as unknown);
    } catch {
      const isLast = lines.slice(index + 1).every((rest) => rest.trim() === '');
      if (!isLast || text.endsWith('\n')) throw new JsonlFileError(path, index + 1);
    }
  }
  return values;
}
