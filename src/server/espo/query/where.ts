/**
 * Typed where items for the search types AutoCible sends (§4.3). They serialise to EspoCRM's PHP-array query
 * syntax (`serializeQuery`) and are evaluated in memory by `matchesWhere` (memory gateway, test fake).
 * Booleans go through `isTrue`/`isFalse`: a boolean sent as `value=true` would be compared as a string.
 */
export type WhereScalar = string | number;

export type ComparisonType =
  | 'equals' | 'notEquals'
  | 'greaterThan' | 'greaterThanOrEquals' | 'lessThan' | 'lessThanOrEquals'
  | 'before' | 'after' | 'on'
  | 'like' | 'contains' | 'startsWith' | 'endsWith';

export type ListType = 'in' | 'notIn' | 'arrayAnyOf' | 'arrayNoneOf' | 'linkedWith';

export type UnaryType = 'isNull' | 'isNotNull' | 'isTrue' | 'isFalse';

export type GroupType = 'and' | 'or' | 'not';

export type ComparisonItem = {
  readonly type: ComparisonType;
  readonly attribute: string;
  readonly value: WhereScalar;
}

export type ListItem = {
  readonly type: ListType;
  readonly attribute: string;
  readonly value: readonly WhereScalar[];
}

export type UnaryItem = {
  readonly type: UnaryType;
  readonly attribute: string;
}

export type BetweenItem = {
  readonly type: 'between';
  readonly attribute: string;
  readonly value: readonly [WhereScalar, WhereScalar];
}

export type GroupItem = {
  readonly type: GroupType;
  readonly value: readonly WhereItem[];
}

export type WhereItem = ComparisonItem | ListItem | UnaryItem | BetweenItem | GroupItem;

export const COMPARISON_TYPES: readonly ComparisonType[] = [
  'equals', 'notEquals', 'greaterThan', 'greaterThanOrEquals', 'lessThan', 'lessThanOrEquals',
  'before', 'after', 'on', 'like', 'contains', 'startsWith', 'endsWith',
];
export const LIST_TYPES: readonly ListType[] = ['in', 'notIn', 'arrayAnyOf', 'arrayNoneOf', 'linkedWith'];
export const UNARY_TYPES: readonly UnaryType[] = ['isNull', 'isNotNull', 'isTrue', 'isFalse'];
export const GROUP_TYPES: readonly GroupType[] = ['and', 'or', 'not'];

const comparison = (type: ComparisonType) => (attribute: string, value: WhereScalar): ComparisonItem =>
  ({ type, attribute, value });
const list = (type: ListType) => (attribute: string, value: readonly WhereScalar[]): ListItem =>
  ({ type, attribute, value });
const unary = (type: UnaryType) => (attribute: string): UnaryItem => ({ type, attribute });
const group = (type: GroupType) => (...value: readonly WhereItem[]): GroupItem => ({ type, value });

/** Builders: `where.or(where.equals('firstName', 'Charles'), where.contains('lastName', 'Somerville'))`. */
export const where = {
  equals: comparison('equals'),
  notEquals: comparison('notEquals'),
  greaterThan: comparison('greaterThan'),
  greaterThanOrEquals: comparison('greaterThanOrEquals'),
  lessThan: comparison('lessThan'),
  lessThanOrEquals: comparison('lessThanOrEquals'),
  before: comparison('before'),
  after: comparison('after'),
  on: comparison('on'),
  like: comparison('like'),
  contains: comparison('contains'),
  startsWith: comparison('startsWith'),
  endsWith: comparison('endsWith'),
  in: list('in'),
  notIn: list('notIn'),
  arrayAnyOf: list('arrayAnyOf'),
  arrayNoneOf: list('arrayNoneOf'),
  linkedWith: list('linkedWith'),
  isNull: unary('isNull'),
  isNotNull: unary('isNotNull'),
  isTrue: unary('isTrue'),
  isFalse: unary('isFalse'),
  between: (attribute: string, from: WhereScalar, to: WhereScalar): BetweenItem =>
    ({ type: 'between', attribute, value: [from, to] }),
  and: group('and'),
  or: group('or'),
  not: group('not'),
} as const;

export function isGroupItem(item: WhereItem): item is GroupItem {
  return (GROUP_TYPES as readonly string[]).includes(item.type);
}
