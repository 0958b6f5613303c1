/**
 * Calendar dates as day numbers (whole days since 1970-01-01, UTC): the form dates take inside the
 * scoring and VMC cores, where comparing two integers is what keeps millions of records a second
 * possible. Month arithmetic follows `iso-date.ts`: a day that does not exist in the target month
 * becomes its last day.
 */
import { daysInMonth } from './iso-date';
import type { CalendarDate } from './iso-date';

/** Day number of a proleptic Gregorian date (H. Hinnant, `days_from_civil`). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `dayFromCivil` (H. Hinnant, `civil_from_days`). */
export function civilFromDay(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Day number of `YYYY-MM-DD`, also accepting a datetime that starts with one (`2024-03-01 10:00:00`,
 * `2024-03-01T10:00:00Z`: the UTC calendar day); `undefined` for anything else, including `2023-02-29`.
 */
export function parseDay(text: string): number | undefined {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  if (text.length > 10 && text[10] !== ' ' && text[10] !== 'T') return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

/** `YYYY-MM-DD` of a day number. */
export function isoFromDay(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** `day` plus `months` (may be negative), clamped to the end of the target month. */
export function addMonthsToDay(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Whole months from `from` to `to` (`to` on or after `from`), with the rule of `monthsBetween` in
 * `iso-date.ts`: a month is complete on the same day, or on the last day of a shorter month.
 */
export function wholeMonthsBetween(from: number, to: number): number {
  const a = civilFromDay(from);
  const b = civilFromDay(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return addMonthsToDay(from, months) > to ? months - 1 : months;
}
