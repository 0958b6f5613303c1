import type { BetweenItem, ComparisonItem, ListItem, UnaryItem, WhereItem, WhereScalar } from './where';

/**
 * In-memory evaluation of where items with EspoCRM's SQL semantics (core `ItemGeneralConverter`): a NULL
 * attribute matches no comparison (not even `notEquals`/`notIn`), `like` uses `%`/`_`, and strings compare
 * like MySQL's default `utf8mb4_unicode_ci` collation (case- and accent-insensitive).
 */
export interface WhereContext {
  /** Ids of the records linked to `record` through `link` (for `linkedWith`). */
  linkedIds(record: Readonly<Record<string, unknown>>, link: string): readonly string[];
}

export type AttributeValue = unknown;

function collateUncached(value: string): string {
  // ASCII has no decomposition and its only diacritics are ^ and `: lower-casing is the whole key.
  if (/^[\0-\x5d\x5f\x61-\x7f]*$/u.test(value)) return value.toLowerCase();
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** `make` memoised by its string argument; the memo starts over once it holds `limit` entries, so memory stays bounded. */
function boundedMemo<T>(make: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const made = make(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, made);
    return made;
  };
}

/** Collation key: case- and accent-insensitive. Memoised: sorts and scans compare the same values again and again. */
export const collate: (value: string) => string = boundedMemo(collateUncached, 200_000);

/** Orders two stored values; null/undefined first (MySQL ascending). */
export function compareValues(a: AttributeValue, b: AttributeValue): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number' || typeof b === 'number') {
    const na = Number(a);
    const nb = Number(b);
    if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  }
  const ca = collate(String(a));
  const cb = collate(String(b));
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

function isNull(value: AttributeValue): boolean {
  return value === null || value === undefined;
}

function compileLike(pattern: string): RegExp {
  const body = [...collate(pattern)].map((char) => {
    if (char === '%') return '.*';
    if (char === '_') return '.';
    return char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  }).join('');
  return new RegExp(`^${body}$`, 'su');
}

const likeToRegExp = boundedMemo(compileLike, 10_000);

function like(value: AttributeValue, pattern: string): boolean {
  return !isNull(value) && likeToRegExp(pattern).test(collate(String(value)));
}

function sameValue(value: AttributeValue, expected: WhereScalar): boolean {
  if (isNull(value)) return false;
  if (typeof value === 'boolean') return value === (expected === 'true' || expected === '1' || expected === 1);
  return compareValues(value, expected) === 0;
}

function matchComparison(value: AttributeValue, item: ComparisonItem): boolean {
  const expected = item.value;
  if (isNull(value)) return false;
  switch (item.type) {
    case 'equals': case 'on': return sameValue(value, expected);
    case 'notEquals': return !sameValue(value, expected);
    case 'greaterThan': case 'after': return compareValues(value, expected) > 0;
    case 'greaterThanOrEquals': return compareValues(value, expected) >= 0;
    case 'lessThan': case 'before': return compareValues(value, expected) < 0;
    case 'lessThanOrEquals': return compareValues(value, expected) <= 0;
    case 'like': return like(value, String(expected));
    case 'contains': return like(value, `%${expected}%`);
    case 'startsWith': return like(value, `${expected}%`);
    case 'endsWith': return like(value, `%${expected}`);
  }
}

function matchList(record: Readonly<Record<string, unknown>>, item: ListItem, ctx: WhereContext): boolean {
  const value = record[item.attribute];
  switch (item.type) {
    case 'in': return item.value.some((expected) => sameValue(value, expected));
    case 'notIn': return !isNull(value) && !item.value.some((expected) => sameValue(value, expected));
    case 'arrayAnyOf': return Array.isArray(value) && value.some((v) => item.value.some((e) => sameValue(v, e)));
    case 'arrayNoneOf': return !Array.isArray(value) || !value.some((v) => item.value.some((e) => sameValue(v, e)));
    case 'linkedWith': {
      const linked = new Set(ctx.linkedIds(record, item.attribute));
      return item.value.some((id) => linked.has(String(id)));
    }
  }
}

function matchUnary(value: AttributeValue, item: UnaryItem): boolean {
  switch (item.type) {
    case 'isNull': return isNull(value);
    case 'isNotNull': return !isNull(value);
    case 'isTrue': return value === true;
    case 'isFalse': return value === false;
  }
}

function matchBetween(value: AttributeValue, item: BetweenItem): boolean {
  return !isNull(value) && compareValues(value, item.value[0]) >= 0 && compareValues(value, item.value[1]) <= 0;
}

/** True when `record` matches one item. */
export function matchesItem(record: Readonly<Record<string, unknown>>, item: WhereItem, ctx: WhereContext): boolean {
  switch (item.type) {
    case 'and': return item.value.every((child) => matchesItem(record, child, ctx));
    case 'or': return item.value.some((child) => matchesItem(record, child, ctx));
    case 'not': return !item.value.every((child) => matchesItem(record, child, ctx));
    case 'between': return matchBetween(record[item.attribute], item);
    case 'isNull': case 'isNotNull': case 'isTrue': case 'isFalse': return matchUnary(record[item.attribute], item);
    case 'in': case 'notIn': case 'arrayAnyOf': case 'arrayNoneOf': case 'linkedWith':
      return matchList(record, item, ctx);
    default: return matchComparison(record[item.attribute], item);
  }
}

/** Top-level items are ANDed, as EspoCRM does. */
export function matchesWhere(
  record: Readonly<Record<string, unknown>>,
  items: readonly WhereItem[],
  ctx: WhereContext,
): boolean {
  return items.every((item) => matchesItem(record, item, ctx));
}
