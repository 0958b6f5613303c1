import type { AnchorInput, DateCandidate } from './anchor';
import { PROSPECT_INPUTS, rawDates, toCandidate } from './anchor';
import type { RetentionCategory } from './category';
import { retentionCategory } from './category';
import type { RetentionInput } from './input';

/** A date the plan did not use, and why. */
export interface IgnoredDate {
  readonly input: AnchorInput;
  readonly value: string;
  readonly vehicleId?: string;
  /** `invalid`: not a date; `future`: after today; `notForProspects`: only a customer's clock uses it. */
  readonly reason: 'invalid' | 'future' | 'notForProspects';
}

export interface ClassifiedDates {
  readonly category: RetentionCategory;
  /** Dates that may anchor the clock of this category. */
  readonly anchors: readonly DateCandidate[];
  readonly ignored: readonly IgnoredDate[];
}

function ignore(candidate: { input: AnchorInput; value: string; vehicleId?: string }, reason: IgnoredDate['reason']): IgnoredDate {
  const { input, value, vehicleId } = candidate;
  return vehicleId === undefined ? { input, value, reason } : { input, value, vehicleId, reason };
}

/**
 * Sorts the record's dates into those that can anchor the clock and those ignored. Dates after `today`
 * are ignored (an activity cannot have happened yet: a typo must not extend retention), except a
 * customer's financing end date: the relationship runs until the contract ends, so its clock starts then.
 */
export function classifyDates(input: RetentionInput, today: string): ClassifiedDates {
  const ignored: IgnoredDate[] = [];
  const past: DateCandidate[] = [];
  const futureFinancing: DateCandidate[] = [];
  for (const raw of rawDates(input)) {
    const candidate = toCandidate(raw);
    if (candidate === undefined) ignored.push(ignore(raw, 'invalid'));
    else if (candidate.date <= today) past.push(candidate);
    else if (candidate.input === 'vehicles.financingEndDate') futureFinancing.push(candidate);
    else ignored.push(ignore(candidate, 'future'));
  }
  const category = retentionCategory(input, past);
  if (category === 'customer') return { category, anchors: [...past, ...futureFinancing], ignored };
  const anchors = past.filter((c) => PROSPECT_INPUTS.has(c.input));
  const notForProspects = [...past, ...futureFinancing].filter((c) => !PROSPECT_INPUTS.has(c.input));
  return { category, anchors, ignored: [...ignored, ...notForProspects.map((c) => ignore(c, 'notForProspects'))] };
}
