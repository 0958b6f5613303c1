import { DomainInputError } from '../errors';
import type {
  AgeBandCode,
  EnergyFamilyCode,
  EnergyP3Code,
  FleetSizeBandCode,
  GenreJ1Code,
  VehicleCategoryCode,
} from './enums';
import { addMonthsIso, compareIsoDates, monthsBetween, parseIsoDate } from './iso-date';

/**
 * Values AutoCible jobs compute from other fields. Pure: dates are ISO `YYYY-MM-DD` strings and
 * `today` is always passed in. Invalid dates throw `DomainInputError` naming the argument.
 */

// Typed as a total record so adding a J.1 code without a category fails to compile (domain.md §1.1).
// TM/TQM (tricycles, heavy quadricycles) and trailers, tractors, VTSU fall in AUTRE.
const CATEGORY_BY_GENRE: Readonly<Record<GenreJ1Code, VehicleCategoryCode>> = {
  VP: 'VP',
  CTTE: 'VUL',
  'DERIV-VP': 'VUL',
  CAM: 'PL',
  TRR: 'PL',
  TCP: 'TC',
  CL: '2RM',
  CYCL: '2RM',
  MTL: '2RM',
  MTT1: '2RM',
  MTT2: '2RM',
  QM: 'VSP',
  QLEM: 'VSP',
  VASP: 'VASP',
  TM: 'AUTRE',
  TQM: 'AUTRE',
  VTSU: 'AUTRE',
  TRA: 'AUTRE',
  REM: 'AUTRE',
  SREM: 'AUTRE',
  RESP: 'AUTRE',
};

function lookup<K extends string, V>(table: Readonly<Record<K, V>>, key: string): V | undefined {
  const normalised = key.trim().toUpperCase();
  return Object.hasOwn(table, normalised) ? table[normalised as K] : undefined;
}

/** Trade category of a J.1 genre (case-insensitive); an unknown genre is `AUTRE`. */
export function categoryFromGenre(genre: string): VehicleCategoryCode {
  return lookup(CATEGORY_BY_GENRE, genre) ?? 'AUTRE';
}

// domain.md §1.2, last column.
const FAMILY_BY_P3: Readonly<Record<EnergyP3Code, EnergyFamilyCode>> = {
  ES: 'ESSENCE',
  GO: 'DIESEL',
  EL: 'ELECTRIQUE',
  EH: 'HYBRIDE_HEV',
  GH: 'HYBRIDE_HEV',
  EE: 'HYBRIDE_PHEV',
  GL: 'HYBRIDE_PHEV',
  GP: 'GPL', EG: 'GPL', PE: 'GPL', PH: 'GPL', ER: 'GPL', EQ: 'GPL',
  GN: 'GNV', EN: 'GNV', NE: 'GNV', NH: 'GNV', EM: 'GNV', EP: 'GNV', GF: 'GNV', GM: 'GNV', GQ: 'GNV',
  FE: 'E85', FG: 'E85', FN: 'E85', FL: 'E85', ET: 'E85',
  H2: 'HYDROGENE', HE: 'HYDROGENE', HH: 'HYDROGENE',
  GZ: 'AUTRE', GA: 'AUTRE', GG: 'AUTRE', GE: 'AUTRE', PL: 'AUTRE', AC: 'AUTRE',
};

/** Energy family of a P.3 code (case-insensitive); an unknown code is `AUTRE`. */
export function energyFamilyFromCode(p3: string): EnergyFamilyCode {
  return lookup(FAMILY_BY_P3, p3) ?? 'AUTRE';
}

/**
 * Next contrôle technique deadline of a VP/VUL: MEC + 4 years, then every 2 years; returns the
 * first of those deadlines that is on or after `today` (domain.md §1.5).
 * Choices: the real rule counts 2 years from the last CT, which AutoCible does not know, so this
 * assumes every CT was passed on its deadline. Each deadline is computed from the MEC (never
 * chained), so a 29 February MEC gives 28 February in common years and 29 February in leap years.
 */
export function nextControleTechniqueDue(mecDate: string, today: string): string {
  parseIsoDate(mecDate, 'mecDate');
  parseIsoDate(today, 'today');
  const elapsedYears = Math.max(0, Math.floor(monthsBetween(mecDate, today) / 12));
  // Start at the last deadline that cannot be after today, then step forward.
  let years = elapsedYears <= 4 ? 4 : 4 + 2 * Math.floor((elapsedYears - 4) / 2);
  let due = addMonthsIso(mecDate, years * 12);
  while (compareIsoDates(due, today) < 0) {
    years += 2;
    due = addMonthsIso(mecDate, years * 12);
  }
  return due;
}

/** Whole months since first registration; a MEC after `today` is a data error. */
export function vehicleAgeMonths(mecDate: string, today: string): number {
  parseIsoDate(mecDate, 'mecDate');
  parseIsoDate(today, 'today');
  if (compareIsoDates(mecDate, today) > 0) {
    throw new DomainInputError('mecDate', mecDate, 'first registration is after today');
  }
  return monthsBetween(mecDate, today);
}

/** Fleet-size band of a vehicle count (domain.md §1.7). */
export function fleetSizeBand(count: number): FleetSizeBandCode {
  if (!Number.isInteger(count) || count < 0) {
    throw new DomainInputError('count', count, 'expected a non-negative whole number of vehicles');
  }
  if (count === 0) return 'F0';
  if (count === 1) return 'F1';
  if (count <= 4) return 'F2_4';
  if (count <= 9) return 'F5_9';
  if (count <= 49) return 'F10_49';
  if (count <= 99) return 'F50_99';
  return 'F100P';
}

/** Age bands from youngest to oldest, with the age (years) each one starts at. */
export const AGE_BAND_ORDER: readonly { readonly code: AgeBandCode; readonly from: number }[] = [
  { code: 'MOINS_18', from: 0 },
  { code: '18_24', from: 18 },
  { code: '25_34', from: 25 },
  { code: '35_44', from: 35 },
  { code: '45_54', from: 45 },
  { code: '55_64', from: 55 },
  { code: '65_74', from: 65 },
  { code: '75_PLUS', from: 75 },
];

/**
 * Age band on `today`. Age is whole years, so a person born on 29 February turns a year older
 * on 28 February in common years (same month-end rule as `monthsBetween`).
 */
export function ageBand(birthDate: string, today: string): AgeBandCode {
  parseIsoDate(birthDate, 'birthDate');
  parseIsoDate(today, 'today');
  if (compareIsoDates(birthDate, today) > 0) {
    throw new DomainInputError('birthDate', birthDate, 'birth date is after today');
  }
  const age = Math.floor(monthsBetween(birthDate, today) / 12);
  let band: AgeBandCode = 'MOINS_18';
  for (const step of AGE_BAND_ORDER) if (age >= step.from) band = step.code;
  return band;
}

export { monthsBetween };
