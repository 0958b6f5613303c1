import type { AnchorInput, DateCandidate } from './anchor';
import { PROSPECT_INPUTS, rawDates, toCandidate } from './anchor';
import type { RetentionCategory } from './category';
import { retentionCategory } from './category';
import type { DayOf } from './dates';
import { retentionDeadline } from './dates';
import type { RetentionInput } from './input';

/** A date the plan did not use, and why. */
export interface IgnoredDate {
  readonly input: AnchorInput;
  readonly value: string;
  readonly vehicleId?: string;
  /**
   * `invalid`: not a date; `future`: after today; `notForProspects`: only a customer's clock uses it;
   * `implausible`: a sale or a contract end too far ahead to be anything but a typo (the record goes to review).
   */
  readonly reason: 'invalid' | 'future' | 'notForProspects' | 'implausible';
}

export interface ClassifiedDates {
  readonly category: RetentionCategory;
  /** Dates that may anchor the clock of this category. */
  readonly anchors: readonly DateCandidate[];
  readonly ignored: readonly IgnoredDate[];
}

/**
 * Inputs that record a sale: a won opportunity, a vehicle's purchase (the person's or their company's). Dated after
 * today they are a sale signed but not yet delivered: EspoCRM's `closeDate` is the expected close date, and a deal is
 * marked Closed Won before it; a car sold today is delivered next month.
 */
const SALE_INPUTS: ReadonlySet<AnchorInput> = new Set<AnchorInput>(['wonOpportunities', 'vehicles.purchaseDate', 'accountWonOpportunities', 'accountVehicles.purchaseDate']);

/**
 * Contract ends: a vehicle's financing end and manufacturer warranty end. A customer's contract runs until then, so
 * does the relationship: dated after today they anchor on their own day. Like every customer date, a prospect's are
 * not used (the vehicle may have been bought elsewhere: targeting data).
 */
const CONTRACT_END_INPUTS: ReadonlySet<AnchorInput> = new Set<AnchorInput>([
  'vehicles.financingEndDate', 'accountVehicles.financingEndDate', 'vehicles.warrantyEndDate', 'accountVehicles.warrantyEndDate',
]);

const WON_OPPORTUNITY_INPUTS: ReadonlySet<AnchorInput> = new Set<AnchorInput>(['wonOpportunities', 'accountWonOpportunities']);

const WARRANTY_END_INPUTS: ReadonlySet<AnchorInput> = new Set<AnchorInput>(['vehicles.warrantyEndDate', 'accountVehicles.warrantyEndDate']);

/**
 * How far ahead a date may be and still be believed. No car is delivered two years after the sale, and no loan or
 * lease runs ten years (credit and LLD stop at 7). Manufacturer warranties run longer: extended with each service at
 * the brand's network, some reach 10 years, their hybrid battery's 15. A sale dated 2062 for 2026, or a financing
 * end of 2099, is a typo that would keep the person for decades: it is set aside and the record goes to a person
 * (`RET_IMPLAUSIBLE_DATE`), never kept silently, never erased on a guess.
 */
export const MAX_MONTHS_AHEAD = { sale: 24, financingEnd: 120, warrantyEnd: 180 } as const;

function ignore(candidate: { input: AnchorInput; value: string; vehicleId?: string }, reason: IgnoredDate['reason']): IgnoredDate {
  const { input, value, vehicleId } = candidate;
  return vehicleId === undefined ? { input, value, reason } : { input, value, vehicleId, reason };
}

/**
 * Sorts the record's dates into those that can anchor the clock and those ignored. A datetime counts as its day
 * where the dealership is (`dayOf`). Dates after `today`:
 * - an activity (creation, contact, e-mail, call, meeting, workshop visit) cannot have happened yet: ignored as
 *   `future`, so a typo never extends retention;
 * - a sale (a won opportunity, a vehicle's purchase) is signed and not yet delivered: it makes a customer and
 *   counts as `today`, the latest day the sale can have been made. The deadline it sets is then the policy's
 *   duration from today, never from a day still to come: a date in the future does not extend retention beyond
 *   what the référentiel allows as of the run (each later run counts its own today while the date is ahead);
 * - a customer's financing end or manufacturer warranty end anchors on that day: the contract runs until then, so
 *   does the relationship;
 * - a sale, or a customer's contract end, further ahead than `MAX_MONTHS_AHEAD` is ignored as `implausible`.
 */
export function classifyDates(input: RetentionInput, today: string, dayOf: DayOf): ClassifiedDates {
  const ignored: IgnoredDate[] = [];
  const past: DateCandidate[] = [];
  const pendingSales: DateCandidate[] = [];
  const futureContractEnds: DateCandidate[] = [];
  const farContractEnds: DateCandidate[] = [];
  // Won opportunities dated too far ahead: set aside, but won all the same (one makes a customer, whatever its date;
  // a vehicle's purchase does not: typed right, it may be a past one, which alone makes no customer).
  const implausibleSales: DateCandidate[] = [];
  const lastSaleDay = retentionDeadline(today, MAX_MONTHS_AHEAD.sale);
  const lastFinancingEnd = retentionDeadline(today, MAX_MONTHS_AHEAD.financingEnd);
  const lastWarrantyEnd = retentionDeadline(today, MAX_MONTHS_AHEAD.warrantyEnd);
  for (const raw of rawDates(input)) {
    const candidate = toCandidate(raw, dayOf);
    if (candidate === undefined) ignored.push(ignore(raw, 'invalid'));
    else if (candidate.date <= today) past.push(candidate);
    else if (SALE_INPUTS.has(candidate.input)) {
      if (candidate.date > lastSaleDay) {
        ignored.push(ignore(candidate, 'implausible'));
        if (WON_OPPORTUNITY_INPUTS.has(candidate.input)) implausibleSales.push(candidate);
      }
      else pendingSales.push({ ...candidate, date: today });
    } else if (CONTRACT_END_INPUTS.has(candidate.input)) {
      if (candidate.date > (WARRANTY_END_INPUTS.has(candidate.input) ? lastWarrantyEnd : lastFinancingEnd)) farContractEnds.push(candidate);
      else futureContractEnds.push(candidate);
    } else ignored.push(ignore(candidate, 'future'));
  }
  const category = retentionCategory(input, past, [...pendingSales, ...implausibleSales]);
  if (category === 'customer') {
    return { category, anchors: [...past, ...pendingSales, ...futureContractEnds], ignored: [...ignored, ...farContractEnds.map((c) => ignore(c, 'implausible'))] };
  }
  // A prospect's contract ends never count, however far ahead: no typo there can extend retention.
  const anchors = past.filter((c) => PROSPECT_INPUTS.has(c.input));
  const notForProspects = [...past, ...futureContractEnds, ...farContractEnds].filter((c) => !PROSPECT_INPUTS.has(c.input));
  return { category, anchors, ignored: [...ignored, ...notForProspects.map((c) => ignore(c, 'notForProspects'))] };
}
