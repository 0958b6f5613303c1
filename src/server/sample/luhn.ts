/** SIREN / SIRET numbers with a valid Luhn key (domain.md §1.8), for the sample companies. */
import type { Rng } from './prng';

/** The digit that makes `digits + check` pass Luhn (mod 10). */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // Positions are counted from the right of the final number, whose last digit is the check digit.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A 9-digit SIREN; real ones start 3–9 for companies registered since the 1970s. */
export function makeSiren(rng: Rng): string {
  const body = `${rng.int(3, 9)}${rng.digits(7)}`;
  return body + luhnCheckDigit(body);
}

/** SIRET = SIREN + NIC (4 digits + key); head offices usually have NIC 0001x or 0002x. */
export function makeSiret(siren: string, rng: Rng, headOffice: boolean): string {
  const nic = String(headOffice ? rng.int(10, 29) : rng.int(30, 999)).padStart(4, '0');
  const body = siren + nic;
  return body + luhnCheckDigit(body);
}

/** Changes the last digit so the Luhn key no longer matches (for the deliberate bad rows). */
export function breakLuhn(value: string): string {
  const last = Number(value.slice(-1));
  return value.slice(0, -1) + String((last + 5) % 10);
}
