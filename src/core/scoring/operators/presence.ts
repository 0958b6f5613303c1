import { defineOperator } from './define';
import { CondNode, OP } from './node';
import type { OpCode } from './node';
import type { OperatorDef, OperatorName } from './types';

const ALL_TYPES = ['number', 'date', 'enum', 'multiEnum', 'bool', 'string'] as const;

function presence(name: OperatorName, op: OpCode): OperatorDef {
  return defineOperator({
    name,
    factTypes: ALL_TYPES,
    value: undefined,
    compile: (slot) => {
      const node = new CondNode(op, slot, 0, 0, null);
      return () => node;
    },
  });
}

/** The one operator an absent fact satisfies. */
export const isEmpty = presence('isEmpty', OP.EMPTY);
export const isNotEmpty = presence('isNotEmpty', OP.NOT_EMPTY);
