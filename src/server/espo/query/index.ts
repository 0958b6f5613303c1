export { COMPARISON_TYPES, GROUP_TYPES, isGroupItem, LIST_TYPES, UNARY_TYPES, where } from './where';
export type {
  BetweenItem, ComparisonItem, ComparisonType, GroupItem, GroupType, ListItem, ListType, UnaryItem, UnaryType, WhereItem, WhereScalar,
} from './where';
export { serializeQuery } from './serialize';
export type { QueryScalar, QueryValue } from './serialize';
export { collate, compareValues, matchesItem, matchesWhere } from './where-match';
export type { WhereContext } from './where-match';
