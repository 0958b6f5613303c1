/** Names, e-mail addresses, phone numbers and postal addresses of French people and companies. */
import type { GenderCode } from '../../core/catalogue';
import { givenNamesFor, SURNAMES } from './data/names';
import type { Commune } from './data/places';
import { BUSINESS_STREETS, COMMUNES, STREETS } from './data/places';
import type { Rng } from './prng';

export interface PersonName {
  readonly gender: GenderCode;
  readonly salutationName: string;
  readonly firstName: string;
  readonly lastName: string;
}

export function makeName(rng: Rng, birthYear: number): PersonName {
  const gender = rng.weighted<GenderCode>([['F', 49.7], ['M', 49.7], ['AUTRE', 0.6]]);
  const names = givenNamesFor(birthYear);
  const pool = gender === 'F' ? names.female : gender === 'M' ? names.male : rng.pick([names.female, names.male]);
  // EspoCRM's salutation options are 'Mr.', 'Ms.', 'Mrs.', 'Dr.' (stored in English, translated in the UI).
  const salutationName = gender === 'F' ? 'Ms.' : gender === 'M' ? 'Mr.' : '';
  return { gender, salutationName, firstName: rng.pick(pool), lastName: rng.pick(SURNAMES) };
}

/** Lower-case ASCII for e-mail local parts and domains: "Jean-Pierre Lefèvre" → "jean-pierre", "lefevre". */
export function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'\s]+/g, '')
    .replace(/[^a-z0-9.-]/g, '');
}

const PERSONAL_DOMAINS: readonly (readonly [string, number])[] = [
  ['gmail.com', 35], ['orange.fr', 15], ['hotmail.fr', 10], ['free.fr', 8], ['sfr.fr', 5], ['laposte.net', 5],
  ['yahoo.fr', 5], ['outlook.fr', 5], ['wanadoo.fr', 4], ['icloud.com', 4], ['bbox.fr', 2], ['live.fr', 2],
];

export function personalEmail(rng: Rng, name: PersonName, birthYear: number): string {
  const first = slug(name.firstName);
  const last = slug(name.lastName);
  const local = rng.weighted<string>([
    [`${first}.${last}`, 45],
    [`${first.charAt(0)}${last}`, 15],
    [`${first}.${last}${String(birthYear).slice(2)}`, 15],
    [`${last}.${first}`, 10],
    [`${first}${last}${rng.int(1, 99)}`, 15],
  ]);
  return `${local}@${rng.weighted(PERSONAL_DOMAINS)}`;
}

export function workEmail(rng: Rng, name: PersonName, domain: string): string {
  const first = slug(name.firstName);
  const last = slug(name.lastName);
  return `${rng.chance(0.8) ? `${first}.${last}` : `${first.charAt(0)}${last}`}@${domain}`;
}

function pairs(digits: string): string {
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** Mobile (06/07, or 0692/0693 in La Réunion) in the national format `06 12 34 56 78`. */
export function mobilePhone(rng: Rng, commune: Commune): string {
  if (commune.landline === '0262') return pairs(`069${rng.int(2, 3)}${rng.digits(6)}`);
  // 069x are overseas mobile ranges (domain.md §1.10); 070x–072x are not mobile ranges.
  const prefix = rng.chance(0.75) ? `06${rng.int(0, 8)}` : `07${rng.int(3, 8)}`;
  return pairs(`${prefix}${rng.digits(7)}`);
}

export function landlinePhone(rng: Rng, commune: Commune): string {
  const prefix = commune.landline;
  return pairs(`${prefix}${rng.int(1, 9)}${rng.digits(10 - prefix.length - 1)}`);
}

export function pickCommune(rng: Rng): Commune {
  return rng.weighted(COMMUNES.map((c) => [c, c.weight] as const));
}

export function homeStreet(rng: Rng): string {
  return `${rng.int(1, 120)}${rng.chance(0.06) ? ' bis' : ''} ${rng.pick(STREETS)}`;
}

export function businessStreet(rng: Rng): string {
  return `${rng.int(1, 80)} ${rng.pick(BUSINESS_STREETS)}`;
}
