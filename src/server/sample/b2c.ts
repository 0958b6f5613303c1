/** B2C targeting criteria of a private customer (domain.md §1.13), consistent with age and home. */
import type { CspCode, FamilySituationCode, HousingTypeCode, InterestCode } from '../../core/catalogue';
import { ageBand, INTERESTS } from '../../core/catalogue';
import type { Commune } from './data/places';
import { yearsBetween } from './dates';
import type { Rng } from './prng';

type Weights<T> = readonly (readonly [T, number])[];

function familyWeights(age: number): Weights<FamilySituationCode> {
  if (age < 30) return [['CELIBATAIRE', 50], ['EN_COUPLE', 30], ['PACSE', 10], ['MARIE', 10]];
  if (age < 60) return [['MARIE', 45], ['EN_COUPLE', 20], ['PACSE', 12], ['CELIBATAIRE', 10], ['SEPARE_DIVORCE', 13]];
  return [['MARIE', 55], ['VEUF', 15], ['SEPARE_DIVORCE', 15], ['CELIBATAIRE', 8], ['EN_COUPLE', 7]];
}

function csp(rng: Rng, age: number): CspCode {
  if (age >= 63 && rng.chance(0.85)) return 'RETRAITE';
  if (age < 24 && rng.chance(0.5)) return 'ETUDIANT';
  return rng.weighted<CspCode>([
    ['CADRE', 20], ['PROFESSION_INTERMEDIAIRE', 25], ['EMPLOYE', 25], ['OUVRIER', 15],
    ['ARTISAN_COMMERCANT_CHEF', 7], ['AGRICULTEUR', 2], ['SANS_ACTIVITE', 6],
  ]);
}

function children(rng: Rng, age: number): number {
  if (age < 25) return rng.weighted([[0, 85], [1, 12], [2, 3]]);
  return rng.weighted([[0, 25], [1, 25], [2, 32], [3, 13], [4, 5]]);
}

// Lyon and Villeurbanne are mostly flats; the rest of the region mostly houses.
function housing(rng: Rng, commune: Commune): HousingTypeCode {
  const urban = /^(6900\d|69100|38000|42000)$/.test(commune.postalCode);
  return rng.weighted<HousingTypeCode>(urban ? [['APPARTEMENT', 80], ['MAISON', 17], ['AUTRE', 3]] : [['MAISON', 70], ['APPARTEMENT', 27], ['AUTRE', 3]]);
}

const INTEREST_CODES = INTERESTS.options.map((o) => o.code) as readonly InterestCode[];

/** Each criterion is filled only for part of the customers, as in a real file. */
export function makeB2cProfile(rng: Rng, args: { birthDate: string; asOf: string; commune: Commune; gender: string }): Record<string, unknown> {
  const age = Math.floor(yearsBetween(args.birthDate, args.asOf));
  const knowsBirthDate = rng.chance(0.6);
  const knowsBand = knowsBirthDate || rng.chance(0.6);
  return {
    autoCibleBirthDate: knowsBirthDate ? args.birthDate : null,
    autoCibleAgeBand: knowsBand ? ageBand(args.birthDate, args.asOf) : null,
    autoCibleGender: rng.chance(0.9) ? args.gender : null,
    autoCibleFamilySituation: rng.chance(0.55) ? rng.weighted(familyWeights(age)) : null,
    autoCibleChildrenCount: rng.chance(0.45) ? children(rng, age) : null,
    autoCibleCsp: rng.chance(0.5) ? csp(rng, age) : null,
    autoCibleHousingType: rng.chance(0.45) ? housing(rng, args.commune) : null,
    autoCibleInterests: rng.chance(0.3) ? rng.sample(INTEREST_CODES, rng.int(1, 3)) : [],
  };
}

/** Everything a professional contact leaves empty: B2C criteria are not collected for B2B (minimisation). */
export const NO_B2C_PROFILE: Readonly<Record<string, unknown>> = {
  autoCibleBirthDate: null,
  autoCibleAgeBand: null,
  autoCibleFamilySituation: null,
  autoCibleChildrenCount: null,
  autoCibleCsp: null,
  autoCibleHousingType: null,
  autoCibleInterests: [],
};
