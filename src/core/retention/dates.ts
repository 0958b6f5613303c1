import { addMonthsIso, isIsoDate, parseIsoDate } from '../catalogue';

// What may follow the day in an EspoCRM datetime (`2024-03-05 14:30:00`, stored in UTC) or ISO UTC text.
const UTC_TIME = /^[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/;

/**
 * The calendar day of a date or a UTC datetime, or `undefined` when the text is neither (a datetime
 * with another offset is refused: its day would be ambiguous).
 */
export function calendarDay(value: string): string | undefined {
  const day = value.slice(0, 10);
  const rest = value.slice(10);
  if (!isIsoDate(day)) return undefined;
  return rest === '' || UTC_TIME.test(rest) ? day : undefined;
}

/** `isoDate` plus `days` (may be negative), on the calendar. */
export function addDaysIso(isoDate: string, days: number): string {
  const { year, month, day } = parseIsoDate(isoDate, 'date');
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to the 1900s.
  date.setUTCFullYear(year, month - 1, day + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The retention deadline: `months` calendar months after the anchor. An anchor on 29 February ends on
 * 28 February of a common year (the month end, never 1 March): of the two, the earlier is the one that
 * never keeps data longer than the policy says.
 */
export function retentionDeadline(anchorDate: string, months: number): string {
  return addMonthsIso(anchorDate, months);
}
