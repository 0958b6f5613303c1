import { between, equals, greaterThan, greaterThanOrEquals, lessThan, lessThanOrEquals, notEquals } from './comparison';
import {
  olderThanDays,
  olderThanMonths,
  olderThanYears,
  withinLastDays,
  withinLastMonths,
  withinNextDays,
  withinNextMonths,
} from './date-window';
import { isEmpty, isNotEmpty } from './presence';
import { contains, inSet, notInSet } from './sets';
import type { OperatorDef, OperatorName } from './types';

/** Every condition operator, by name. Typed as a total record so a new name cannot lack a definition. */
export const OPERATORS: Readonly<Record<OperatorName, OperatorDef>> = {
  equals,
  notEquals,
  in: inSet,
  notIn: notInSet,
  greaterThan,
  greaterThanOrEquals,
  lessThan,
  lessThanOrEquals,
  between,
  isEmpty,
  isNotEmpty,
  contains,
  withinNextDays,
  withinNextMonths,
  withinLastDays,
  withinLastMonths,
  olderThanDays,
  olderThanMonths,
  olderThanYears,
};

export const OPERATOR_NAMES = Object.keys(OPERATORS) as OperatorName[];

export function getOperator(name: string): OperatorDef | undefined {
  return Object.hasOwn(OPERATORS, name) ? OPERATORS[name as OperatorName] : undefined;
}
