import { BUYING_ROLE, CONTACT_ROLE } from '../catalogue';
import type { EntityType } from '../catalogue';
import { orderedCodes } from './codes';
import { resolveCustomerKind } from './customer-kind';
import type { FactInput } from './fact-input';
import type { FactSink } from './facts-vector';
import { readCode, readDay } from './record-reader';
import type { RawRecord } from './record-reader';
import type { VehicleFacts } from './vehicle-facts';

/** The latest day on or before `today`: events dated after the scoring day have not happened yet. */
function latest(days: readonly (number | null)[], today: number): number | null {
  let best: number | null = null;
  for (const d of days) if (d !== null && d <= today && (best === null || d > best)) best = d;
  return best;
}

function people(input: FactInput): readonly (readonly [EntityType, RawRecord])[] {
  const contacts = (input.contacts ?? []).map((c) => ['Contact', c] as const);
  return input.entityType === 'Account' ? contacts : [[input.entityType, input.record], ...contacts];
}

function setInbound(facts: FactSink, persons: ReturnType<typeof people>, today: number): void {
  let day: number | null = null;
  let source: string | null = null;
  for (const [entityType, person] of persons) {
    const at = readDay(entityType, person, 'autoCibleLastInboundContactAt');
    if (at === null || at > today || (day !== null && at <= day)) continue;
    day = at;
    source = readCode(entityType, person, 'autoCibleLastInboundContactSource');
  }
  facts.set('lastInboundContactDate', day);
  facts.set('lastInboundContactSource', source);
  facts.set('daysSinceLastInboundContact', day === null ? null : today - day);
}

/** Customer kind, roles, and the latest inbound contact and workshop visit of the record and its people. */
export function setRelationshipFacts(facts: FactSink, input: FactInput, vehicles: readonly VehicleFacts[], today: number): void {
  const persons = people(input);
  facts.set('customerKind', resolveCustomerKind(input).kind);
  facts.set('contactRoles', orderedCodes(persons.map(([t, p]) => readCode(t, p, 'autoCibleRole')), CONTACT_ROLE));
  facts.set('buyingRoles', orderedCodes(persons.map(([t, p]) => readCode(t, p, 'autoCibleBuyingRole')), BUYING_ROLE));
  setInbound(facts, persons, today);
  const visits = [...persons.map(([t, p]) => readDay(t, p, 'autoCibleLastWorkshopVisitAt')), ...vehicles.map((v) => v.lastWorkshopDay)];
  const workshop = latest(visits, today);
  facts.set('lastWorkshopVisitDate', workshop);
  facts.set('daysSinceLastWorkshopVisit', workshop === null ? null : today - workshop);
}
