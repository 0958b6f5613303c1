/**
 * The dealership's calendar: the time zone `serve` runs in (`serve.timezone` of the configuration file, Europe/Paris
 * by default), so that a `score` run by hand takes the same "today" as the scheduled ones. On a server kept in UTC,
 * the machine's own day would be yesterday between midnight and 01:00 or 02:00 in Paris: the two would rewrite each
 * other's scores, and `serve` would not resume a run interrupted then (its checkpoint is for another day).
 */
import { DEFAULT_TIME_ZONE } from '../../config/dealer-day';
import { dayIn, loadServeConfig } from '../../serve/config';

/** `serve.timezone`, or the default when the file has none (or a `serve` section `serve` itself would refuse). */
export function dealerTimeZone(options: { readonly env: NodeJS.ProcessEnv; readonly cwd: string; readonly configPath?: string | undefined }): string {
  try {
    return loadServeConfig(options).timezone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

export { dayIn };

/** Today (`YYYY-MM-DD`) in the dealership's time zone: the default `--today` of every command. */
export function dealerToday(ctx: { readonly env: NodeJS.ProcessEnv; readonly cwd: string }, configPath?: string, now: Date = new Date()): string {
  return dayIn(dealerTimeZone({ env: ctx.env, cwd: ctx.cwd, configPath }), now);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `at`, in milliseconds. */
function offsetMs(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/**
 * The instant the wall clock of `timeZone` reads `time` (`[hours, minutes, seconds]`) on `day` (`YYYY-MM-DD`). On
 * the night the clocks go back, a time read twice gives the first instant; on the night they go forward, a time
 * never read gives the instant an hour before it: `--since` is a lower bound, and an earlier one skips nothing.
 */
export function instantIn(timeZone: string, day: string, time: readonly [number, number, number] = [0, 0, 0]): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const utcWall = Date.UTC(year, month - 1, date, time[0], time[1], time[2]);
  // The zone's offsets a day before and a day after: any change of offset near that time lies between them.
  const candidates = [utcWall - DAY_MS, utcWall + DAY_MS].map((around) => utcWall - offsetMs(timeZone, new Date(around)));
  const reads = candidates.filter((at) => at + offsetMs(timeZone, new Date(at)) === utcWall);
  return new Date(Math.min(...(reads.length > 0 ? reads : candidates)));
}

/** The instant `day` (`YYYY-MM-DD`) starts in `timeZone`: `--since 2026-06-01` is midnight in Paris, not in UTC. */
export function midnightIn(timeZone: string, day: string): Date {
  return instantIn(timeZone, day);
}
