/** A professional contact of a business customer: role, work details, no B2C criteria. */
import type { SampleRecord } from './bundle';
import { NO_B2C_PROFILE } from './b2c';
import type { Company } from './company';
import { birthDateFor, workIdentity } from './person';
import type { Rng } from './prng';
import type { History } from './relationship';
import { makeRelationship } from './relationship';
import { makeRole } from './roles';

export interface FleetContactArgs {
  readonly id: string;
  readonly accountId: string;
  readonly company: Company;
  /** 0 for the main contact (usually the decision maker). */
  readonly position: number;
  readonly asOf: string;
  readonly history: History;
}

export function makeFleetContact(rng: Rng, args: FleetContactArgs): SampleRecord {
  const identity = workIdentity(rng, args.company.commune, birthDateFor(rng, args.asOf, [24, 66], 46), args.company.domain);
  const { role, buyingRole } = makeRole(rng, args.company.type, args.position);
  return {
    id: args.id,
    accountId: args.accountId,
    ...identity.record,
    autoCibleCustomerKind: 'PROFESSIONNEL',
    autoCibleRole: role,
    autoCibleBuyingRole: buyingRole,
    ...NO_B2C_PROFILE,
    autoCibleGender: rng.chance(0.7) ? identity.name.gender : null,
    ...makeRelationship(rng, { professional: true, history: args.history, asOf: args.asOf, lead: false }),
  };
}
