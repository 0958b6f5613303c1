/** UTC calendar-date arithmetic for the generator, on day numbers (days since 1970-01-01). */
import { dayFromCivil, isoFromDay } from '../../core/catalogue';
import type { Rng } from './prng';

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (the generator only handles dates it made, so valid ones). */
export function toDay(iso: string): number {
  return dayFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Inverse of {@link toDay}. */
export const fromDay: (day: number) => string = isoFromDay;

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** A uniform date between `from` and `to`, both included. */
export function dateBetween(rng: Rng, from: string, to: string): string {
  const a = toDay(from);
  const b = toDay(to);
  return fromDay(b <= a ? a : rng.int(a, b));
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Years (fractional) from `from` to `to`. */
export function yearsBetween(from: string, to: string): number {
  return (toDay(to) - toDay(from)) / 365.25;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** EspoCRM date-time (UTC `YYYY-MM-DD HH:mm:ss`) on `iso` at a working-hours time. */
export function workingDateTime(rng: Rng, iso: string): string {
  return `${iso} ${pad2(rng.int(7, 17))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}`;
}
