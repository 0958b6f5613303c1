/**
 * `score --since`: a day (midnight in the dealership's time zone), a date-time on the dealership's wall clock, or an
 * instant with its offset (`Z`, `+02:00`). Anything else is refused, a day that does not exist (`2025-02-30`) and a
 * loose form (`2025-2-3`) among them: JavaScript's own parser would roll the first over to 2 March and read the
 * second in the machine's time zone, and the run would quietly take the wrong watermark.
 */
import { isIsoDate } from '../../../core/catalogue';
import { instantIn, midnightIn } from './dealer-day';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/u;

/** The instant `value` names, or undefined when it is none of the accepted forms. */
export function parseSinceValue(value: string, timeZone: string): Date | undefined {
  if (isIsoDate(value)) return midnightIn(timeZone, value);
  const match = DATE_TIME.exec(value);
  if (match === null) return undefined;
  const [, day = '', hh = '', mm = '', ss = '00', , offset] = match;
  const time = [Number(hh), Number(mm), Number(ss)] as const;
  if (!isIsoDate(day) || time[0] > 23 || time[1] > 59 || time[2] > 59) return undefined;
  if (offset === undefined) return instantIn(timeZone, day, time);
  const at = new Date(value.replace(' ', 'T'));
  return Number.isNaN(at.getTime()) ? undefined : at;
}
