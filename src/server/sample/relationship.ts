/**
 * The relationship part of a person record, derived from what the person did: funnel stage from
 * purchases and workshop visits, last inbound contact, consents, creation and modification dates.
 */
import type { InboundContactSourceCode, LifecycleStageCode, PurchaseTypeCode } from '../../core/catalogue';
import { makeConsents } from './consent';
import { addDays, dateBetween, maxDate, workingDateTime } from './dates';
import type { Rng } from './prng';

/** The dealership's CRM went live on this date: no record was created before. */
export const CRM_START = '2014-01-06';

export interface History {
  /** Close dates of won opportunities (purchases at this dealership). */
  readonly purchases: readonly string[];
  readonly workshopVisits: readonly string[];
  /** Purchase type of the most recently bought vehicle, if any. */
  readonly buyerType: PurchaseTypeCode | null;
  /** First known event (a vehicle purchase, even elsewhere). */
  readonly earliest: string | null;
}

export const NO_HISTORY: History = { purchases: [], workshopVisits: [], buyerType: null, earliest: null };

function latest(dates: readonly string[]): string | null {
  return dates.reduce<string | null>((acc, d) => (acc === null || d > acc ? d : acc), null);
}

/** Customer while a purchase or a workshop visit is less than 3 years old (CNIL: 3 years after the relationship). */
export function lifecycleStage(rng: Rng, history: History, asOf: string): LifecycleStageCode {
  const lastActivity = latest([...history.purchases, ...history.workshopVisits]);
  if (lastActivity !== null && lastActivity >= addDays(asOf, -3 * 365)) return history.purchases.length > 0 || rng.chance(0.7) ? 'CLIENT' : 'PROSPECT';
  if (history.purchases.length > 0) return 'ANCIEN_CLIENT';
  return rng.weighted<LifecycleStageCode>([['PROSPECT', 60], ['SUSPECT', 40]]);
}

function createdOn(rng: Rng, history: History, asOf: string, lead: boolean): string {
  if (lead) return dateBetween(rng, addDays(asOf, -4 * 365), asOf);
  if (history.earliest !== null) return maxDate(CRM_START, addDays(history.earliest, -rng.int(0, 30)));
  return dateBetween(rng, CRM_START, asOf);
}

const INBOUND: readonly (readonly [InboundContactSourceCode, number])[] = [
  ['FORMULAIRE_WEB', 25], ['EMAIL', 15], ['APPEL_ENTRANT', 20], ['VISITE_SHOWROOM', 20], ['SALON', 5], ['RESEAUX_SOCIAUX', 5], ['AUTRE', 2],
];

/** EspoCRM createdAt / modifiedAt, the second never before the first. */
export function timestamps(rng: Rng, created: string, modified: string): { createdAt: string; modifiedAt: string } {
  const createdAt = workingDateTime(rng, created);
  return { createdAt, modifiedAt: modified > created ? workingDateTime(rng, modified) : createdAt };
}

export interface RelationshipArgs {
  readonly professional: boolean;
  readonly history: History;
  readonly asOf: string;
  readonly lead: boolean;
}

export function makeRelationship(rng: Rng, args: RelationshipArgs): Record<string, unknown> {
  const { history, asOf } = args;
  const stage = args.lead ? rng.weighted<LifecycleStageCode>([['SUSPECT', 55], ['PROSPECT', 45]]) : lifecycleStage(rng, history, asOf);
  const created = createdOn(rng, history, asOf, args.lead);
  const inbound = rng.chance(0.7) ? dateBetween(rng, maxDate(created, addDays(asOf, -5 * 365)), asOf) : null;
  const source = history.workshopVisits.length > 0 && rng.chance(0.3) ? 'ATELIER' : rng.weighted(INBOUND);
  const consents = makeConsents(rng, { professional: args.professional, customer: history.purchases.length > 0, from: created, to: asOf });
  const lastVisit = latest(history.workshopVisits);
  const hold = rng.chance(0.003);
  const modified = latest([created, inbound ?? created, lastVisit ?? created, ...Object.keys(consents).filter((k) => k.endsWith('Date')).map((k) => consents[k] ?? created)]) ?? created;
  return {
    autoCibleLifecycleStage: stage,
    autoCibleBuyerType: history.buyerType,
    autoCibleLastInboundContactAt: inbound,
    autoCibleLastInboundContactSource: inbound === null ? null : source,
    autoCibleLastWorkshopVisitAt: lastVisit,
    ...consents,
    doNotCall: consents.autoCibleConsentPhoneStatus === 'OPT_OUT',
    emailAddressIsOptedOut: consents.autoCibleConsentEmailStatus === 'OPT_OUT',
    phoneNumberIsOptedOut: consents.autoCibleConsentPhoneStatus === 'OPT_OUT',
    autoCibleLegalHold: hold,
    autoCibleLegalHoldReason: hold ? `Litige en cours – dossier ${created.slice(0, 4)}-${rng.digits(4)}` : null,
    ...timestamps(rng, created, modified),
  };
}
