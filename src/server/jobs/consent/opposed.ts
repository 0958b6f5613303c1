import type { HashFunction } from '../../../core/consent';
import type { OppositionList } from '../../opposition/opposition-list';
import { identifierKeys } from '../retention/identifier-keys';
import type { ListedPerson } from './listed-person';

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
 * Whether the person (as a list call returned it) is on the opposition list; `null` when, read again for its
 * other identifiers, it no longer exists. That read is the person's one whole read (`ListedPerson.whole`).
 */
export async function isOpposedPerson(person: ListedPerson, opposition: OppositionInput | undefined): Promise<boolean | null> {
  if (opposition === undefined) return false;
  if (opposition.list.isOpposed(identifierKeys(person.listed, opposition.hash))) return true;
  if (opposition.allIdentifiers !== true) return false;
  const whole = await person.whole();
  return whole === null ? null : opposition.list.isOpposed(identifierKeys(whole, opposition.hash));
}
