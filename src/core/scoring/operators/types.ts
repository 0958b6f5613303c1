import type { z } from 'zod';
import type { FactDef, FactType } from '../fact-types';
import type { CondNode } from './node';

export type OperatorName =
  | 'equals'
  | 'notEquals'
  | 'in'
  | 'notIn'
  | 'greaterThan'
  | 'greaterThanOrEquals'
  | 'lessThan'
  | 'lessThanOrEquals'
  | 'between'
  | 'isEmpty'
  | 'isNotEmpty'
  | 'contains'
  | 'withinNextDays'
  | 'withinNextMonths'
  | 'withinLastDays'
  | 'withinLastMonths'
  | 'olderThanDays'
  | 'olderThanMonths'
  | 'olderThanYears';

/** Builds a condition for one scoring day (a day number), so date windows are resolved once per run. */
export type NodeFactory = (today: number) => CondNode;

/** Typed definition of an operator; `defineOperator` turns it into a registry entry. */
export interface OperatorSpec<V> {
  readonly name: OperatorName;
  /** Fact types the operator applies to. */
  readonly factTypes: readonly FactType[];
  /** Shape of `value` in a model file; `undefined` for operators that take no value. */
  readonly value: z.ZodType<V> | undefined;
  /** Checks the value against the fact (a date for a date fact, known enum codes…); returns a message or nothing. */
  readonly check?: (value: V, fact: FactDef) => string | undefined;
  /** The interpreter node for the fact in `slot` (see `node.ts`). */
  readonly compile: (slot: number, value: V, fact: FactDef) => NodeFactory;
}

/** An operator in the registry, its value type erased: `validate` before `compile`. */
export interface OperatorDef {
  readonly name: OperatorName;
  readonly factTypes: readonly FactType[];
  /** What `value` must be, for messages (`operators/needs.ts`): `operator "between" needs [min, max]`. */
  readonly needs: string;
  readonly value: z.ZodType | undefined;
  /** A message naming the problem with `value` for `fact`, or `undefined` when it is valid. */
  validate(value: unknown, fact: FactDef): string | undefined;
  compile(slot: number, value: unknown, fact: FactDef): NodeFactory;
}
