import { z } from 'zod';
import type { FactDef } from '../fact-types';
import { defineOperator } from './define';
import { boundNode, CondNode, OP } from './node';
import type { OpCode } from './node';
import type { NodeFactory, OperatorDef, OperatorName } from './types';
import { checkScalar, internal, IsoDate, Scalar } from './values';
import type { ScalarValue } from './values';

const NumberOrDate = z.union([z.number(), IsoDate]);

function fixed(node: CondNode): NodeFactory {
  return () => node;
}

function equality(name: OperatorName, op: OpCode): OperatorDef {
  return defineOperator({
    name,
    factTypes: ['number', 'date', 'enum', 'string', 'bool'],
    value: Scalar,
    check: checkScalar,
    compile: (slot, value, fact) => fixed(new CondNode(op, slot, 0, 0, internal(value, fact))),
  });
}

export const equals = equality('equals', OP.EQ);
export const notEquals = equality('notEquals', OP.NE);

function ordering(name: OperatorName, op: OpCode): OperatorDef {
  return defineOperator({
    name,
    factTypes: ['number', 'date'],
    value: NumberOrDate,
    check: checkScalar,
    compile: (slot, value: ScalarValue, fact: FactDef) => fixed(boundNode(op, slot, internal(value, fact) as number)),
  });
}

export const greaterThan = ordering('greaterThan', OP.GT);
export const greaterThanOrEquals = ordering('greaterThanOrEquals', OP.GE);
export const lessThan = ordering('lessThan', OP.LT);
export const lessThanOrEquals = ordering('lessThanOrEquals', OP.LE);

/** Both ends included. */
export const between = defineOperator({
  name: 'between',
  factTypes: ['number', 'date'],
  value: z.tuple([NumberOrDate, NumberOrDate]),
  check: ([min, max], fact) => {
    const problem = checkScalar(min, fact) ?? checkScalar(max, fact);
    if (problem !== undefined) return problem;
    return (internal(min, fact) as number) > (internal(max, fact) as number)
      ? `operator "between" needs min ≤ max, got [${String(min)}, ${String(max)}]`
      : undefined;
  },
  compile: (slot, [min, max], fact) =>
    fixed(boundNode(OP.RANGE, slot, internal(min, fact) as number, internal(max, fact) as number)),
});
