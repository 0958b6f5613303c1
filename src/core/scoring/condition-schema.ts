import { z } from 'zod';
import { FACT_NAMES } from './fact-registry';
import { OPERATORS } from './operators/registry';
import type { OperatorName } from './operators/types';

/** A value in a condition: a number, text, code, date `YYYY-MM-DD`, boolean, or a list or range of them. */
export type ConditionValue = string | number | boolean | readonly (string | number)[];

/** `{ fact, operator, value }`: the fact tested with an operator of the registry. */
export interface LeafCondition {
  readonly fact: string;
  readonly operator: OperatorName;
  readonly value?: ConditionValue | undefined;
}

export interface AllCondition {
  readonly all: readonly Condition[];
}

export interface AnyCondition {
  readonly any: readonly Condition[];
}

export interface NotCondition {
  readonly not: Condition;
}

/**
 * A rule's condition. An absent fact never satisfies a comparison (only `isEmpty` matches it), but
 * `not` inverts whatever its condition gives: `not: {fact: x, operator: equals, value: 1}` holds when `x` is absent.
 */
export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition;

const FactName = z.enum(FACT_NAMES as [string, ...string[]]).meta({ id: 'FactName', description: 'A fact of the fact registry (catalogue fields and derived facts)' });

// One object per operator, discriminated by `operator`, so editors complete the value's shape.
const leafOptions = Object.values(OPERATORS).map((op) =>
  op.value === undefined
    ? z.strictObject({ fact: FactName, operator: z.literal(op.name) })
    : z.strictObject({ fact: FactName, operator: z.literal(op.name), value: op.value }),
);

const [firstLeaf, ...otherLeaves] = leafOptions;

// Used for JSON Schema export and for the final typed parse; validation messages come from
// `validate-condition.ts`, since a union of shapes cannot say which rule and fact are wrong.
export const LeafConditionSchema = z.discriminatedUnion('operator', [firstLeaf!, ...otherLeaves]);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
).meta({ id: 'Condition', description: 'A condition: {fact, operator, value}, or all / any / not of conditions' });
