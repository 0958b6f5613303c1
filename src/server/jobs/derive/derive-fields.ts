/**
 * The rule of the derive job, pure: the three computed fields of `AutoCibleVehicle` (src/core/catalogue/fields/
 * vehicle.ts, vehicle-usage.ts) a vehicle should hold, from its J.1 genre, P.3 energy code and MEC date, and what to
 * write of them. It never empties a field: a field whose source is empty, or whose rule does not apply, keeps the value
 * stored (an import may have filled it), so only values, never nulls, are ever written.
 *
 * - `category` = `categoryFromGenre(genre)` when the genre is set;
 * - `energyFamily` = `energyFamilyFromCode(energyCode)` when the P.3 code is set;
 * - `nextCtDueDate` = `nextControleTechniqueDue(mecDate, today)` when the MEC is set and the vehicle is a VP, a VUL or
 *   of unknown category: the category derived from the genre, else the one stored (PL, 2RM, TC… have other rules).
 *   A MEC after today (a vehicle registered on a day to come) gives MEC + 4 years, as that function and the score
 *   job's facts (`nextCtDueDay`) give it: the first deadline, still right when that day comes.
 *
 * A source that cannot be read — not text, a genre or a P.3 code that is none of the catalogue's, a MEC that is no
 * calendar date — makes the whole vehicle invalid: nothing is derived from a guess (`categoryFromGenre` would read an
 * unknown genre as AUTRE and overwrite a category an import got right).
 */
import {
  categoryFromGenre, ENERGY_P3, energyFamilyFromCode, GENRE_J1, isIsoDate, nextControleTechniqueDue,
} from '../../../core/catalogue';
import type { VehicleCategoryCode } from '../../../core/catalogue';
import { changedAttributes } from '../../espo/changes';

/** The entity whose fields the job writes. */
export const VEHICLE_ENTITY_TYPE = 'AutoCibleVehicle';

/** The computed fields, in the order the summary and `--json` give them. */
export const DERIVED_FIELDS = ['category', 'energyFamily', 'nextCtDueDate'] as const;
export type DerivedField = (typeof DERIVED_FIELDS)[number];

/** The field each one is derived from. */
export const SOURCE_OF: Readonly<Record<DerivedField, SourceField>> = { category: 'genre', energyFamily: 'energyCode', nextCtDueDate: 'mecDate' };
export type SourceField = 'genre' | 'energyCode' | 'mecDate';

/** What the job lists of a vehicle: the sources and the stored values, never a plate, a VIN or a name. */
export const DERIVE_SELECT: readonly string[] = ['genre', 'category', 'energyCode', 'energyFamily', 'mecDate', 'nextCtDueDate'];

// Typed with the catalogue's codes: renaming a category there breaks the build here.
const VP: VehicleCategoryCode = 'VP';
const VUL: VehicleCategoryCode = 'VUL';

const GENRES: ReadonlySet<string> = new Set(GENRE_J1.options.map((option) => option.code));
const P3_CODES: ReadonlySet<string> = new Set(ENERGY_P3.options.map((option) => option.code));

/** Values to hold: a derived field is absent when its source is empty or its rule does not apply. */
export type DerivedValues = Partial<Record<DerivedField, string>>;

export type VehicleDerivation =
  | {
    readonly ok: true;
    /** The values the vehicle should hold. */
    readonly desired: DerivedValues;
    /** Those that differ from what it holds: what to write (PATCH), empty when nothing does. */
    readonly changes: DerivedValues;
  }
  /** A source that cannot be read: the vehicle is left as it is, and reported. */
  | { readonly ok: false; readonly invalid: readonly SourceField[] };

const INVALID = Symbol('invalid');

/** A stored value as text: null when empty (null, '', blanks), INVALID when it is not text. */
function text(value: unknown): string | null | typeof INVALID {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return INVALID;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A code of `codes` (case-insensitive, as the catalogue's look-ups read it), null when empty, INVALID otherwise. */
function code(value: unknown, codes: ReadonlySet<string>): string | null | typeof INVALID {
  const read = text(value);
  if (read === null || read === INVALID) return read;
  return codes.has(read.toUpperCase()) ? read : INVALID;
}

function date(value: unknown): string | null | typeof INVALID {
  const read = text(value);
  if (read === null || read === INVALID) return read;
  return isIsoDate(read) ? read : INVALID;
}

/**
 * The category the CT rule reads: the one derived from the genre, else the one stored (upper case), null when neither
 * is known. A stored value that is not text is a category whose rule AutoCible does not know: the due date stays.
 */
function ctCategory(derived: string | undefined, stored: unknown): string | null {
  if (derived !== undefined) return derived;
  const read = text(stored);
  if (read === INVALID) return 'UNREADABLE';
  return read === null ? null : read.toUpperCase();
}

/** MEC + 4 years, then every 2: a VP, a VUL, or a vehicle of unknown category (as the score job reads it). */
function hasCtRule(category: string | null): boolean {
  return category === null || category === VP || category === VUL;
}

/** The values `record` should hold on `today` (`YYYY-MM-DD`), or the sources that cannot be read. */
export function deriveVehicle(record: Readonly<Record<string, unknown>>, today: string): VehicleDerivation {
  const genre = code(record.genre, GENRES);
  const energyCode = code(record.energyCode, P3_CODES);
  const mecDate = date(record.mecDate);
  const invalid: SourceField[] = [];
  if (genre === INVALID) invalid.push('genre');
  if (energyCode === INVALID) invalid.push('energyCode');
  if (mecDate === INVALID) invalid.push('mecDate');
  if (genre === INVALID || energyCode === INVALID || mecDate === INVALID) return { ok: false, invalid };
  const desired: DerivedValues = {};
  if (genre !== null) desired.category = categoryFromGenre(genre);
  if (energyCode !== null) desired.energyFamily = energyFamilyFromCode(energyCode);
  if (mecDate !== null && hasCtRule(ctCategory(desired.category, record.category))) {
    desired.nextCtDueDate = nextControleTechniqueDue(mecDate, today);
  }
  return { ok: true, desired, changes: changedAttributes(record, desired) as DerivedValues };
}
