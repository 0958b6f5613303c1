import { addMonthsToDay } from '../../catalogue';
import { defineOperator } from './define';
import { boundNode, OP } from './node';
import type { OperatorDef, OperatorName } from './types';
import { period } from './values';

/**
 * The last day that is at least `months` whole months before `today`, with the month-end rule of
 * `monthsBetween` (31 January is one month before 29 February 2024, 29 February 2024 twelve months
 * before 28 February 2025), so `olderThanMonths` agrees with vehicle ages computed by the catalogue.
 */
export function lastDayMonthsBefore(today: number, months: number): number {
  let day = addMonthsToDay(today, -months);
  while (addMonthsToDay(day + 1, months) <= today) day += 1;
  return day;
}

type Window = (today: number, n: number) => readonly [number, number];

function dateWindow(name: OperatorName, unit: 'days' | 'months' | 'years', max: number, bounds: Window): OperatorDef {
  return defineOperator({
    name,
    factTypes: ['date'],
    value: period(max, unit),
    compile: (slot, n) => (today) => {
      const [from, to] = bounds(today, n);
      return from === -Infinity ? boundNode(OP.LE, slot, to) : boundNode(OP.RANGE, slot, from, to);
    },
  });
}

// Windows include both ends: "within the next 6 months" is today to today + 6 months (same day of
// the month, or its last day); "older than N" means at least N whole units ago, as ages are counted.
export const withinNextDays = dateWindow('withinNextDays', 'days', 36_500, (t, n) => [t, t + n]);
export const withinNextMonths = dateWindow('withinNextMonths', 'months', 1_200, (t, n) => [t, addMonthsToDay(t, n)]);
export const withinLastDays = dateWindow('withinLastDays', 'days', 36_500, (t, n) => [t - n, t]);
export const withinLastMonths = dateWindow('withinLastMonths', 'months', 1_200, (t, n) => [addMonthsToDay(t, -n), t]);
export const olderThanDays = dateWindow('olderThanDays', 'days', 36_500, (t, n) => [-Infinity, t - n]);
export const olderThanMonths = dateWindow('olderThanMonths', 'months', 1_200, (t, n) => [-Infinity, lastDayMonthsBefore(t, n)]);
export const olderThanYears = dateWindow('olderThanYears', 'years', 100, (t, n) => [-Infinity, lastDayMonthsBefore(t, 12 * n)]);
