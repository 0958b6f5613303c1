import type { SaveContext, StoredRecord } from '../types';

/** `null` defaults for a list of attribute names. */
export function nulls(...names: readonly string[]): Record<string, null> {
  return Object.fromEntries(names.map((name) => [name, null]));
}

export const AUDIT_ATTRIBUTES = nulls(
  'createdAt', 'modifiedAt', 'createdById', 'createdByName', 'modifiedById', 'modifiedByName', 'assignedUserId', 'assignedUserName',
);

export const TEAMS = { teamsIds: [], teamsNames: {} } as const;

export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** EspoCRM's default person-name format "First Last". */
export function personName(record: StoredRecord): string | null {
  const parts = [text(record.firstName), text(record.lastName)].filter((part) => part !== null);
  return parts.length === 0 ? null : parts.join(' ');
}

/** Phone numbers are stored normalised (`+44 20 7946 0018` → `+442079460018`, README of the recordings). */
export function normalisePhone(value: unknown): string | null {
  const phone = text(value);
  return phone === null || phone.startsWith('ERASED:') ? phone : phone.replace(/[\s().-]/gu, '');
}

/** `emailAddress`/`phoneNumber` and their `…Data`, `…IsOptedOut`, `…IsInvalid` companions. */
export function syncEmailAndPhone(record: StoredRecord): void {
  const email = text(record.emailAddress);
  record.emailAddressIsOptedOut = email === null ? null : record.emailAddressIsOptedOut ?? false;
  record.emailAddressIsInvalid = email === null ? null : record.emailAddressIsInvalid ?? false;
  record.emailAddressData = email === null ? [] : [{
    emailAddress: email, lower: email.toLowerCase(), primary: true,
    optOut: record.emailAddressIsOptedOut, invalid: record.emailAddressIsInvalid,
  }];
  const phone = normalisePhone(record.phoneNumber);
  record.phoneNumber = phone;
  const previous: unknown = Array.isArray(record.phoneNumberData) ? record.phoneNumberData[0] : undefined;
  const type = typeof previous === 'object' && previous !== null && 'type' in previous ? previous.type : 'Mobile';
  record.phoneNumberIsOptedOut = phone === null ? null : record.phoneNumberIsOptedOut ?? false;
  record.phoneNumberIsInvalid = phone === null ? null : record.phoneNumberIsInvalid ?? false;
  record.phoneNumberData = phone === null ? [] : [{
    phoneNumber: phone, type, primary: true, optOut: record.phoneNumberIsOptedOut, invalid: record.phoneNumberIsInvalid,
  }];
}

/** `{link}Name` of a belongs-to link, read from the target record. */
export function linkName(record: StoredRecord, ctx: SaveContext, link: string, entityType: string): void {
  const id = text(record[`${link}Id`]);
  record[`${link}Name`] = id === null ? null : text(ctx.findRecord(entityType, id)?.name) ;
}

/** `createdByName`, `modifiedByName`, `assignedUserName`, `parentName`. */
export function auditNames(record: StoredRecord, ctx: SaveContext): void {
  for (const link of ['createdBy', 'modifiedBy', 'assignedUser']) {
    const id = text(record[`${link}Id`]);
    if (`${link}Name` in record || id !== null) record[`${link}Name`] = id === null ? null : ctx.userName(id);
  }
  const parentType = text(record.parentType);
  const parentId = text(record.parentId);
  if ('parentName' in record || parentId !== null) {
    record.parentName = parentType === null || parentId === null ? null : text(ctx.findRecord(parentType, parentId)?.name);
  }
}

/** Ids, names (and optional columns) of a link-multiple field, from a list of ids. */
export function linkMultiple(
  record: StoredRecord,
  field: string,
  ids: readonly string[],
  nameOf: (id: string) => string | null,
  column?: Readonly<Record<string, unknown>>,
): void {
  record[`${field}Ids`] = [...ids];
  record[`${field}Names`] = Object.fromEntries(ids.map((id) => [id, nameOf(id)]));
  if (column !== undefined) record[`${field}Columns`] = Object.fromEntries(ids.map((id) => [id, { ...column }]));
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
