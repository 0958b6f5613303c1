/** A private customer: the contact (no account), its one to three vehicles and its purchases here. */
import type { PurchaseTypeCode } from '../../core/catalogue';
import { makeB2cProfile } from './b2c';
import type { Bundle, SampleRecord } from './bundle';
import { RNG_STREAM } from './bundle';
import { pickCommune } from './contact-info';
import { departementOf } from './data/places';
import { espoId } from './ids';
import type { OpportunityRecord } from './opportunity';
import { saleOpportunity, serviceOpportunity } from './opportunity';
import { birthDateFor, privateIdentity } from './person';
import { recordRng } from './prng';
import type { History } from './relationship';
import { makeRelationship } from './relationship';
import type { VehicleFacts } from './vehicle';
import { makeVehicle } from './vehicle';

export interface ParticulierArgs {
  readonly seed: number;
  /** Ordinal among private customers (drives the random stream). */
  readonly index: number;
  /** Index of the contact in contacts.csv (drives its id). */
  readonly contactIndex: number;
  readonly asOf: string;
}

function historyOf(vehicles: readonly VehicleFacts[], opportunities: readonly OpportunityRecord[]): History {
  const byDate = [...vehicles].sort((a, b) => (a.purchaseDate < b.purchaseDate ? 1 : -1));
  const buyerType: PurchaseTypeCode | null = byDate[0]?.purchaseType ?? null;
  return {
    purchases: opportunities.map((o) => String(o.closeDate)),
    workshopVisits: vehicles.map((v) => v.record.lastWorkshopVisitAt).filter((d): d is string => typeof d === 'string'),
    buyerType,
    earliest: byDate[byDate.length - 1]?.purchaseDate ?? null,
  };
}

export function makeParticulierBundle(args: ParticulierArgs): Bundle {
  const rng = recordRng(args.seed, RNG_STREAM.particulier, args.index);
  const id = espoId('Contact', args.contactIndex, args.seed);
  const commune = pickCommune(rng);
  const identity = privateIdentity(rng, commune, birthDateFor(rng, args.asOf, [19, 90], 52));
  const customer = rng.chance(0.65);
  const owner = { kind: 'particulier', vulShare: 0, trucks: false, departement: departementOf(commune.postalCode), serviced: customer } as const;
  const vehicles = Array.from({ length: rng.weighted([[0, 4], [1, 42], [2, 40], [3, 14]]) }, () => makeVehicle(rng, owner, args.asOf));
  const buyer = { accountId: null, contactId: id };
  const opportunities: OpportunityRecord[] = [];
  for (const v of vehicles) {
    if (customer && rng.chance(0.75)) opportunities.push(saleOpportunity(rng, v, buyer));
    const visit = v.record.lastWorkshopVisitAt;
    if (typeof visit === 'string' && rng.chance(0.35)) opportunities.push(serviceOpportunity(rng, visit, buyer));
  }
  const contact: SampleRecord = {
    id,
    accountId: null,
    ...identity.record,
    autoCibleCustomerKind: 'PARTICULIER',
    autoCibleRole: null,
    autoCibleBuyingRole: null,
    ...makeB2cProfile(rng, { birthDate: identity.birthDate, asOf: args.asOf, commune, gender: identity.name.gender }),
    ...makeRelationship(rng, { professional: false, history: historyOf(vehicles, opportunities), asOf: args.asOf, lead: false }),
  };
  return {
    accounts: [],
    contacts: [contact],
    leads: [],
    vehicles: vehicles.map((v) => ({ ...v.record, accountId: null, contactId: id })),
    opportunities,
  };
}
