import type { FactValue, Facts } from '../fact-types';

/** Instructions of the condition interpreter. */
export const OP = {
  FALSE: 0,
  EQ: 1,
  NE: 2,
  IN: 3,
  NOT_IN: 4,
  GT: 5,
  GE: 6,
  LT: 7,
  LE: 8,
  RANGE: 9,
  EMPTY: 10,
  NOT_EMPTY: 11,
  CONTAINS: 12,
  ALL: 13,
  ANY: 14,
  NOT: 15,
} as const;
export type OpCode = (typeof OP)[keyof typeof OP];

type ListItem = string | number | boolean;
const NO_ITEMS: readonly ListItem[] = [];
const NO_KIDS: readonly CondNode[] = [];

/**
 * A compiled condition. Every node has every field, so `evalNode` sees one object shape and one
 * switch instead of a closure call per condition: that keeps rule evaluation at a few nanoseconds.
 */
export class CondNode {
  constructor(
    readonly op: OpCode,
    /** Slot of the fact in the `Facts` vector (0 for `ALL`, `ANY`, `NOT`, which read none). */
    readonly slot: number,
    /** Bound of comparisons; lower end of `RANGE` (inclusive). */
    readonly lo: number,
    /** Upper end of `RANGE` (inclusive). */
    readonly hi: number,
    /** Value `EQ` and `NE` compare with. */
    readonly target: FactValue,
    /** Values of `IN` and `NOT_IN`, codes of `CONTAINS`. */
    readonly items: readonly ListItem[] = NO_ITEMS,
    /** Children of `ALL`, `ANY` and `NOT`. */
    readonly kids: readonly CondNode[] = NO_KIDS,
  ) {}
}

/** A leaf comparing the fact in `slot` with a bound: `GT`, `GE`, `LT`, `LE`, or `RANGE` from `lo` to `hi`. */
export function boundNode(op: OpCode, slot: number, lo: number, hi = lo): CondNode {
  return new CondNode(op, slot, lo, hi, null);
}

export function isEmptyValue(v: FactValue | undefined): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export function holdsAny(v: FactValue | undefined, items: readonly ListItem[]): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of items) if (typeof item === 'string' && v.includes(item)) return true;
  return false;
}

export function inItems(v: FactValue | undefined, items: readonly ListItem[]): boolean {
  return (typeof v === 'string' || typeof v === 'number') && items.includes(v);
}

function evalGroup(node: CondNode, facts: Facts): boolean {
  if (node.op === OP.ALL) {
    for (const kid of node.kids) if (!evalNode(kid, facts)) return false;
    return true;
  }
  if (node.op === OP.ANY) {
    for (const kid of node.kids) if (evalNode(kid, facts)) return true;
    return false;
  }
  const [inner] = node.kids;
  return inner !== undefined && !evalNode(inner, facts);
}

/**
 * Evaluates a compiled condition. An absent fact (`null`) fails every comparison, `NE` and `NOT_IN`
 * included; only `EMPTY` holds for it (and `NOT` inverts whatever its child gives).
 */
export function evalNode(node: CondNode, facts: Facts): boolean {
  const v = facts[node.slot];
  switch (node.op) {
    case OP.EQ: return v === node.target;
    case OP.NE: return v !== null && v !== undefined && v !== node.target;
    case OP.GT: return typeof v === 'number' && v > node.lo;
    case OP.GE: return typeof v === 'number' && v >= node.lo;
    case OP.LT: return typeof v === 'number' && v < node.lo;
    case OP.LE: return typeof v === 'number' && v <= node.lo;
    case OP.RANGE: return typeof v === 'number' && v >= node.lo && v <= node.hi;
    case OP.IN: return inItems(v, node.items);
    case OP.NOT_IN: return (typeof v === 'string' || typeof v === 'number') && !node.items.includes(v);
    case OP.CONTAINS: return holdsAny(v, node.items);
    case OP.EMPTY: return isEmptyValue(v);
    case OP.NOT_EMPTY: return !isEmptyValue(v);
    case OP.ALL:
    case OP.ANY:
    case OP.NOT: return evalGroup(node, facts);
    default: return false;
  }
}
