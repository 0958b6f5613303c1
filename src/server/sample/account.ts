/**
 * A business customer with its fleet: the account, the professional contacts the dealership knows
 * there, the fleet vehicles on file (some with their usual driver) and the won opportunities.
 */
import { fleetSizeBand } from '../../core/catalogue';
import type { Bundle, SampleRecord } from './bundle';
import { RNG_STREAM } from './bundle';
import type { Company } from './company';
import { makeCompany, skewed } from './company';
import { departementOf } from './data/places';
import { espoId } from './ids';
import { recordRng } from './prng';
import type { Rng } from './prng';
import { makeFleetContact } from './fleet-contact';
import type { Buyer, OpportunityRecord } from './opportunity';
import { saleOpportunity, serviceOpportunity } from './opportunity';
import type { History } from './relationship';
import { CRM_START, lifecycleStage, timestamps } from './relationship';
import type { VehicleFacts } from './vehicle';
import { makeVehicle } from './vehicle';

export interface AccountArgs {
  readonly seed: number;
  readonly index: number;
  readonly asOf: string;
  /** Index of this account's first contact in contacts.csv, and how many contacts may still be created. */
  readonly firstContact: number;
  readonly contactRoom: number;
}

interface FleetVehicle {
  readonly facts: VehicleFacts;
  readonly contactId: string | null;
}

function contactCount(rng: Rng, company: Company, room: number): number {
  const weights = company.profile.contacts.map((w, n) => [n, w] as const);
  return Math.min(room, rng.weighted(weights));
}

function fleetCounts(vehicles: readonly FleetVehicle[], declared: number): { vp: number; vul: number; other: number } {
  const known = { vp: 0, vul: 0, other: 0 };
  for (const v of vehicles) {
    const category = v.facts.record.category;
    if (category === 'VP') known.vp += 1;
    else if (category === 'VUL') known.vul += 1;
    else known.other += 1;
  }
  const light = known.vp + known.vul;
  const extra = Math.max(0, declared - vehicles.length);
  const vulShare = light === 0 ? 0.5 : known.vul / light;
  const extraVul = Math.round(extra * vulShare);
  return { vp: known.vp + extra - extraVul, vul: known.vul + extraVul, other: known.other };
}

function fleetRecord(rng: Rng, vehicles: readonly FleetVehicle[], declared: number): SampleRecord {
  const counts = fleetCounts(vehicles, declared);
  const size = counts.vp + counts.vul + counts.other;
  const distinct = <T>(values: readonly (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null))].sort();
  const modes = distinct(vehicles.map((v) => v.facts.record.financingMode as string | null));
  const leases = modes.includes('LLD') || modes.includes('CREDIT_BAIL');
  return {
    autoCibleFleetSize: size,
    autoCibleFleetSizeBand: fleetSizeBand(size),
    autoCibleFleetVpCount: counts.vp,
    autoCibleFleetVulCount: counts.vul,
    autoCibleFleetBrands: distinct(vehicles.map((v) => v.facts.record.brand as string)),
    autoCibleFinancingModes: modes,
    autoCibleFinancers: distinct(vehicles.map((v) => v.facts.record.financer as string | null)),
    autoCibleRenewalMonths: rng.chance(0.6) ? (leases ? rng.pick([36, 48, 48, 60]) : rng.pick([48, 60, 72, 96])) : null,
    autoCibleRenewalKm: rng.chance(0.6) ? rng.pick([100_000, 120_000, 120_000, 150_000]) : null,
  };
}

function history(opportunities: readonly OpportunityRecord[], vehicles: readonly FleetVehicle[]): History {
  const purchases = vehicles.map((v) => v.facts.purchaseDate);
  return {
    purchases: opportunities.map((o) => String(o.closeDate)),
    workshopVisits: vehicles.map((v) => v.facts.record.lastWorkshopVisitAt).filter((d): d is string => typeof d === 'string'),
    buyerType: null,
    earliest: purchases.length === 0 ? null : purchases.reduce((a, b) => (a < b ? a : b)),
  };
}

/** Vehicles sold to a customer company (most of its fleet) and the workshop jobs invoiced to it. */
function fleetOpportunities(rng: Rng, vehicles: readonly FleetVehicle[], buyer: Buyer, customer: boolean): OpportunityRecord[] {
  const opportunities: OpportunityRecord[] = [];
  for (const v of vehicles) {
    if (customer && rng.chance(0.7)) opportunities.push(saleOpportunity(rng, v.facts, buyer));
    const visit = v.facts.record.lastWorkshopVisitAt;
    if (typeof visit === 'string' && rng.chance(0.3)) opportunities.push(serviceOpportunity(rng, visit, buyer));
  }
  return opportunities;
}

export function makeAccountBundle(args: AccountArgs): Bundle {
  const rng = recordRng(args.seed, RNG_STREAM.account, args.index);
  const company = makeCompany(rng);
  const accountId = espoId('Account', args.index, args.seed);
  const contactIds = Array.from({ length: contactCount(rng, company, args.contactRoom) }, (_, i) => espoId('Contact', args.firstContact + i, args.seed));
  const known = skewed(rng, company.profile.known, 1.5);
  const declared = Math.max(known, skewed(rng, company.profile.fleet));
  const customer = rng.chance(0.5);
  const owner = {
    kind: 'fleet', vulShare: company.sector.vulShare, trucks: /^(49\.41A|53\.20Z|77\.12Z)$/.test(company.sector.naf),
    departement: departementOf(company.commune.postalCode), serviced: customer,
  } as const;
  const vehicles: FleetVehicle[] = Array.from({ length: known }, () => ({
    facts: makeVehicle(rng, owner, args.asOf),
    contactId: contactIds.length > 0 && rng.chance(0.4) ? rng.pick(contactIds) : null,
  }));
  const opportunities = fleetOpportunities(rng, vehicles, { accountId, contactId: contactIds[0] ?? null }, customer);
  const accountHistory = history(opportunities, vehicles);
  // A professional contact's funnel stage is the company's: the account is the customer.
  const contacts = contactIds.map((id, position) => makeFleetContact(rng, { id, accountId, company, position, asOf: args.asOf, history: accountHistory }));
  const created = accountHistory.earliest !== null && accountHistory.earliest > CRM_START ? accountHistory.earliest : CRM_START;
  const lastEvent = [...accountHistory.purchases, ...accountHistory.workshopVisits].reduce((a, b) => (a > b ? a : b), created);
  const account: SampleRecord = {
    id: accountId,
    ...company.record,
    autoCibleLifecycleStage: lifecycleStage(rng, accountHistory, args.asOf),
    ...fleetRecord(rng, vehicles, declared),
    ...timestamps(rng, created, lastEvent),
  };
  return {
    accounts: [account],
    contacts,
    leads: [],
    vehicles: vehicles.map((v) => ({ ...v.facts.record, accountId, contactId: v.contactId })),
    opportunities,
  };
}
