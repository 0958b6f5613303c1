import type { DecaySpec } from './model-schema';

/**
 * Points of a decaying rule by days elapsed since its event, as a lookup table built once per model:
 * `table[days]` for `days < table.length`, 0 after. Half-life: round(points × 0.5^(days / halfLife)),
 * so the result never exceeds `points` and never grows with time; window: `points` up to `windowDays`.
 */
export function decayTable(points: number, decay: DecaySpec): Int32Array {
  if ('windowDays' in decay) return new Int32Array(decay.windowDays + 1).fill(points);
  const length = Math.ceil(decay.halfLifeDays * Math.log2(2 * Math.max(1, points))) + 2;
  const table = new Int32Array(length);
  for (let days = 0; days < length; days += 1) table[days] = Math.round(points * 0.5 ** (days / decay.halfLifeDays));
  return table;
}

/** Decayed points `days` after the event; an event in the future counts as today. */
export function decayedPoints(table: Int32Array, points: number, days: number): number {
  if (days <= 0) return points;
  return days < table.length ? (table[days] ?? 0) : 0;
}
