/**
 * Purchase history as EspoCRM won opportunities (stage `Closed Won`): one per vehicle sold by the
 * dealership, plus service contracts and workshop jobs invoiced as opportunities.
 */
import { addDays, workingDateTime } from './dates';
import type { Rng } from './prng';
import type { VehicleFacts } from './vehicle';

export type OpportunityRecord = Record<string, string | number | null>;

export interface Buyer {
  readonly accountId: string | null;
  readonly contactId: string | null;
}

const PURCHASE_LABEL: Readonly<Record<string, string>> = {
  VN: 'Vente VN', VD: 'Vente VD', VO0KM: 'Vente VO 0 km', VOR: 'Vente VOR', VO: 'Vente VO',
};

const SERVICES: readonly (readonly [string, number, number])[] = [
  ['Contrat d’entretien 36 mois', 600, 1500],
  ['Révision et kit distribution', 450, 1100],
  ['Pneumatiques et géométrie', 300, 900],
  ['Carrosserie et peinture', 500, 2500],
  ['Extension de garantie 24 mois', 400, 900],
];

function won(rng: Rng, name: string, amount: number, closeDate: string, buyer: Buyer): OpportunityRecord {
  return {
    name,
    accountId: buyer.accountId,
    contactId: buyer.contactId,
    stage: 'Closed Won',
    amount,
    closeDate,
    createdAt: workingDateTime(rng, addDays(closeDate, -rng.int(3, 60))),
    modifiedAt: workingDateTime(rng, closeDate),
  };
}

/** The sale of a vehicle bought at this dealership. */
export function saleOpportunity(rng: Rng, vehicle: VehicleFacts, buyer: Buyer): OpportunityRecord {
  const name = `${PURCHASE_LABEL[vehicle.purchaseType] ?? 'Vente'} ${vehicle.brandLabel} ${vehicle.model}`;
  return won(rng, name, vehicle.price, vehicle.purchaseDate, buyer);
}

/** A service job invoiced on `date` (a workshop visit or the delivery of the vehicle). */
export function serviceOpportunity(rng: Rng, date: string, buyer: Buyer): OpportunityRecord {
  const [name, min, max] = rng.pick(SERVICES);
  return won(rng, name, Math.round(rng.int(min, max) / 10) * 10, date, buyer);
}
