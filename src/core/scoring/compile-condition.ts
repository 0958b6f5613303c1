import type { Condition } from './condition-schema';
import { FACT_INDEX, getFactDef } from './fact-registry';
import { CondNode, OP } from './operators/node';
import type { OpCode } from './operators/node';
import { OPERATORS } from './operators/registry';
import type { NodeFactory } from './operators/types';

const FALSE_NODE = new CondNode(OP.FALSE, 0, 0, 0, null);

function group(op: OpCode, parts: readonly NodeFactory[]): NodeFactory {
  return (today) => {
    const kids = parts.map((part) => part(today));
    // A group of one is its child: one interpreter step fewer per record.
    const [only] = kids;
    return op !== OP.NOT && kids.length === 1 && only !== undefined ? only : new CondNode(op, 0, 0, 0, null, undefined, kids);
  };
}

/** Compiles a validated condition into a node factory (date windows are resolved per scoring day). */
export function compileCondition(condition: Condition): NodeFactory {
  if ('all' in condition) return group(OP.ALL, condition.all.map(compileCondition));
  if ('any' in condition) return group(OP.ANY, condition.any.map(compileCondition));
  if ('not' in condition) return group(OP.NOT, [compileCondition(condition.not)]);
  const fact = getFactDef(condition.fact);
  const slot = FACT_INDEX.get(condition.fact);
  // compileModel validates the model first, so the fact exists; an unknown fact simply never matches.
  if (fact === undefined || slot === undefined) return () => FALSE_NODE;
  return OPERATORS[condition.operator].compile(slot, condition.value, fact);
}

/**
 * A fact the condition cannot hold without (its slot), or -1: the scoring loop skips a rule whose
 * required fact is absent without evaluating it, which is most rules of most records.
 */
export function requiredSlot(condition: Condition): number {
  if ('all' in condition) {
    for (const part of condition.all) {
      const slot = requiredSlot(part);
      if (slot >= 0) return slot;
    }
    return -1;
  }
  if ('any' in condition) {
    const slots = new Set(condition.any.map(requiredSlot));
    const [only] = slots;
    return slots.size === 1 && only !== undefined ? only : -1;
  }
  if ('not' in condition || condition.operator === 'isEmpty') return -1;
  return FACT_INDEX.get(condition.fact) ?? -1;
}

/** The first fact a condition names, in document order: what its rule shows by default. */
export function firstFact(condition: Condition): string {
  if ('all' in condition) return firstFact(condition.all[0] ?? { fact: '', operator: 'isEmpty' });
  if ('any' in condition) return firstFact(condition.any[0] ?? { fact: '', operator: 'isEmpty' });
  if ('not' in condition) return firstFact(condition.not);
  return condition.fact;
}
