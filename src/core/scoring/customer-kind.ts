import type { CustomerKindCode } from '../catalogue';
import type { FactInput } from './fact-input';
import { readCode } from './record-reader';

/** Why a record got its customer kind. */
export type CustomerKindBasis = 'account' | 'field' | 'accountLink' | 'unknown';

export interface ResolvedCustomerKind {
  readonly kind: CustomerKindCode | null;
  readonly basis: CustomerKindBasis;
}

/**
 * An Account is a professional; a Contact or Lead is what its `autoCibleCustomerKind` says, or else a
 * professional when it is linked to an account (`account` given or `accountId` set); otherwise unknown.
 */
export function resolveCustomerKind(input: Pick<FactInput, 'entityType' | 'record' | 'account'>): ResolvedCustomerKind {
  if (input.entityType === 'Account') return { kind: 'PROFESSIONNEL', basis: 'account' };
  const declared = readCode(input.entityType, input.record, 'autoCibleCustomerKind');
  if (declared === 'PARTICULIER' || declared === 'PROFESSIONNEL') return { kind: declared, basis: 'field' };
  const accountId = input.record['accountId'];
  if (input.account !== undefined || (typeof accountId === 'string' && accountId !== '')) {
    return { kind: 'PROFESSIONNEL', basis: 'accountLink' };
  }
  return { kind: null, basis: 'unknown' };
}
