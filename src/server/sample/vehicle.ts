/**
 * One vehicle of a private owner or of a company fleet: model available in its MEC year, an energy
 * mix that follows the French market over time, purchase type consistent with the vehicle's age,
 * mileage consistent with age and use, financing with the durations of domain.md §1.4.
 */
import type { PurchaseTypeCode, VehicleBrandCode } from '../../core/catalogue';
import { addMonthsIso, categoryFromGenre, energyFamilyFromCode, nextControleTechniqueDue, VEHICLE_BRAND } from '../../core/catalogue';
import { engineLabels, trims } from './data/engines';
import type { ModelDef } from './data/models';
import { MICROCARS, PASSENGER_CARS } from './data/models';
import { CAR_DERIVED_VANS, TRUCKS, VANS } from './data/utility-models';
import { addDays, dateBetween, maxDate, minDate, yearOf, yearsBetween } from './dates';
import { chooseMode, makeFinancing } from './financing';
import { CRM_START, timestamps } from './relationship';
import type { Rng } from './prng';
import { vehicleIdentity } from './vehicle-identity';

export interface VehicleOwner {
  readonly kind: 'particulier' | 'fleet';
  /** Share of light commercial vehicles in a fleet (0–1). */
  readonly vulShare: number;
  /** Haulage and parcel companies also run trucks. */
  readonly trucks: boolean;
  readonly departement: string;
  /**
   * True when the owner is a customer of the dealership's workshop: only then are visits (and the
   * mileage read there) known. Other vehicles come from a provider file (« fichier spécialiste »).
   */
  readonly serviced: boolean;
}

export type VehicleRecord = Record<string, string | number | null>;

type Body = 'car' | 'van' | 'derived' | 'microcar' | 'truck';

const BODIES: Readonly<Record<Body, readonly ModelDef[]>> = {
  car: PASSENGER_CARS, van: VANS, derived: CAR_DERIVED_VANS, microcar: MICROCARS, truck: TRUCKS,
};

const ENERGY_TREND: Readonly<Record<string, readonly number[]>> = {
  GO: [3, 2, 0.8, 0.2], ES: [1.5, 1.5, 1.5, 1], EH: [0.3, 0.5, 1.2, 2.5], EE: [0.02, 0.2, 0.6, 0.8],
  EL: [0.05, 0.2, 0.6, 1.5], EG: [0.5, 0.5, 1, 1], GN: [0.3, 0.3, 0.3, 0.3],
};

// Manufacturer warranty in months (24 for most makes; longer where the brand sells on it).
const WARRANTY_MONTHS: Partial<Record<VehicleBrandCode, number>> = { KIA: 84, MG: 84, HYUNDAI: 60, TESLA: 48, TOYOTA: 36, DACIA: 36 };

function chooseBody(rng: Rng, owner: VehicleOwner): Body {
  if (owner.kind === 'particulier') return rng.weighted<Body>([['car', 95], ['van', 4], ['microcar', 1]]);
  if (owner.trucks && rng.chance(0.15)) return 'truck';
  if (!rng.chance(owner.vulShare)) return 'car';
  return rng.chance(0.12) ? 'derived' : 'van';
}

function chooseAgeYears(rng: Rng, owner: VehicleOwner): number {
  if (owner.kind === 'fleet') return rng.next() * rng.weighted<number>([[4, 6], [8, 3], [12, 1]]);
  return Math.min(22, Math.abs(rng.normal(6.5, 4.5)));
}

function chooseModel(rng: Rng, body: Body, year: number): ModelDef {
  const candidates = BODIES[body].filter((m) => m.from <= year && year <= m.to);
  const pool = candidates.length > 0 ? candidates : BODIES[body];
  return rng.weighted(pool.map((m) => [m, m.weight] as const));
}

function chooseEnergy(rng: Rng, model: ModelDef, year: number): string {
  const era = year < 2015 ? 0 : year < 2019 ? 1 : year < 2022 ? 2 : 3;
  const offers = model.energies.filter((e) => e.from <= year);
  const pool = offers.length > 0 ? offers : model.energies;
  return rng.weighted(pool.map((e) => [e.code, e.weight * (ENERGY_TREND[e.code]?.[era] ?? 1)] as const));
}

function choosePurchaseType(rng: Rng, owner: VehicleOwner, ageYears: number): PurchaseTypeCode {
  if (owner.kind === 'fleet') return rng.weighted<PurchaseTypeCode>([['VN', 85], ['VD', 5], ['VO0KM', 5], ['VO', 5]]);
  if (ageYears < 1) return rng.weighted<PurchaseTypeCode>([['VN', 60], ['VO0KM', 10], ['VD', 10], ['VOR', 20]]);
  return rng.weighted<PurchaseTypeCode>([['VN', 30], ['VD', 5], ['VO0KM', 4], ['VOR', 11], ['VO', 50]]);
}

