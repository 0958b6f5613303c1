import { COMPARISON_TYPES, GROUP_TYPES, LIST_TYPES, UNARY_TYPES } from '../../../src/server/espo/query/where';
import type { WhereItem, WhereScalar } from '../../../src/server/espo/query/where';
import { FakeHttpError, statusReason } from './responses';

const badRequest = (reason: string): FakeHttpError => new FakeHttpError(statusReason(400, reason));

function scalar(value: unknown): WhereScalar {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw badRequest('Bad where item.');
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('Bad where item.');
  return value as Readonly<Record<string, unknown>>;
}

function attributeOf(item: Readonly<Record<string, unknown>>): string {
  if (typeof item.attribute !== 'string' || item.attribute === '') throw badRequest("Bad where item. No 'attribute'.");
  return item.attribute;
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' || typeof value === 'number') return [value];
  throw badRequest('Bad where item.');
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Validates one where item as EspoCRM's converter does (`Unknown where item type '…'.` → 400). */
export function parseWhereItem(raw: unknown): WhereItem {
  const item = record(raw);
  const type = String(item.type);
  if (isOneOf(GROUP_TYPES, type)) return { type, value: list(item.value ?? []).map(parseWhereItem) };
  const attribute = attributeOf(item);
  if (isOneOf(UNARY_TYPES, type)) return { type, attribute };
  if (isOneOf(LIST_TYPES, type)) return { type, attribute, value: list(item.value).map(scalar) };
  if (type === 'between') {
    const [from, to] = list(item.value);
    if (from === undefined || to === undefined) throw badRequest("Bad where item 'between'.");
    return { type: 'between', attribute, value: [scalar(from), scalar(to)] };
  }
  if (isOneOf(COMPARISON_TYPES, type)) return { type, attribute, value: scalar(item.value) };
  throw badRequest(`Unknown where item type '${type}'.`);
}

export function parseWhere(raw: unknown): WhereItem[] {
  if (raw === undefined || raw === null || raw === '') return [];
  return list(raw).map(parseWhereItem);
}
