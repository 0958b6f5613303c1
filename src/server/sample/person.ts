/** The identity part of a person record: name, contact details, address. */
import type { Commune } from './data/places';
import type { PersonName } from './contact-info';
import { businessStreet, homeStreet, landlinePhone, makeName, mobilePhone, personalEmail, workEmail } from './contact-info';
import { addDays } from './dates';
import type { Rng } from './prng';

export interface PersonIdentity {
  readonly name: PersonName;
  readonly birthDate: string;
  readonly record: Record<string, unknown>;
}

/** Adults 19–90, centred on the early fifties like a dealership's customer base. */
export function birthDateFor(rng: Rng, asOf: string, ages: readonly [number, number], mean: number): string {
  const age = Math.min(ages[1], Math.max(ages[0], rng.normal(mean, 15)));
  return addDays(asOf, -Math.round(age * 365.25) - rng.int(0, 364));
}

export function privateIdentity(rng: Rng, commune: Commune, birthDate: string): PersonIdentity {
  const name = makeName(rng, Number(birthDate.slice(0, 4)));
  const record = {
    salutationName: name.salutationName,
    firstName: name.firstName,
    lastName: name.lastName,
    emailAddress: rng.chance(0.85) ? personalEmail(rng, name, Number(birthDate.slice(0, 4))) : null,
    phoneNumber: rng.chance(0.85) ? (rng.chance(0.8) ? mobilePhone(rng, commune) : landlinePhone(rng, commune)) : null,
    addressStreet: homeStreet(rng),
    addressPostalCode: commune.postalCode,
    addressCity: commune.city,
    addressCountry: 'France',
  };
  return { name, birthDate, record };
}

export function workIdentity(rng: Rng, commune: Commune, birthDate: string, domain: string): PersonIdentity {
  const name = makeName(rng, Number(birthDate.slice(0, 4)));
  const record = {
    salutationName: name.salutationName,
    firstName: name.firstName,
    lastName: name.lastName,
    emailAddress: rng.chance(0.85) ? workEmail(rng, name, domain) : null,
    phoneNumber: rng.chance(0.85) ? (rng.chance(0.6) ? mobilePhone(rng, commune) : landlinePhone(rng, commune)) : null,
    addressStreet: businessStreet(rng),
    addressPostalCode: commune.postalCode,
    addressCity: commune.city,
    addressCountry: 'France',
  };
  return { name, birthDate, record };
}
