import { collate } from '../../../src/server/espo/query/where-match';
import { personName, text } from './entities/common';
import type { FakeStore } from './store';
import type { FakeEntityDef, StoredRecord } from './types';

const READ_ONLY = new Set(['id', 'deleted', 'createdAt', 'modifiedAt', 'createdById', 'modifiedById', 'createdByName', 'modifiedByName']);

/** Attributes of `body` the entity accepts; others (unknown or read-only) are ignored silently (pitfall §8.13). */
export function writableKeys(store: FakeStore, def: FakeEntityDef, body: Readonly<Record<string, unknown>>): string[] {
  const manyMany = Object.entries(def.links ?? {}).filter(([, link]) => link.kind === 'manyMany').map(([name]) => `${name}Ids`);
  return Object.keys(body).filter((key) => !READ_ONLY.has(key) && (key in def.attributes || key in def.detailOnly
    || store.customFieldsOf(def.entityType).has(key) || manyMany.includes(key)));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The first failed validation (EspoCRM reports only one, §4.6), or null. */
export function firstFailure(
  def: FakeEntityDef,
  body: Readonly<Record<string, unknown>>,
  isCreate: boolean,
): { field: string; type: string } | null {
  for (const field of def.required ?? []) {
    if ((isCreate || field in body) && isEmpty(body[field])) return { field, type: 'required' };
  }
  for (const [field, options] of Object.entries(def.enums ?? {})) {
    if (field in body && !isEmpty(body[field]) && !options.includes(String(body[field]))) return { field, type: 'valid' };
  }
  return isCreate ? def.validate?.(body) ?? null : null;
}

/** Contact/Lead duplicates: same name or same e-mail address (§4.6). */
export function findDuplicates(store: FakeStore, def: FakeEntityDef, body: Readonly<Record<string, unknown>>): StoredRecord[] {
  const checks = def.duplicateCheck ?? [];
  if (checks.length === 0) return [];
  const candidate = { ...body, id: '' };
  const name = text(body.name) ?? personName(candidate);
  const email = text(body.emailAddress);
  return store.all(def.entityType).filter((record) =>
    (checks.includes('name') && name !== null && typeof record.name === 'string' && collate(record.name) === collate(name))
    || (checks.includes('emailAddress') && email !== null && typeof record.emailAddress === 'string'
      && record.emailAddress.toLowerCase() === email.toLowerCase()));
}
