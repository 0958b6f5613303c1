import type { FakeStore } from './store';
import type { FakeEntityDef, StoredRecord } from './types';

function pick(record: StoredRecord, keys: Iterable<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = record[key] ?? null;
  return out;
}

/** `GET {Entity}/{id}` and update responses: every attribute plus link-multiple and email/phone data. */
export function fullView(store: FakeStore, def: FakeEntityDef, record: StoredRecord): Record<string, unknown> {
  return pick(record, [...Object.keys(def.attributes), ...store.customFieldsOf(def.entityType), ...Object.keys(def.detailOnly)]);
}

export interface ListViewOptions {
  readonly select: readonly string[] | undefined;
  /** The order attribute actually used (given or default). */
  readonly orderBy: string;
  /** Middle-table column attributes of a related list (`targetListIsOptedOut`). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * A list item. Without `select`: the stored attributes (no link-multiple). With `select`: the selected ones,
 * `id`, the attributes EspoCRM always adds (`listAlways`), those that come with a selected one, and the order
 * attribute (recordings `contact-list-select.json`, `contact-list-where-*.json`).
 */
export function listView(store: FakeStore, def: FakeEntityDef, record: StoredRecord, options: ListViewOptions): Record<string, unknown> {
  const extra = options.extra ?? {};
  if (options.select === undefined) {
    return { ...pick(record, [...Object.keys(def.attributes), ...store.customFieldsOf(def.entityType)]), ...extra };
  }
  const keys = new Set<string>(['id', ...options.select]);
  for (const attribute of options.select) for (const added of def.selectAdds?.[attribute] ?? []) keys.add(added);
  for (const attribute of def.listAlways) keys.add(attribute);
  keys.add(options.orderBy);
  for (const added of def.orderAdds?.[options.orderBy] ?? []) keys.add(added);
  return { ...pick(record, keys), ...extra };
}

/** Create response: the set attributes (sent, computed, defaults that are always set), not a full read. */
export function createView(def: FakeEntityDef, record: StoredRecord, sent: readonly string[]): Record<string, unknown> {
  const keys = new Set<string>([...def.createKeys, ...sent]);
  for (const [attribute, trigger] of Object.entries(def.createWhenSent ?? {})) if (sent.includes(trigger)) keys.add(attribute);
  const createOnly = Object.fromEntries(Object.entries(def.createOnly ?? {}).filter(([key]) => !sent.includes(key)));
  return { ...pick(record, keys), ...createOnly };
}
