/**
 * Which personal-data fields of a record still hold a value, read from the host's current state: the erase
 * step sends only those, and nothing at all when a previous (interrupted) run already erased them.
 */
import { HOST_ATTRIBUTES } from '../../../core/catalogue';
import { FREE_TEXT_FIELDS, personalDataFieldsToErase } from '../../../core/retention';
import type { EspoRecord } from '../../espo/types';
import type { PersonEntityType } from './persons';
import { isErasedValue } from './persons';

// Parts of a host field EspoCRM returns but the catalogue's host list does not name (contact-get-after-erase.json).
const EXTRA_PARTS: Readonly<Record<string, readonly string[]>> = { name: ['middleName'], address: ['addressState'] };
// The opt-out flags belong to the email/phone field but are not personal data: their value says nothing.
const NOT_A_VALUE = new Set(['emailAddressIsOptedOut', 'phoneNumberIsOptedOut']);

/** The attributes of a field, as `GET {Entity}/{id}` returns them. */
export function attributesOfField(entityType: PersonEntityType, field: string): readonly string[] {
  const host = HOST_ATTRIBUTES[entityType].filter((a) => a.field === field && !NOT_A_VALUE.has(a.attribute)).map((a) => a.attribute);
  if (host.length === 0) return [field];
  return [...host, ...(EXTRA_PARTS[field] ?? [])];
}

/** A value erase would change: not empty, not already `ERASED:…`. */
export function holdsValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || isErasedValue(value)) return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** The fields of `personalDataFieldsToErase` that still hold a value on this record. */
export function fieldsStillHolding(entityType: PersonEntityType, record: EspoRecord): readonly string[] {
  return personalDataFieldsToErase(entityType).filter((field) => attributesOfField(entityType, field).some((attribute) => holdsValue(record[attribute])));
}

/** The free-text fields (`FREE_TEXT_FIELDS`) that still hold text: emptied by an update after the erase. */
export function freeTextStillHolding(entityType: PersonEntityType, record: EspoRecord): readonly string[] {
  return FREE_TEXT_FIELDS[entityType].filter((field) => holdsValue(record[field]));
}
