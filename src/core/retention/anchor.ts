import type { RetentionAnchorSourceCode } from '../catalogue';
import type { DayOf } from './dates';
import { calendarDay } from './dates';
import type { RetentionInput, RetentionVehicle } from './input';

/** The input a date was read from, so the plan can say where its anchor came from. */
export type AnchorInput =
  | 'createdAt'
  | 'lastInboundContactAt'
  | 'inboundEmails'
  | 'heldInboundCalls'
  | 'heldMeetings'
  | 'lastWorkshopVisitAt'
  | 'wonOpportunities'
  | 'vehicles.purchaseDate'
  | 'vehicles.financingEndDate'
  | 'vehicles.warrantyEndDate'
  | 'vehicles.lastWorkshopVisitAt'
  | 'accountWonOpportunities'
  | 'accountVehicles.purchaseDate'
  | 'accountVehicles.financingEndDate'
  | 'accountVehicles.warrantyEndDate'
  | 'accountVehicles.lastWorkshopVisitAt';

/**
 * Each input's `retentionAnchorSource` code, in tie-break order: on equal dates the first one names the anchor (the
 * person's own purchase before their company's).
 */
const SOURCE_OF: Readonly<Record<AnchorInput, RetentionAnchorSourceCode>> = {
  'vehicles.financingEndDate': 'FINANCING_END',
  'accountVehicles.financingEndDate': 'FINANCING_END',
  'vehicles.warrantyEndDate': 'WARRANTY_END',
  'accountVehicles.warrantyEndDate': 'WARRANTY_END',
  wonOpportunities: 'PURCHASE',
  'vehicles.purchaseDate': 'PURCHASE',
  accountWonOpportunities: 'PURCHASE',
  'accountVehicles.purchaseDate': 'PURCHASE',
  lastWorkshopVisitAt: 'WORKSHOP_VISIT',
  'vehicles.lastWorkshopVisitAt': 'WORKSHOP_VISIT',
  'accountVehicles.lastWorkshopVisitAt': 'WORKSHOP_VISIT',
  lastInboundContactAt: 'INBOUND_CONTACT',
  inboundEmails: 'INBOUND_CONTACT',
  heldInboundCalls: 'INBOUND_CONTACT',
  heldMeetings: 'INBOUND_CONTACT',
  createdAt: 'COLLECTION',
};
const PRIORITY = Object.keys(SOURCE_OF);

/** Inputs that move a prospect's clock: collection and contacts that came from the person. */
export const PROSPECT_INPUTS: ReadonlySet<AnchorInput> = new Set<AnchorInput>([
  'createdAt',
  'lastInboundContactAt',
  'inboundEmails',
  'heldInboundCalls',
  'heldMeetings',
]);

/** A date found in the input. */
export interface RawDate {
  readonly input: AnchorInput;
  readonly value: string;
  readonly vehicleId?: string;
}

/** A usable date: `date` is its calendar day. */
export interface DateCandidate extends RawDate {
  readonly source: RetentionAnchorSourceCode;
  readonly date: string;
}

/** Every non-empty date of the record, tagged with its input. */
export function rawDates(input: RetentionInput): readonly RawDate[] {
  const one = (inputName: AnchorInput, value: string | null | undefined): RawDate[] =>
    value === null || value === undefined || value === '' ? [] : [{ input: inputName, value }];
  const many = (inputName: AnchorInput, values: readonly string[] | undefined): RawDate[] =>
    (values ?? []).flatMap((value) => one(inputName, value));
  const vehicles = (list: readonly RetentionVehicle[] | undefined, prefix: 'vehicles' | 'accountVehicles'): RawDate[] => (list ?? []).flatMap((vehicle) => {
    const tag = (raw: RawDate): RawDate => (vehicle.id === undefined ? raw : { ...raw, vehicleId: vehicle.id });
    return [
      ...one(`${prefix}.purchaseDate`, vehicle.purchaseDate),
      ...one(`${prefix}.financingEndDate`, vehicle.financingEndDate),
      ...one(`${prefix}.warrantyEndDate`, vehicle.warrantyEndDate),
      ...one(`${prefix}.lastWorkshopVisitAt`, vehicle.lastWorkshopVisitAt),
    ].map(tag);
  });
  return [
    ...one('createdAt', input.createdAt),
    ...one('lastInboundContactAt', input.lastInboundContactAt),
    ...many('inboundEmails', input.inboundEmails),
    ...many('heldInboundCalls', input.heldInboundCalls),
    ...many('heldMeetings', input.heldMeetings),
    ...one('lastWorkshopVisitAt', input.lastWorkshopVisitAt),
    ...many('wonOpportunities', input.wonOpportunities),
    ...vehicles(input.vehicles, 'vehicles'),
    ...many('accountWonOpportunities', input.accountWonOpportunities),
    ...vehicles(input.accountVehicles, 'accountVehicles'),
  ];
}

/** The raw date as a candidate (a datetime counts as its day where the dealership is), or `undefined` when it is not a calendar day. */
export function toCandidate(raw: RawDate, dayOf: DayOf): DateCandidate | undefined {
  const date = calendarDay(raw.value, dayOf);
  return date === undefined ? undefined : { ...raw, source: SOURCE_OF[raw.input], date };
}

/** The latest candidate; on a tie, the most specific source (financing end, warranty end, purchase, workshop…). */
export function latestCandidate(candidates: readonly DateCandidate[]): DateCandidate | undefined {
  let best: DateCandidate | undefined;
  for (const candidate of candidates) {
    const later = best === undefined || candidate.date > best.date;
    const tieWins = best !== undefined && candidate.date === best.date && PRIORITY.indexOf(candidate.input) < PRIORITY.indexOf(best.input);
    if (later || tieWins) best = candidate;
  }
  return best;
}
