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
 * EspoCRM's `Record\Service::MAX_SELECT_TEXT_ATTRIBUTE_LENGTH`: the characters of a `text` attribute a list call
 * returns when the config has no `maxSelectTextAttributeLengthForList` (the fake reads it from `store.settings`).
 */
export const MAX_SELECT_TEXT_ATTRIBUTE_LENGTH = 10_000;

function objectAt(value: unknown, path: readonly string[]): Readonly<Record<string, unknown>> | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Readonly<Record<string, unknown>>)[key];
  }
  return typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Readonly<Record<string, unknown>>) : undefined;
}

/** A storable attribute of type `text` (field types `text` and `wysiwyg`), as the metadata declares it. */
function isStoredText(store: FakeStore, entityType: string, attribute: string): boolean {
  const field = objectAt(store.metadata, ['entityDefs', entityType, 'fields', attribute]);
  return (field?.type === 'text' || field?.type === 'wysiwyg') && field.notStorable !== true;
}

/** MySQL's `LEFT(value, limit)`: the first `limit` characters (code points, not UTF-16 units). */
function left(value: string, limit: number): string {
  if (value.length <= limit) return value;
  let end = 0;
  let count = 0;
  for (const character of value) {
    if (count === limit) return value.slice(0, end);
    end += character.length;
    count += 1;
  }
  return value;
}

/**
 * `Core\Select\Select\Applier`: a list call with `select` reads every storable `text` attribute as
 * `LEFT(column, N)`, N = `maxSelectTextAttributeLengthForList` or 10 000. `GET {Entity}/{id}` returns it whole.
 */
function cutTexts(store: FakeStore, def: FakeEntityDef, item: Record<string, unknown>): Record<string, unknown> {
  const configured = store.settings.maxSelectTextAttributeLengthForList;
  const limit = typeof configured === 'number' ? configured : MAX_SELECT_TEXT_ATTRIBUTE_LENGTH;
  for (const [attribute, value] of Object.entries(item)) {
    if (typeof value === 'string' && value.length > limit && isStoredText(store, def.entityType, attribute)) item[attribute] = left(value, limit);
  }
  return item;
}

/**
 * A list item. Without `select`: the stored attributes (no link-multiple). With `select`: the selected ones,
 * `id`, the attributes EspoCRM always adds (`listAlways`), those that come with a selected one, and the order
 * attribute (recordings `contact-list-select.json`, `contact-list-where-*.json`), `text` attributes cut to the
 * list limit (`cutTexts`).
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
  return { ...cutTexts(store, def, pick(record, keys)), ...extra };
}

/** Create response: the set attributes (sent, computed, defaults that are always set), not a full read. */
export function createView(def: FakeEntityDef, record: StoredRecord, sent: readonly string[]): Record<string, unknown> {
  const keys = new Set<string>([...def.createKeys, ...sent]);
  for (const [attribute, trigger] of Object.entries(def.createWhenSent ?? {})) if (sent.includes(trigger)) keys.add(attribute);
  const createOnly = Object.fromEntries(Object.entries(def.createOnly ?? {}).filter(([key]) => !sent.includes(key)));
  return { ...pick(record, keys), ...createOnly };
}
