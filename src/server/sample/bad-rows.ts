/**
 * The deliberate defects of the sample, so validation has real problems to report. Each targets
 * the n-th data row of a file (line = n + 1, the header being line 1) and replaces one cell.
 */
import type { SampleFileName } from '../csv/entity-spec';
import { breakLuhn } from './luhn';

export interface BadRowSpec {
  readonly file: SampleFileName;
  /** 1-based position among the data rows of the file. */
  readonly row: number;
  readonly attribute: string;
  /** The bad cell text, possibly built from the good value. */
  readonly value: (record: Readonly<Record<string, unknown>>) => string;
  readonly reason: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export const BAD_ROWS: readonly BadRowSpec[] = [
  { file: 'accounts.csv', row: 17, attribute: 'autoCibleSiret', value: (r) => breakLuhn(text(r.autoCibleSiret)), reason: 'SIRET whose Luhn checksum is wrong (last digit changed)' },
  { file: 'accounts.csv', row: 58, attribute: 'autoCibleCompanyType', value: () => 'SARL', reason: 'unknown company type option "SARL" (a legal form, not a company type)' },
  { file: 'accounts.csv', row: 133, attribute: 'autoCibleNafCode', value: () => '4511', reason: 'NAF code without its letter' },
  { file: 'contacts.csv', row: 9, attribute: 'lastName', value: () => '', reason: 'required last name missing' },
  { file: 'contacts.csv', row: 64, attribute: 'autoCibleLastInboundContactAt', value: () => '2023-02-30', reason: 'impossible date 2023-02-30 (personal data: the CLI does not print the value)' },
  { file: 'contacts.csv', row: 150, attribute: 'autoCibleCsp', value: () => 'Astronaute', reason: 'unknown CSP option "Astronaute" (personal data: the CLI does not print the value)' },
  { file: 'leads.csv', row: 21, attribute: 'autoCibleBirthDate', value: () => '31/04/1985', reason: 'impossible French date 31/04/1985 (personal data: the CLI does not print the value)' },
  { file: 'vehicles.csv', row: 12, attribute: 'mileage', value: () => '-1200', reason: 'negative mileage' },
  { file: 'vehicles.csv', row: 77, attribute: 'vin', value: (r) => `${text(r.vin).slice(0, 8)}O${text(r.vin).slice(9, 16)}`, reason: 'malformed VIN: 16 characters including the letter O (personal data: the CLI does not print the value)' },
  { file: 'vehicles.csv', row: 205, attribute: 'energyCode', value: () => 'XX', reason: 'unknown P.3 energy code "XX"' },
  { file: 'opportunities.csv', row: 30, attribute: 'amount', value: () => 'douze mille', reason: 'amount that is not a number' },
  { file: 'opportunities.csv', row: 95, attribute: 'closeDate', value: () => '2024-13-05', reason: 'close date with month 13' },
];

/** A bad row as written: where it is and why it is bad. */
export interface InjectedBadRow {
  readonly file: SampleFileName;
  readonly line: number;
  readonly attribute: string;
  readonly reason: string;
}

/** The cell overrides for the `row`-th record of `file`, or undefined when the row is good. */
export function badCellsFor(file: SampleFileName, row: number, record: Readonly<Record<string, unknown>>): { overrides: Record<string, string>; injected: InjectedBadRow[] } | undefined {
  const specs = BAD_ROWS.filter((b) => b.file === file && b.row === row);
  if (specs.length === 0) return undefined;
  const overrides: Record<string, string> = {};
  for (const spec of specs) overrides[spec.attribute] = spec.value(record);
  return { overrides, injected: specs.map((s) => ({ file, line: row + 1, attribute: s.attribute, reason: s.reason })) };
}
