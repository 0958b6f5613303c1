/** UTC calendar-date arithmetic for the generator, on day numbers (days since 1970-01-01). */
import type { Rng } from './prng';

// Integer civil-calendar conversions (H. Hinnant, "chrono-compatible low-level date algorithms"):
// several times faster than going through Date, which matters when writing millions of rows.

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (proleptic Gregorian, UTC). */
export function toDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Inverse of {@link toDay}. */
export function fromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

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

/** EspoCRM date-time (UTC `YYYY-MM-DD HH:mm:ss`) on `iso` at a working-hours time. */
export function workingDateTime(rng: Rng, iso: string): string {
  return `${iso} ${pad2(rng.int(7, 17))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}`;
}
