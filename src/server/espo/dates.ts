import { DomainInputError } from '../../core/errors';

/**
 * EspoCRM stores dates as `YYYY-MM-DD` and datetimes as `YYYY-MM-DD HH:mm:ss` in UTC whatever the user's
 * time zone (§4.2, pitfall §8.7). These helpers convert exactly, and reject impossible values.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/u;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function assertValid(date: Date, input: string): void {
  if (Number.isNaN(date.getTime())) throw new DomainInputError(input, date, 'not a valid Date');
}

/** UTC calendar date of `date`. */
export function toEspoDate(date: Date): string {
  assertValid(date, 'date');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** UTC datetime of `date`, seconds precision (milliseconds are dropped, not rounded). */
export function toEspoDateTime(date: Date): string {
  assertValid(date, 'dateTime');
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${toEspoDate(date)} ${time}`;
}

function build(parts: readonly number[], input: string, value: string): Date {
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0] = parts;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, 0);
  const roundTrips = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1
    && date.getUTCDate() === day && date.getUTCHours() === hours && date.getUTCMinutes() === minutes
    && date.getUTCSeconds() === seconds;
  if (!roundTrips) throw new DomainInputError(input, value, 'not a real calendar date or time');
  return date;
}

/** `2026-02-28` → midnight UTC of that day. */
export function fromEspoDate(value: string): Date {
  const match = DATE.exec(value);
  if (match === null) throw new DomainInputError('date', value, 'expected YYYY-MM-DD');
  return build(match.slice(1).map(Number), 'date', value);
}

/** `2026-11-22 10:50:58` (UTC) → that instant. */
export function fromEspoDateTime(value: string): Date {
  const match = DATE_TIME.exec(value);
  if (match === null) throw new DomainInputError('dateTime', value, 'expected YYYY-MM-DD HH:mm:ss (UTC)');
  return build(match.slice(1).map(Number), 'dateTime', value);
}
