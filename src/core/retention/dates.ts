import { addMonthsIso, isIsoDate, parseIsoDate } from '../catalogue';

/**
 * The calendar day, where the dealership is, of an instant: the server passes one built on its time zone
 * (`serve.timezone`, Europe/Paris by default). The core itself knows no time zone.
 */
export type DayOf = (instant: Date) => string;

/** The day of an instant in UTC: what a plan counts when it is not given the dealership's `DayOf`. */
export const utcDayOf: DayOf = (instant) => instant.toISOString().slice(0, 10);

// What may follow the day in an EspoCRM datetime (`2024-03-05 14:30:00`, stored in UTC) or ISO UTC text.
const UTC_TIME = /^[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?$/;

/** The instant of a UTC time of day on `day`, or `undefined` when the time is out of range (`25:00`). */
function utcInstant(day: string, hours: number, minutes: number, seconds: number): Date | undefined {
  if (![hours, minutes, seconds].every(Number.isInteger) || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const { year, month, day: date } = parseIsoDate(day, 'date');
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to the 1900s.
  instant.setUTCFullYear(year, month - 1, date);
  instant.setUTCHours(hours, minutes, seconds);
  return instant;
}

/**
 * The calendar day of a date, or of a UTC datetime where the dealership is (`dayOf`: an e-mail sent at 23:30 UTC
 * on 5 March is dated 6 March in Paris); `undefined` when the text is neither (a datetime with another offset is
 * refused: its day would be ambiguous). A plain date is a day already: it is never shifted.
 */
export function calendarDay(value: string, dayOf: DayOf = utcDayOf): string | undefined {
  const day = value.slice(0, 10);
  if (!isIsoDate(day)) return undefined;
  const rest = value.slice(10);
  if (rest === '') return day;
  const time = UTC_TIME.exec(rest);
  if (time === null) return undefined;
  const instant = utcInstant(day, Number(time[1]), Number(time[2]), Number(time[3] ?? '0'));
  if (instant === undefined) return undefined;
  const local = dayOf(instant);
  return isIsoDate(local) ? local : undefined;
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
