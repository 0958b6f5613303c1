/** Identity of a business customer: name, legal identifiers, NAF, headcount, address. */
import type { CompanyTypeCode, EmployeeBandCode } from '../../core/catalogue';
import type { CompanyTypeProfile, Sector } from './data/companies';
import { COMPANY_TYPE_PROFILES, SECTORS_BY_TYPE } from './data/companies';
import { SURNAMES } from './data/names';
import type { Commune } from './data/places';
import { departementOf } from './data/places';
import { landlinePhone, pickCommune } from './contact-info';
import { luhnCheckDigit, makeSiren, makeSiret } from './luhn';
import type { Rng } from './prng';

export interface Company {
  readonly type: CompanyTypeCode;
  readonly profile: CompanyTypeProfile;
  readonly sector: Sector;
  readonly name: string;
  readonly domain: string;
  readonly commune: Commune;
  readonly employees: number;
  readonly headOffice: boolean;
  readonly record: Record<string, unknown>;
}

const BANDS: readonly (readonly [number, EmployeeBandCode])[] = [
  [10_000, '53'], [5000, '52'], [2000, '51'], [1000, '42'], [500, '41'], [250, '32'], [200, '31'],
  [100, '22'], [50, '21'], [20, '12'], [10, '11'], [6, '03'], [3, '02'], [1, '01'],
];

/** Sirene `trancheEffectifs` of a headcount (domain.md §1.6); a non-employer is `NN` or `00`. */
export function employeeBandOf(count: number, rng: Rng): EmployeeBandCode {
  for (const [from, band] of BANDS) if (count >= from) return band;
  return rng.chance(0.5) ? 'NN' : '00';
}

/** An integer of `[min, max]` skewed towards the low end (`power` > 1): most companies of a class are small. */
export function skewed(rng: Rng, [min, max]: readonly [number, number], power = 3): number {
  return min + Math.floor((max - min + 1) * rng.next() ** power);
}

function domainOf(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${base.slice(0, 40).replace(/-$/, '')}.fr`;
}

/** Communes' SIRENs start with 21 + département (INSEE numbering of collectivités). */
function sirenFor(rng: Rng, type: CompanyTypeCode, commune: Commune): string {
  const dep = departementOf(commune.postalCode);
  if (type !== 'ADMINISTRATION' || !/^\d{2}$/.test(dep)) return makeSiren(rng);
  const body = `21${dep}${rng.digits(4)}`;
  return body + luhnCheckDigit(body);
}

export function makeCompany(rng: Rng): Company {
  const type = rng.weighted(Object.entries(COMPANY_TYPE_PROFILES).map(([code, p]) => [code as CompanyTypeCode, p.weight] as const));
  const profile = COMPANY_TYPE_PROFILES[type];
  const sector = rng.weighted(SECTORS_BY_TYPE[type].map((s) => [s, s.weight] as const));
  const commune = pickCommune(rng);
  const base = rng.pick(sector.names).replace('{n}', rng.pick(SURNAMES)).replace('{c}', commune.city);
  const form = rng.pick(profile.legalForms);
  const name = form === '' ? base : rng.chance(0.5) ? `${form} ${base}` : `${base} ${form}`;
  const employees = skewed(rng, profile.employees);
  const headOffice = rng.chance(type === 'ETI' || type === 'GE' ? 0.5 : 0.9);
  const siren = sirenFor(rng, type, commune);
  const domain = domainOf(base);
  const record = {
    name,
    emailAddress: rng.chance(0.8) ? `${rng.pick(['contact', 'accueil', 'info', 'direction'])}@${domain}` : null,
    phoneNumber: rng.chance(0.9) ? landlinePhone(rng, commune) : null,
    billingAddressPostalCode: commune.postalCode,
    billingAddressCity: commune.city,
    autoCibleCompanyType: type,
    autoCibleNafCode: sector.naf,
    autoCibleNafVersion: 'NAF2008',
    autoCibleSiren: siren,
    autoCibleSiret: makeSiret(siren, rng, headOffice),
    autoCibleSireneState: rng.chance(0.98) ? 'A' : 'C',
    autoCibleEmployeeCount: rng.chance(0.7) ? employees : null,
    autoCibleEmployeeBand: employeeBandOf(employees, rng),
    autoCibleIsHeadOffice: headOffice,
  };
  return { type, profile, sector, name, domain, commune, employees, headOffice, record };
}
