/** What the CSV reader yields: valid records, rejected rows with their issues, header warnings. */
import type { Label } from '../../core/catalogue';

export type CsvIssueCode =
  /** A header no column of the entity accepts (warning: the column is ignored). */
  | 'unknownColumn'
  /** The row has more or fewer cells than the header. */
  | 'columnCount'
  /** The CSV syntax of the row is broken (quotes). */
  | 'malformedRow'
  /** A required value is empty. */
  | 'required'
  /** A cell could not be converted, or the value breaks a catalogue rule. */
  | 'invalidValue';

export interface CsvIssue {
  /** File name as given to the reader (e.g. `contacts.csv`). */
  readonly file: string;
  /** 1-based line where the row starts (the header is line 1). */
  readonly line: number;
  /** The header as written in the file, when the issue concerns one cell. */
  readonly column: string | null;
  /** The API attribute of that column. */
  readonly attribute: string | null;
  readonly code: CsvIssueCode;
  readonly severity: 'error' | 'warning';
  /**
   * Human-readable reason in French and English (a renderer picks `reason[lang]`). For personal-data
   * columns neither language contains the cell value: the cell is named `[donnée personnelle]` /
   * `[personal data]` (`PERSONAL_PLACEHOLDER`).
   */
  readonly reason: Label;
}

export type CsvReadItem =
  | { readonly type: 'record'; readonly line: number; readonly record: Record<string, unknown> }
  | { readonly type: 'rejected'; readonly line: number; readonly issues: readonly CsvIssue[] }
  | { readonly type: 'warning'; readonly issue: CsvIssue };
