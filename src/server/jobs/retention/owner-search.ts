/**
 * The other records of one owner type that match an address search, read only as far as needed. Users are
 * the one owner type a role commonly leaves unreadable: a 403 there means "could not check", and callers take
 * the safe side (the address may be a staff member's). A 403 on a Contact, Lead or Account stops the run as
 * every other unreadable source does (`read-all.ts`).
 */
import type { AddressOwnerType } from '../../espo/address-owners';
import { isEspoHttpError } from '../../espo/errors/guards';
import type { EspoGateway } from '../../espo/gateway';
import type { WhereItem } from '../../espo/query/where';
import type { EspoRecord } from '../../espo/types';
import { ActivityAccessError } from './activity-access-error';
import type { PersonEntityType } from './persons';
import { withSignal } from './signal-option';

export interface OwnerSearch {
  /** Matching records other than the person's own, at most `limit`. */
  readonly others: readonly EspoRecord[];
  /** False when the type could not be read (Users, 403) or more than `limit` others match. */
  readonly complete: boolean;
}

export interface PersonRef {
  readonly entityType: PersonEntityType;
  readonly id: string;
}

const MAY_BE_UNREADABLE: ReadonlySet<AddressOwnerType> = new Set(['User']);

export const isSelf = (self: PersonRef, entityType: AddressOwnerType, id: string): boolean => entityType === self.entityType && id === self.id;

export async function searchOwners(
  gateway: EspoGateway, entityType: AddressOwnerType, self: PersonRef,
  query: { readonly where: readonly WhereItem[]; readonly select: readonly string[]; readonly limit: number }, signal?: AbortSignal,
): Promise<OwnerSearch> {
  const others: EspoRecord[] = [];
  try {
    for await (const record of gateway.iterate(entityType, { ...withSignal(signal), select: query.select, where: query.where })) {
      if (isSelf(self, entityType, record.id)) continue;
      if (others.length === query.limit) return { others, complete: false };
      others.push(record);
    }
  } catch (error) {
    if (!isEspoHttpError(error) || error.status !== 403) throw error;
    if (MAY_BE_UNREADABLE.has(entityType)) return { others: [], complete: false };
    throw new ActivityAccessError(entityType, error.status, { cause: error });
  }
  return { others, complete: true };
}
