import { Cron } from 'croner';
import type { Schedule } from './config';

/** A started schedule; `stop()` cancels its future runs. */
export interface ScheduledRun {
  stop(): void;
}

/** Starts one timer per schedule; injectable so tests fire runs by hand. */
export type ScheduleFactory = (schedule: Schedule, timezone: string, fire: () => void) => ScheduledRun;

/** Croner (v9), in the dealership's time zone; the worker coalesces a run that is still waiting. */
export const cronSchedule: ScheduleFactory = (schedule, timezone, fire) => new Cron(schedule.cron, { timezone }, () => fire());

export function startSchedules(schedules: readonly Schedule[], timezone: string, factory: ScheduleFactory, fire: (schedule: Schedule) => void): ScheduledRun[] {
  return schedules.map((schedule) => factory(schedule, timezone, () => fire(schedule)));
}
