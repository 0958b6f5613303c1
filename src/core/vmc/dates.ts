import { DomainInputError } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a UTC calendar date `YYYY-MM-DD`; throws `DomainInputError` naming `input`. */
export function isoDateToDay(value: unknown, input: string): number {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) throw new DomainInputError(input, value, 'must be a date YYYY-MM-DD');
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 2024-02-30 over to March: a round trip catches impossible days.
  if (new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new DomainInputError(input, value, 'is not a calendar date');
  }
  return ms / MS_PER_DAY;
}

/** Inverse of {@link isoDateToDay}. */
export function dayToIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
