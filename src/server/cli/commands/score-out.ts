/**
 * The `--out` file of an offline `score` run: one line `{"entityType","id","changed"}` per write, the PATCH the
 * job would send to EspoCRM. Its missing folders are created one by one (`createFolders`); a path that cannot
 * be written fails before the run with an `OutFileError`, and a write error during the run (a full disk) is kept,
 * never thrown as an unhandled stream 'error' event. The file is replaced at each run, but for a run that continues an interrupted
 * one: it then keeps the lines the earlier part wrote, so every change of the whole run is in it once.
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { createFolders } from '../../create-folders';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ScoreTarget } from '../../jobs/score/types';
import { errorCode, writeProblem } from './write-problem';
import type { WriteProblem } from './write-problem';

export type OutFileProblem = WriteProblem;

/** `--out` cannot be written: `path` is absolute, `code` the system's (EISDIR, ENOSPC…). */
export class OutFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: OutFileProblem,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`--out ${path}: ${problem} (${code})`, options);
  }
}

export function outFileError(path: string, error: unknown): OutFileError {
  if (error instanceof OutFileError) return error;
  const code = errorCode(error);
  return new OutFileError(path, writeProblem(code), code, { cause: error });
}

export class OutFile implements ScoreTarget {
  private drain: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  /** The first write error; every later write fails with it. */
  failure: OutFileError | undefined;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private readonly stream: Writable,
    private readonly onFailure: (error: OutFileError) => void,
  ) {
    stream.on('error', (error: unknown) => this.fail(error));
  }

  /**
   * Creates the folder and opens the file for appending (emptied by `begin` unless the run resumes), or throws an
   * `OutFileError`. `onFailure` hears of a later write error.
   */
  static async open(path: string, onFailure: (error: OutFileError) => void = () => undefined): Promise<OutFile> {
    let handle: FileHandle;
    try {
      await createFolders(dirname(path));
      handle = await open(path, 'a');
    } catch (error) {
      throw outFileError(path, error);
    }
    return new OutFile(path, handle, handle.createWriteStream({ encoding: 'utf8' }), onFailure);
  }

  /** A fresh run starts an empty file; a resumed one appends to the lines of its earlier part. */
  async begin(run: { readonly resumed: boolean }): Promise<void> {
    if (run.resumed) return;
    try {
      // A device (/dev/stdout, /dev/full) has nothing to empty.
      if ((await this.handle.stat()).isFile()) await this.handle.truncate(0);
    } catch (error) {
      this.fail(error);
      throw this.failure ?? outFileError(this.path, error);
    }
  }

  async update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    // A batch writes concurrently: one shared wait for 'drain' rather than one listener per write.
    if (!this.stream.write(`${JSON.stringify({ entityType, id, changed })}\n`)) {
      // An 'error' ends the wait too (`once` rejects with it; the listener above keeps it).
      this.drain ??= once(this.stream, 'drain').then(() => undefined, () => undefined).then(() => {
        this.drain = undefined;
      });
    }
    if (this.drain !== undefined) await this.drain;
    if (this.failure !== undefined) throw this.failure;
  }

  /** The run completed: flushes and closes the file, and throws the first write error if there was one. */
  async end(): Promise<void> {
    await this.close();
    if (this.failure !== undefined) throw this.failure;
  }

  /** Flushes and closes the file; never throws: a write error is in `failure`. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.stream.destroyed) this.stream.end();
      await finished(this.stream).catch((error: unknown) => this.fail(error));
    })();
    return this.closing;
  }

  private fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = outFileError(this.path, error);
    this.onFailure(this.failure);
  }
}