/** Days after MEC the buyer took delivery, per purchase type (domain.md §1.3). */
function purchaseDate(rng: Rng, type: PurchaseTypeCode, mecDate: string, asOf: string): string {
  const offsets: Readonly<Record<PurchaseTypeCode, readonly [number, number]>> = {
    VN: [0, 10], VO0KM: [15, 90], VD: [90, 365], VOR: [90, 365], VO: [400, 365 * 25],
  };
  const [from, to] = offsets[type];
  return minDate(asOf, dateBetween(rng, addDays(mecDate, from), minDate(asOf, addDays(mecDate, to))));
}

function priceAtPurchase(rng: Rng, model: ModelDef, type: PurchaseTypeCode, ageAtPurchase: number): number {
  const list = model.price * (0.9 + rng.next() * 0.35);
  const factor = type === 'VN' ? 1 : type === 'VO' ? Math.max(0.12, 0.85 ** ageAtPurchase) : type === 'VOR' ? 0.8 : 0.85;
  // Dealers price in steps of 500 € minus 10 (« 19 990 € »).
  return Math.max(490, Math.round((list * factor) / 500) * 500 - 10);
}

function yearlyKm(rng: Rng, owner: VehicleOwner, body: Body): number {
  if (body === 'truck') return Math.round(rng.normal(90_000, 15_000));
  if (owner.kind === 'particulier') return Math.round(Math.min(35_000, Math.max(3_000, rng.normal(12_500, 4_000))));
  return Math.round(Math.max(8_000, rng.normal(body === 'car' ? 25_000 : 20_000, 6_000)));
}

/**
 * Last workshop visit (within two years, at least a month after the purchase) and the date the
 * mileage was read: at that visit, else at the purchase, else unknown (provider data often lacks it).
 */
function workshopUsage(rng: Rng, owner: VehicleOwner, usedOverAYear: boolean, bought: string, asOf: string): { visit: string | null; mileageDate: string | null } {
  const firstVisit = maxDate(addDays(bought, 30), addDays(asOf, -730));
  const visit = owner.serviced && usedOverAYear && firstVisit <= asOf && rng.chance(0.8) ? dateBetween(rng, firstVisit, asOf) : null;
  const mileageDate = visit !== null ? visit : owner.serviced || rng.chance(0.4) ? bought : null;
  return { visit, mileageDate };
}

function brandLabelOf(brand: VehicleBrandCode): string {
  return VEHICLE_BRAND.options.find((o) => o.code === brand)?.label.fr ?? brand;
}

export interface VehicleFacts {
  readonly record: VehicleRecord;
  readonly purchaseType: PurchaseTypeCode;
  readonly purchaseDate: string;
  readonly price: number;
  readonly brandLabel: string;
  readonly model: string;
}

/** A vehicle of `owner`, as the CSV attributes of `AutoCibleVehicle` (ids and links added by the caller). */
export function makeVehicle(rng: Rng, owner: VehicleOwner, asOf: string): VehicleFacts {
  const body = chooseBody(rng, owner);
  const ageYears = chooseAgeYears(rng, owner);
  const mecDate = addDays(asOf, -Math.round(ageYears * 365.25) - 1);
  const year = yearOf(mecDate);
  const model = chooseModel(rng, body, year);
  const energyCode = chooseEnergy(rng, model, year);
  const type = choosePurchaseType(rng, owner, ageYears);
  const bought = purchaseDate(rng, type, mecDate, asOf);
  const price = priceAtPurchase(rng, model, type, yearsBetween(mecDate, bought));
  const km = yearlyKm(rng, owner, body);
  const { visit, mileageDate } = workshopUsage(rng, owner, ageYears >= 1, bought, asOf);
  const category = categoryFromGenre(model.genre);
  const brandLabel = brandLabelOf(model.brand);
  const identity = vehicleIdentity(rng, { brand: model.brand, mecDate, purchaseDate: bought, departement: owner.departement });
  const financing = makeFinancing(rng, { mode: chooseMode(rng, owner.kind === 'fleet', type), brand: model.brand, purchaseDate: bought, price, yearlyKm: km });
  const record: VehicleRecord = {
    name: `${brandLabel} ${model.model} ${identity.display}`,
    plate: identity.plate,
    vin: identity.vin,
    brand: model.brand,
    model: model.model,
    version: `${rng.pick(engineLabels(model.brand, energyCode))} ${rng.pick(trims(model.brand, model.genre))}`.trim(),
    genre: model.genre,
    category,
    energyCode,
    energyFamily: energyFamilyFromCode(energyCode),
    mecDate,
    mileage: mileageDate === null ? null : Math.max(type === 'VN' ? 0 : 5, Math.round(km * yearsBetween(mecDate, mileageDate))),
    mileageDate,
    warrantyEndDate: addMonthsIso(mecDate, WARRANTY_MONTHS[model.brand] ?? 24),
    lastWorkshopVisitAt: visit,
    nextCtDueDate: category === 'VP' || category === 'VUL' ? nextControleTechniqueDue(mecDate, asOf) : null,
    purchaseType: type,
    purchaseDate: bought,
    purchasePrice: price,
    ...financing,
    ...timestamps(rng, maxDate(CRM_START, owner.serviced ? bought : dateBetween(rng, bought, asOf)), visit ?? CRM_START),
  };
  return { record, purchaseType: type, purchaseDate: bought, price, brandLabel, model: model.model };
}
