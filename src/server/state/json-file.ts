import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { StateFileError } from './state-file-error';
import { createFolders } from '../create-folders';

/**
 * Reads a JSON file and checks it with `schema`. A missing file gives `undefined`; an unreadable, unparsable or
 * ill-shaped one throws `StateFileError` (never silently reset: a checkpoint or a secret would be lost).
 */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new StateFileError(path, 'unreadable', { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    throw new StateFileError(path, 'invalidJson', { cause: error });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new StateFileError(path, 'invalidShape', { cause: result.error });
  return result.data;
}

/** Writes `text` to a new file and flushes it to the disk before returning. */
async function writeDurably(file: string, text: string, mode: number): Promise<void> {
  const handle = await open(file, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a directory's entries (a rename into it) to the disk. Best effort: some systems cannot open a
 * directory for that (Windows), and the file itself is already on the disk.
 */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The rename is done; only its durability across a power loss is left to the system.
  }
}

/**
 * Writes `value` as JSON atomically: a temporary file in the same directory, flushed to the disk, then `rename`,
 * so a crash, Ctrl-C or power loss leaves either the old file or the new one, never half of one. `mode` applies
 * to the new file (0o600 for secrets: the temporary file is created with it, so the secret is never world-readable).
 */
export async function writeJsonFile(path: string, value: unknown, mode = 0o644): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await createFolders(dirname(path), 0o700);
    await writeDurably(temp, `${JSON.stringify(value, null, 2)}\n`, mode);
    await rename(temp, path);
    await syncDirectory(dirname(path));
  } catch (error) {
    await rm(temp, { force: true });
    throw new StateFileError(path, 'unwritable', { cause: error });
  }
}
