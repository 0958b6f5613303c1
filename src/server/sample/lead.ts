/** A lead: a person who asked for something (test drive, quote, fleet offer) and is not a contact yet. */
import type { PurchaseTypeCode } from '../../core/catalogue';
import { makeB2cProfile, NO_B2C_PROFILE } from './b2c';
import type { Bundle, SampleRecord } from './bundle';
import { RNG_STREAM } from './bundle';
import { makeCompany } from './company';
import { pickCommune } from './contact-info';
import { espoId } from './ids';
import { birthDateFor, privateIdentity, workIdentity } from './person';
import type { Rng } from './prng';
import { recordRng } from './prng';
import { NO_HISTORY, makeRelationship } from './relationship';
import { makeRole } from './roles';

export interface LeadArgs {
  readonly seed: number;
  readonly index: number;
  readonly asOf: string;
}

function buyerType(rng: Rng): PurchaseTypeCode | null {
  return rng.chance(0.4) ? rng.weighted<PurchaseTypeCode>([['VN', 45], ['VO', 40], ['VOR', 15]]) : null;
}

function privateLead(rng: Rng, asOf: string): SampleRecord {
  const commune = pickCommune(rng);
  const identity = privateIdentity(rng, commune, birthDateFor(rng, asOf, [19, 85], 45));
  return {
    ...identity.record,
    accountName: null,
    autoCibleCustomerKind: 'PARTICULIER',
    autoCibleRole: null,
    autoCibleBuyingRole: null,
    ...makeB2cProfile(rng, { birthDate: identity.birthDate, asOf, commune, gender: identity.name.gender }),
  };
}

function businessLead(rng: Rng, asOf: string): SampleRecord {
  const company = makeCompany(rng);
  const identity = workIdentity(rng, company.commune, birthDateFor(rng, asOf, [24, 66], 46), company.domain);
  const { role, buyingRole } = makeRole(rng, company.type, 0);
  return {
    ...identity.record,
    accountName: company.name,
    autoCibleCustomerKind: 'PROFESSIONNEL',
    autoCibleRole: role,
    autoCibleBuyingRole: buyingRole,
    ...NO_B2C_PROFILE,
    autoCibleGender: rng.chance(0.7) ? identity.name.gender : null,
  };
}

export function makeLeadBundle(args: LeadArgs): Bundle {
  const rng = recordRng(args.seed, RNG_STREAM.lead, args.index);
  const professional = rng.chance(0.35);
  const person = professional ? businessLead(rng, args.asOf) : privateLead(rng, args.asOf);
  const relationship = makeRelationship(rng, { professional, history: NO_HISTORY, asOf: args.asOf, lead: true });
  const lead: SampleRecord = {
    id: espoId('Lead', args.index, args.seed),
    ...person,
    ...relationship,
    autoCibleBuyerType: buyerType(rng),
  };
  return { accounts: [], contacts: [], leads: [lead], vehicles: [], opportunities: [] };
}
