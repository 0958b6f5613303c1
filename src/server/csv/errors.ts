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

/**
 * - `invalidUtf8`: the file read as UTF-8 up to this line (so it is not Windows-1252), then holds bytes that are
 *   not UTF-8: two encodings mixed, or a cut-off file;
 * - `notWindows1252`: a byte Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D) in a file that is not UTF-8;
 * - `mixed`: UTF-8 accents (`Ã©` read byte by byte) in a file that is not UTF-8: lines of both encodings;
 * - `nulByte`: a NUL byte, which no text CSV holds (a spreadsheet or other binary file renamed `.csv`, UTF-16 without BOM);
 * - `utf16`: a UTF-16 byte order mark (Excel « Texte Unicode »), not read: save the file as « CSV UTF-8 ».
 */
export type CsvEncodingProblem = 'invalidUtf8' | 'notWindows1252' | 'mixed' | 'nulByte' | 'utf16';

const ENCODING_PROBLEM_TEXT: Readonly<Record<CsvEncodingProblem, string>> = {
  invalidUtf8: 'bytes that are not UTF-8 after UTF-8 text (mixed encodings?)',
  notWindows1252: 'a byte that is neither UTF-8 nor Windows-1252',
  mixed: 'UTF-8 text in a file that is not UTF-8 (mixed encodings?)',
  nulByte: 'a NUL byte (not a text CSV: a spreadsheet file renamed .csv, or UTF-16 without BOM?)',
  utf16: 'a UTF-16 byte order mark (save it as "CSV UTF-8")',
};

/** A CSV file that is neither UTF-8 nor Windows-1252 text. Nothing of it should be trusted: the read stops. */
export class CsvEncodingError extends AutoCibleError {
  readonly code = 'CSV_ENCODING_UNREADABLE';

  constructor(
    readonly file: string,
    /** 1-based line of the first byte that cannot be read. */
    readonly line: number,
    readonly problem: CsvEncodingProblem,
  ) {
    super(`Cannot read ${file}: line ${line} holds ${ENCODING_PROBLEM_TEXT[problem]}; save the file as UTF-8 or Windows-1252 CSV`);
  }
}
