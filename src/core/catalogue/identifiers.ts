import type { ValidatorName } from './types';

/**
 * Syntactic checks of French identifiers (domain.md §1.8, §1.11). They say whether a value *can*
 * be a SIREN, a plate…, never whether it exists: that is Sirene's or the SIV's answer.
 * Every check accepts the usual human spellings (spaces, dots, dashes, lower case).
 */

/** Removes the separators people type inside numbers: whitespace (incl. non-breaking), dots, dashes. */
export function normaliseDigits(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** Luhn (mod 10) check over a string of digits. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += Number(c);
  return sum;
}

export function isValidSiren(value: string): boolean {
  const digits = normaliseDigits(value);
  // 000000000 passes Luhn but is never assigned.
  return /^\d{9}$/.test(digits) && digits !== '000000000' && passesLuhn(digits);
}

const LA_POSTE_SIREN = '356000000';

/**
 * SIRET = SIREN + NIC, Luhn over the 14 digits. La Poste has more establishments than Luhn
 * NICs allow, so INSEE also accepts its SIRETs whose digit sum is a multiple of 5 (its head
 * office 356 000 000 00048 is an ordinary Luhn number).
 */
export function isValidSiret(value: string): boolean {
  const digits = normaliseDigits(value);
  if (!/^\d{14}$/.test(digits) || !isValidSiren(digits.slice(0, 9))) return false;
  if (passesLuhn(digits)) return true;
  return digits.startsWith(LA_POSTE_SIREN) && digitSum(digits) % 5 === 0;
}

/** Upper case without separators, as a VIN is stored. */
export function normaliseVin(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * 17 characters without I, O, Q. The position-9 check digit is only mandatory for North
 * American VINs, so it is not checked: European VINs would fail it.
 */
export function isValidVin(value: string): boolean {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(normaliseVin(value));
}

/** Upper case without dashes, spaces or dots: `ab-123-cd` → `AB123CD`, `1234 AB 75` → `1234AB75`. */
export function normalisePlate(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

// SIV (since 2009): two letters, 001–999, two letters; I, O and U are never issued.
const SIV_PLATE = /^[A-HJ-NP-TV-Z]{2}(?!000)\d{3}[A-HJ-NP-TV-Z]{2}$/;
// FNI (before 2009): 1–4 digits, 1–3 letters, département (01–95, 2A, 2B, 971–976).
const FNI_PLATE = /^\d{1,4}[A-Z]{1,3}(?:0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

export function isValidPlate(value: string): boolean {
  const plate = normalisePlate(value);
  return SIV_PLATE.test(plate) || FNI_PLATE.test(plate);
}

/** NAF/APE code: 4 digits and a letter, with or without the dot (`45.11Z`, `4511Z`). */
export function isValidNaf(value: string): boolean {
  return /^\d{2}\.?\d{2}[A-Z]$/.test(value.trim().toUpperCase());
}

/** The INSEE spelling of a valid NAF code (`4511z` → `45.11Z`); other input is returned trimmed. */
export function normaliseNaf(value: string): string {
  const code = value.trim().toUpperCase();
  if (!isValidNaf(code)) return value.trim();
  const compact = code.replace('.', '');
  return `${compact.slice(0, 2)}.${compact.slice(2)}`;
}

const VALIDATORS: Readonly<Record<ValidatorName, (value: string) => boolean>> = {
  siren: isValidSiren,
  siret: isValidSiret,
  vin: isValidVin,
  plate: isValidPlate,
  naf: isValidNaf,
};

/** Runs the named validator of a catalogue field (`FieldDef.validator`). */
export function validateIdentifier(name: ValidatorName, value: string): boolean {
  return VALIDATORS[name](value);
}
