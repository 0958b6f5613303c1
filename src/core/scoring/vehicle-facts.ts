import { categoryFromGenre, energyFamilyFromCode } from '../catalogue';
import { addMonthsToDay, wholeMonthsBetween } from '../catalogue';
import type { VehicleCategoryCode } from '../catalogue';
import { readCode, readDay, readNumber } from './record-reader';
import type { RawRecord } from './record-reader';

/** What scoring needs from one vehicle, with dates as day numbers; `null` when unknown. */
export interface VehicleFacts {
  /** Trade category (VP, VUL…), from `category` or else the J.1 `genre`. */
  readonly category: string | null;
  readonly brand: string | null;
  /** Energy family, from `energyFamily` or else the P.3 `energyCode`. */
  readonly energyFamily: string | null;
  readonly financingMode: string | null;
  readonly mecDay: number | null;
  /** Whole months since first registration; `null` when the MEC is unknown or after today. */
  readonly ageMonths: number | null;
  readonly mileage: number | null;
  /**
   * Next date a control is due, on or after today, for VP, VUL and vehicles of unknown category: the
   * contrôle technique and, for a VUL over 4 years, the annual pollution check (see `nextCtDueDay`).
   */
  readonly ctDueDay: number | null;
  readonly financingEndDay: number | null;
  readonly lastWorkshopDay: number | null;
  readonly purchaseDay: number | null;
  readonly warrantyEndDay: number | null;
}

const VEHICLE = 'AutoCibleVehicle';

const VP: VehicleCategoryCode = 'VP';
const VUL: VehicleCategoryCode = 'VUL';

/**
 * Next date a control is due, the first on or after `today` (domain.md §1.5), assuming each test was
 * passed on its deadline, every deadline computed from the MEC (never chained):
 * - contrôle technique at MEC + 4 years, then every 2 years, as `nextControleTechniqueDue` in the
 *   catalogue computes it;
 * - `annualAfterFirstCt` (a VUL: N1 / CTTE): once the first CT is past, also the complementary
 *   pollution check on the 1st anniversary of the last CT, so a deadline every year from MEC + 4 years
 *   (CT at 4, 6, 8… years, pollution check at 5, 7, 9…).
 * Cheap: one month count and at most two date additions.
 */
export function nextCtDueDay(mecDay: number, today: number, annualAfterFirstCt = false): number {
  const step = annualAfterFirstCt ? 1 : 2;
  const elapsedYears = mecDay <= today ? Math.floor(wholeMonthsBetween(mecDay, today) / 12) : 0;
  // Start at the last deadline that cannot be after today, then step forward.
  let years = elapsedYears <= 4 ? 4 : 4 + step * Math.floor((elapsedYears - 4) / step);
  let due = addMonthsToDay(mecDay, years * 12);
  while (due < today) {
    years += step;
    due = addMonthsToDay(mecDay, years * 12);
  }
  return due;
}

function categoryOf(vehicle: RawRecord): string | null {
  const category = readCode(VEHICLE, vehicle, 'category');
  if (category !== null) return category;
  const genre = readCode(VEHICLE, vehicle, 'genre');
  return genre === null ? null : categoryFromGenre(genre);
}

function energyOf(vehicle: RawRecord): string | null {
  const family = readCode(VEHICLE, vehicle, 'energyFamily');
  if (family !== null) return family;
  const code = readCode(VEHICLE, vehicle, 'energyCode');
  return code === null ? null : energyFamilyFromCode(code);
}

/** Facts of one vehicle as of `today` (a day number); invalid values throw `FactInputError`. */
export function vehicleFacts(vehicle: RawRecord, today: number): VehicleFacts {
  const category = categoryOf(vehicle);
  const mecDay = readDay(VEHICLE, vehicle, 'mecDate');
  const hasCt = category === null || category === VP || category === VUL;
  return {
    category,
    brand: readCode(VEHICLE, vehicle, 'brand'),
    energyFamily: energyOf(vehicle),
    financingMode: readCode(VEHICLE, vehicle, 'financingMode'),
    mecDay,
    ageMonths: mecDay !== null && mecDay <= today ? wholeMonthsBetween(mecDay, today) : null,
    mileage: readNumber(VEHICLE, vehicle, 'mileage'),
    ctDueDay: hasCt && mecDay !== null ? nextCtDueDay(mecDay, today, category === VUL) : null,
    financingEndDay: readDay(VEHICLE, vehicle, 'financingEndDate'),
    lastWorkshopDay: readDay(VEHICLE, vehicle, 'lastWorkshopVisitAt'),
    purchaseDay: readDay(VEHICLE, vehicle, 'purchaseDate'),
    warrantyEndDay: readDay(VEHICLE, vehicle, 'warrantyEndDate'),
  };
}
