import { AutoCibleError } from '../../core/errors';

/**
 * A file's header row cannot be used: the file is empty, names a column twice, or lacks a
 * required column. Unlike a bad row, this stops the reading of that file.
 */
export class CsvHeaderError extends AutoCibleError {
  readonly code = 'CSV_HEADER_UNUSABLE';

  constructor(
    readonly file: string,
    readonly problems: {
      readonly empty: boolean;
      /** Headers (as written) that map to a column already seen. */
      readonly duplicates: readonly string[];
      /** Attributes of required columns with no header. */
      readonly missingRequired: readonly string[];
    },
  ) {
    const parts = [
      problems.empty ? 'no header row' : '',
      problems.duplicates.length > 0 ? `duplicate columns: ${problems.duplicates.join(', ')}` : '',
      problems.missingRequired.length > 0 ? `missing required columns: ${problems.missingRequired.join(', ')}` : '',
    ].filter((p) => p !== '');
    super(`Unusable CSV header in ${file}: ${parts.join('; ')}`);
  }
}

/** A dataset file that should exist does not (or cannot be read). */
export class CsvFileError extends AutoCibleError {
  readonly code = 'CSV_FILE_UNREADABLE';

  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'notAFile' | 'unreadable',
    options?: { cause?: unknown },
  ) {
    super(`Cannot read ${file}: ${reason}`, options);
  }
}
