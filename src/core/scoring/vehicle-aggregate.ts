import { ENERGY_FAMILY, FINANCING_MODE, VEHICLE_BRAND, VEHICLE_CATEGORY } from '../catalogue';
import { orderedCodes } from './codes';
import { wholeMonthsBetween } from '../catalogue';
import type { FactSink } from './facts-vector';
import type { VehicleFacts } from './vehicle-facts';

// domain.md §1.4: LOA and LLD for people, crédit-bail as the professional LOA; loans are credits.
export const LEASE_MODES: ReadonlySet<string> = new Set(['LOA', 'LLD', 'CREDIT_BAIL']);
export const LOAN_MODES: ReadonlySet<string> = new Set(['CREDIT_AFFECTE', 'CREDIT_CLASSIQUE']);

/** When a vehicle is due for renewal: age or mileage, whichever comes first (domain.md §1.5). */
export interface RenewalPolicy {
  readonly months: number;
  readonly km: number;
}

function minOf(values: readonly (number | null)[], from: number): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && v >= from && (best === null || v < best)) best = v;
  return best;
}

function maxOf(values: readonly (number | null)[], upTo: number): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && v <= upTo && (best === null || v > best)) best = v;
  return best;
}

function setAges(facts: FactSink, vehicles: readonly VehicleFacts[], today: number): void {
  const mecs = vehicles.map((v) => v.mecDay);
  const ages = vehicles.flatMap((v) => (v.ageMonths === null ? [] : [v.ageMonths]));
  facts.set('oldestVehicleMecDate', minOf(mecs, -Infinity));
  facts.set('newestVehicleMecDate', maxOf(mecs, today));
  facts.set('oldestVehicleAgeMonths', ages.length === 0 ? null : ages.reduce((a, b) => Math.max(a, b)));
  facts.set('newestVehicleAgeMonths', ages.length === 0 ? null : ages.reduce((a, b) => Math.min(a, b)));
  facts.set('averageVehicleAgeMonths', ages.length === 0 ? null : ages.reduce((a, b) => a + b, 0) / ages.length);
  const mileages = vehicles.map((v) => v.mileage);
  facts.set('maxVehicleMileage', maxOf(mileages, Infinity));
}

function setRenewal(facts: FactSink, vehicles: readonly VehicleFacts[], policy: RenewalPolicy): void {
  const known = vehicles.filter((v) => v.ageMonths !== null || v.mileage !== null);
  const due = known.filter((v) => (v.ageMonths ?? 0) >= policy.months || (v.mileage ?? 0) >= policy.km).length;
  facts.set('vehiclesDueForRenewal', known.length === 0 ? null : due);
  facts.set('renewalDueSharePercent', known.length === 0 ? null : (100 * due) / known.length);
}

function setUpcoming(facts: FactSink, vehicles: readonly VehicleFacts[], today: number): void {
  const ct = minOf(vehicles.map((v) => v.ctDueDay), today);
  facts.set('nextCtDueDate', ct);
  facts.set('daysToNextCt', ct === null ? null : ct - today);
  const warranty = minOf(vehicles.map((v) => v.warrantyEndDay), today);
  facts.set('nextWarrantyEndDate', warranty);
  facts.set('daysToWarrantyEnd', warranty === null ? null : warranty - today);
  const purchase = maxOf(vehicles.map((v) => v.purchaseDay), today);
  facts.set('lastPurchaseDate', purchase);
  facts.set('monthsSinceLastPurchase', purchase === null ? null : wholeMonthsBetween(purchase, today));
}

function setContractEnd(facts: FactSink, vehicles: readonly VehicleFacts[], today: number, prefix: string, modes?: ReadonlySet<string>): void {
  const ends = vehicles.map((v) => (modes === undefined || (v.financingMode !== null && modes.has(v.financingMode)) ? v.financingEndDay : null));
  const end = minOf(ends, today);
  facts.set(`next${prefix}EndDate`, end);
  facts.set(`monthsTo${prefix}End`, end === null ? null : wholeMonthsBetween(today, end));
}

function setFinancing(facts: FactSink, vehicles: readonly VehicleFacts[], today: number): void {
  setContractEnd(facts, vehicles, today, 'Financing');
  setContractEnd(facts, vehicles, today, 'Lease', LEASE_MODES);
  setContractEnd(facts, vehicles, today, 'Loan', LOAN_MODES);
  const next = facts.get('nextFinancingEndDate');
  facts.set('nextFinancingEndMode', next === null ? null : (vehicles.find((v) => v.financingEndDay === next)?.financingMode ?? null));
}

/** Sets the vehicle facts aggregated over the owner's vehicles (min, max, counts, sets). */
export function setVehicleFacts(facts: FactSink, vehicles: readonly VehicleFacts[], today: number, policy: RenewalPolicy): void {
  facts.set('vehicleCount', vehicles.length);
  facts.set('vehicleCategories', orderedCodes(vehicles.map((v) => v.category), VEHICLE_CATEGORY));
  facts.set('vehicleBrands', orderedCodes(vehicles.map((v) => v.brand), VEHICLE_BRAND));
  facts.set('vehicleEnergyFamilies', orderedCodes(vehicles.map((v) => v.energyFamily), ENERGY_FAMILY));
  facts.set('vehicleFinancingModes', orderedCodes(vehicles.map((v) => v.financingMode), FINANCING_MODE));
  setAges(facts, vehicles, today);
  setRenewal(facts, vehicles, policy);
  setUpcoming(facts, vehicles, today);
  setFinancing(facts, vehicles, today);
}
