import type { HashFunction, OppositionKey } from '../../../core/consent';
import { oppositionKeys } from '../../../core/consent';
import type { EspoRecord } from '../../espo/types';
import { isErasedValue } from './persons';

function valuesOf(record: EspoRecord, attribute: string, dataAttribute: string, key: string): string[] {
  const data: unknown = record[dataAttribute];
  const fromData = Array.isArray(data)
    ? data.map((item: unknown) => (typeof item === 'object' && item !== null ? Reflect.get(item, key) : undefined))
    : [];
  return [record[attribute], ...fromData].filter((v): v is string => typeof v === 'string' && v !== '' && !isErasedValue(v));
}

/**
 * The salted hashes of every email address and phone number the record still holds (primary and the
 * others of `emailAddressData`/`phoneNumberData`). Read before the erase: afterwards they are gone.
 */
export function identifierKeys(record: EspoRecord, hash: HashFunction): readonly OppositionKey[] {
  return oppositionKeys(
    { emails: valuesOf(record, 'emailAddress', 'emailAddressData', 'emailAddress'), phones: valuesOf(record, 'phoneNumber', 'phoneNumberData', 'phoneNumber') },
    hash,
  );
}
