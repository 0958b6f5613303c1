/**
 * The dealership's calendar: "today" and the day of an instant in its time zone (`serve.timezone`), for `serve`,
 * every command's default `--today` (cli/commands/dealer-day.ts) and the retention plan. EspoCRM stores datetimes
 * in UTC (platform §4.2): an e-mail sent at 00:30 in Paris is stored at 23:30 UTC the day before.
 */
import type { DayOf } from '../../core/retention';

/** `serve.timezone`'s default. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

// One function per time zone: building a formatter per date would cost more than the plan itself.
const BY_ZONE = new Map<string, DayOf>();

/** The day (`YYYY-MM-DD`) of an instant in `timeZone` (an IANA name; throws `RangeError` for an unknown one). */
export function dayOfIn(timeZone: string): DayOf {
  const known = BY_ZONE.get(timeZone);
  if (known !== undefined) return known;
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const dayOf: DayOf = (instant) => {
    const parts = format.formatToParts(instant);
    const part = (type: 'year' | 'month' | 'day'): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  };
  BY_ZONE.set(timeZone, dayOf);
  return dayOf;
}
