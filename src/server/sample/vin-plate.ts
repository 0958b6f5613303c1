/** VIN (ISO 3779) and French plates (SIV since 2009, FNI before) shaped like real ones (domain.md §1.11). */
import type { VehicleBrandCode } from '../../core/catalogue';
import type { Rng } from './prng';

/** World manufacturer identifiers (VIN positions 1–3) of the plants that supply France. */
const WMI: Readonly<Record<VehicleBrandCode, readonly string[]>> = {
  ALFA_ROMEO: ['ZAR'], AUDI: ['WAU'], BMW: ['WBA'], BYD: ['LGX'], CITROEN: ['VF7', 'VR7'], CUPRA: ['VSS'],
  DACIA: ['UU1'], DS: ['VR1'], FIAT: ['ZFA'], FORD: ['WF0'], HYUNDAI: ['KMH', 'TMA'], IVECO: ['ZCF'],
  JEEP: ['ZAC', '1C4'], KIA: ['KNA', 'U5Y'], MERCEDES_BENZ: ['WDD', 'W1K', 'W1V'], MG: ['LSJ'], MINI: ['WMW'],
  NISSAN: ['SJN', 'VNV'], OPEL: ['W0L', 'W0V'], PEUGEOT: ['VF3', 'VR3'], RENAULT: ['VF1'], SEAT: ['VSS'],
  SKODA: ['TMB'], SUZUKI: ['TSM'], TESLA: ['LRW', 'XP7'], TOYOTA: ['VNK', 'SB1'], VOLKSWAGEN: ['WVW', 'WV1', 'WV2'],
  VOLVO: ['YV1', 'YV2'], AUTRE: ['VF9'],
};

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
// Model-year code (VIN position 10): 2010 = A … skipping I, O, Q, U, Z and 0; cycles every 30 years.
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

function vinChars(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += VIN_CHARS.charAt(rng.int(0, VIN_CHARS.length - 1));
  return out;
}

export function makeVin(rng: Rng, brand: VehicleBrandCode, year: number): string {
  const wmi = rng.pick(WMI[brand]);
  const yearCode = YEAR_CODES.charAt((((year - 2010) % 30) + 30) % 30);
  return `${wmi}${vinChars(rng, 6)}${yearCode}${vinChars(rng, 1)}${rng.digits(6)}`;
}

// SIV letters: no I, O, U (domain.md §1.11).
const SIV_LETTERS = 'ABCDEFGHJKLMNPQRSTVWXYZ';

/**
 * SIV plates are issued in sequence: AA-001-AA in April 2009, around GA-… in 2021. The first
 * letter follows the registration date so plates look their age; the rest is random.
 */
export function makeSivPlate(rng: Rng, registrationYear: number): string {
  const progress = Math.max(0, Math.min(SIV_LETTERS.length - 1, Math.floor((registrationYear - 2009) * 0.42)));
  const first = SIV_LETTERS.charAt(progress);
  const letter = (): string => SIV_LETTERS.charAt(rng.int(0, SIV_LETTERS.length - 1));
  return `${first}${letter()}${String(rng.int(1, 999)).padStart(3, '0')}${letter()}${letter()}`;
}

/** Pre-2009 FNI plate of a département (`1234AB69`), still carried by vehicles never resold since. */
export function makeFniPlate(rng: Rng, departement: string): string {
  const letters = 'ABCDEFGHJKLMNPRSTVWXYZ';
  const pick = (): string => letters.charAt(rng.int(0, letters.length - 1));
  return `${rng.int(1, 9999)}${pick()}${pick()}${rng.chance(0.3) ? pick() : ''}${departement}`;
}

/** `AB123CD` → `AB-123-CD` (the way plates are written in vehicle names). */
export function displayPlate(plate: string): string {
  return /^[A-Z]{2}\d{3}[A-Z]{2}$/.test(plate) ? `${plate.slice(0, 2)}-${plate.slice(2, 5)}-${plate.slice(5)}` : plate;
}
