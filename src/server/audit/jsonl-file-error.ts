import { AutoCibleError } from '../../core/errors';

/** A line of an append-only file (audit log, opposition list) cannot be read. */
export class JsonlFileError extends AutoCibleError {
  readonly code = 'JSONL_FILE_CORRUPT';

  constructor(
    readonly path: string,
    /** 1-based line number. */
    readonly line: number,
    /** What is wrong with the line (never its content: it may be an identifier hash). */
    readonly reason: 'notJson' | 'unexpectedShape' = 'notJson',
  ) {
    super(`${path}, line ${line}: ${reason === 'notJson' ? 'not JSON' : 'unexpected entry'}; fix or move the file before running again`);
  }
}
