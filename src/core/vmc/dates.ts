import { parseDay } from '../catalogue';
import { DomainInputError } from '../errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of a UTC calendar date `YYYY-MM-DD`; throws `DomainInputError` naming `input`. */
export function isoDateToDay(value: unknown, input: string): number {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) throw new DomainInputError(input, value, 'must be a date YYYY-MM-DD');
  const day = parseDay(value);
  if (day === undefined) throw new DomainInputError(input, value, 'is not a calendar date');
  return day;
}
