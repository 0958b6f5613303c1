import { DomainInputError } from '../errors';
import { dayFromCivil, parseDay } from '../catalogue';

/** The scoring date: `YYYY-MM-DD` (a UTC calendar day) or a `Date` (its UTC day). Never read from a clock. */
export type Today = string | Date;

/** Day number of `today`; throws `DomainInputError` naming `today` when it is not a date. */
export function toDay(today: Today): number {
  if (typeof today === 'string') {
    const day = today.length === 10 ? parseDay(today) : undefined;
    if (day === undefined) throw new DomainInputError('today', today, 'expected a calendar date YYYY-MM-DD');
    return day;
  }
  if (Number.isNaN(today.getTime())) throw new DomainInputError('today', today, 'expected a valid Date');
  return dayFromCivil(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
}
