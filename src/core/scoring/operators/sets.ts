import { z } from 'zod';
import type { FactDef } from '../fact-types';
import { defineOperator } from './define';
import { CondNode, OP } from './node';
import type { OpCode } from './node';
import type { OperatorDef, OperatorName } from './types';
import { checkCode, checkScalar, internal, ScalarList } from './values';

function checkList(list: readonly (string | number)[], fact: FactDef): string | undefined {
  for (const item of list) {
    const problem = checkScalar(item, fact);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function membership(name: OperatorName, op: OpCode): OperatorDef {
  return defineOperator({
    name,
    factTypes: ['number', 'enum', 'string'],
    value: ScalarList,
    check: checkList,
    compile: (slot, list, fact) => {
      const node = new CondNode(op, slot, 0, 0, null, list.map((item) => internal(item, fact)));
      return () => node;
    },
  });
}

export const inSet = membership('in', OP.IN);
export const notInSet = membership('notIn', OP.NOT_IN);

/** True when the multi-enum fact holds the code, or at least one of the codes of a list. */
export const contains = defineOperator({
  name: 'contains',
  factTypes: ['multiEnum'],
  value: z.union([z.string(), z.array(z.string()).min(1)]),
  check: (value, fact) => {
    for (const code of typeof value === 'string' ? [value] : value) {
      const problem = checkCode(code, fact);
      if (problem !== undefined) return problem;
    }
    return undefined;
  },
  compile: (slot, value) => {
    const node = new CondNode(OP.CONTAINS, slot, 0, 0, null, typeof value === 'string' ? [value] : [...value]);
    return () => node;
  },
});
