/** Job functions of fleet contacts and their part in the buying decision (domain.md §1.12). */
import type { BuyingRoleCode, CompanyTypeCode, ContactRoleCode } from '../../core/catalogue';
import type { Rng } from './prng';

type Weights = readonly (readonly [ContactRoleCode, number])[];

const SMALL_FIRST: Weights = [['DIRIGEANT', 80], ['OFFICE_MANAGER', 10], ['COMPTABLE', 5], ['UTILISATEUR', 5]];
const SMALL_OTHER: Weights = [['OFFICE_MANAGER', 40], ['COMPTABLE', 20], ['UTILISATEUR', 40]];
// Flotauto panel: fleet managers 39 %, purchasing 17 %, general services 10 %, CFOs 7 %, CEOs 7 %.
const LARGE: Weights = [['RESP_PARC', 39], ['ACHETEUR', 17], ['SERVICES_GEN', 10], ['DAF', 7], ['DIRIGEANT', 7], ['RH', 6], ['RSE_MOBILITE', 6], ['UTILISATEUR', 8]];
const MEDIUM: Weights = [['RESP_PARC', 30], ['DIRIGEANT', 25], ['DAF', 15], ['ACHETEUR', 10], ['SERVICES_GEN', 10], ['OFFICE_MANAGER', 5], ['UTILISATEUR', 5]];
const PUBLIC: Weights = [['SERVICES_GEN', 35], ['RESP_PARC', 25], ['ACHETEUR', 25], ['UTILISATEUR', 15]];

function weightsFor(type: CompanyTypeCode, position: number): Weights {
  switch (type) {
    case 'PME':
      return MEDIUM;
    case 'ETI':
    case 'GE':
      return LARGE;
    case 'ADMINISTRATION':
      return PUBLIC;
    default:
      return position === 0 ? SMALL_FIRST : SMALL_OTHER;
  }
}

const BUYING_ROLE: Readonly<Record<ContactRoleCode, readonly BuyingRoleCode[]>> = {
  DIRIGEANT: ['DECIDEUR'],
  DAF: ['PAYEUR', 'DECIDEUR'],
  ACHETEUR: ['DECIDEUR'],
  RESP_PARC: ['PRESCRIPTEUR'],
  SERVICES_GEN: ['PRESCRIPTEUR'],
  OFFICE_MANAGER: ['INFLUENCEUR'],
  RH: ['INFLUENCEUR'],
  RSE_MOBILITE: ['INFLUENCEUR'],
  COMPTABLE: ['INFLUENCEUR', 'PAYEUR'],
  UTILISATEUR: ['UTILISATEUR'],
};

export function makeRole(rng: Rng, type: CompanyTypeCode, position: number): { role: ContactRoleCode; buyingRole: BuyingRoleCode | null } {
  const role = rng.weighted(weightsFor(type, position));
  return { role, buyingRole: rng.chance(0.7) ? rng.pick(BUYING_ROLE[role]) : null };
}
