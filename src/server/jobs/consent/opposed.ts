import type { HashFunction } from '../../../core/consent';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import type { OppositionList } from '../../opposition/opposition-list';
import { identifierKeys } from '../retention/identifier-keys';

/**
 * The opposition list and the installation hash, when the installation has one. `allIdentifiers`: also match
 * the e-mail addresses and phone numbers other than the primary ones, by reading each person the list call
 * did not already match (EspoCRM's list calls return only the primary ones; one request each).
 */
export interface OppositionInput {
  readonly list: OppositionList;
  readonly hash: HashFunction;
  readonly allIdentifiers?: boolean;
}

/**
 * Whether the person of `record` (as a list call returned it) is on the opposition list; `null` when, read
 * again for its other identifiers, it no longer exists.
 */
export async function isOpposedPerson(
  gateway: EspoGateway,
  opposition: OppositionInput | undefined,
  entityType: string,
  record: EspoRecord,
  signal?: AbortSignal,
): Promise<boolean | null> {
  if (opposition === undefined) return false;
  if (opposition.list.isOpposed(identifierKeys(record, opposition.hash))) return true;
  if (opposition.allIdentifiers !== true) return false;
  const whole = await gateway.get(entityType, record.id, signal === undefined ? {} : { signal });
  return whole === null ? null : opposition.list.isOpposed(identifierKeys(whole, opposition.hash));
}
