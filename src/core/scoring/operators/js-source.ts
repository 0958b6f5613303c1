import type { CondNode } from './node';
import { OP } from './node';

/**
 * JavaScript source for compiled conditions, so V8 optimises a model's conditions as one function
 * instead of walking `CondNode` trees: about three times faster on the default models.
 *
 * Nothing that comes from a model file is ever written into the source. The source holds only what
 * this file writes: operators, fact slots (integers of the registry), numbers it checked to be finite,
 * and `k[i]`, an index into a table of constants (`Constants`) that holds every other value — codes,
 * lists, bounds such as `-Infinity`. Helpers are reached as `h.name`. The result must mean exactly what
 * `evalNode` means: the tests check both on random facts.
 */
export class Constants {
  readonly values: unknown[] = [];

  ref(value: unknown): string {
    this.values.push(value);
    return `k[${this.values.length - 1}]`;
  }

  /** A finite number as a literal (in parentheses when negative), anything else as a constant. */
  number(value: number): string {
    if (!Number.isFinite(value)) return this.ref(value);
    if (value === 0) return '0';
    return value < 0 ? `(${String(value)})` : String(value);
  }
}

/** What `h` holds in the generated source. */
export interface SourceHelpers {
  readonly inItems: (v: unknown, items: readonly unknown[]) => boolean;
  readonly holdsAny: (v: unknown, items: readonly unknown[]) => boolean;
  readonly isEmptyValue: (v: unknown) => boolean;
}

/** How the generated code reads the fact in a slot: `f[slot]` by default, a local the caller loaded otherwise. */
export type SlotReader = (slot: number) => string;

export const readFactsVector: SlotReader = (slot) => `f[${String(slot | 0)}]`;

function compare(node: CondNode, test: string, read: SlotReader): string {
  return `(typeof (v = ${read(node.slot)}) === 'number' && ${test})`;
}

// Past this many codes a set is searched by `includes` in a helper; below, compared one by one inline
// (no call: V8 does not inline helpers into a scorer as large as a whole model).
const INLINE_ITEMS = 8;

/** Items an `in` test can match inline with `===`: strings and numbers other than NaN (`includes` finds NaN). */
function inlineItems(items: readonly unknown[]): readonly (string | number)[] | undefined {
  if (items.length > INLINE_ITEMS) return undefined;
  const kept: (string | number)[] = [];
  for (const item of items) {
    if (typeof item === 'number' && Number.isNaN(item)) return undefined;
    // A boolean item never matches: `inItems` only looks for strings and numbers.
    if (typeof item === 'string' || typeof item === 'number') kept.push(item);
  }
  return kept;
}

/** `inItems(value, items)` for `value` a string or number in `v`: `v === k[a] || v === k[b] …`. */
function oneOfSource(items: readonly (string | number)[], k: Constants): string {
  return items.length === 0 ? 'false' : `(${items.map((item) => `v === ${k.ref(item)}`).join(' || ')})`;
}

function inSource(node: CondNode, k: Constants, read: SlotReader, negated: boolean): string {
  const items = inlineItems(node.items);
  const kind = `(typeof (v = ${read(node.slot)}) === 'string' || typeof v === 'number')`;
  if (items === undefined) return negated ? `(${kind} && !h.inItems(v, ${k.ref(node.items)}))` : `h.inItems(${read(node.slot)}, ${k.ref(node.items)})`;
  return `(${kind} && ${negated ? '!' : ''}${oneOfSource(items, k)})`;
}

// A record's list of codes (contact roles, energies…) seldom holds more than this many: its first codes
// are compared inline with the items, the rest of a longer list is searched by the helper.
const INLINE_CODES = 3;

/**
 * `holdsAny(list, items)`: the list in `v` holds one of the string items. Each of its first codes is
 * compared with the items inline: `includes` is a call per item, a good part of a record's time on a
 * model with a few such rules.
 */
function containsSource(node: CondNode, k: Constants, read: SlotReader): string {
  const items = node.items.length > INLINE_ITEMS ? undefined : node.items.filter((item): item is string => typeof item === 'string');
  if (items === undefined) return `h.holdsAny(${read(node.slot)}, ${k.ref(node.items)})`;
  if (items.length === 0) return 'false';
  const refs = items.map((item) => k.ref(item));
  const codes = Array.from({ length: INLINE_CODES }, (_, j) => `(v.length > ${String(j)} && (${refs.map((ref) => `v[${String(j)}] === ${ref}`).join(' || ')}))`);
  return `(Array.isArray(v = ${read(node.slot)}) && (${codes.join(' || ')} || (v.length > ${String(INLINE_CODES)} && h.holdsAny(v, ${k.ref(items)}))))`;
}

/** `isEmptyValue`: absent, the empty string or an empty list. */
function emptySource(node: CondNode, read: SlotReader): string {
  return `((v = ${read(node.slot)}) === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0))`;
}

function groupSource(node: CondNode, k: Constants, read: SlotReader): string {
  const kids = node.kids.map((kid) => conditionSource(kid, k, read));
  if (node.op === OP.NOT) return `!${kids[0] ?? 'false'}`;
  if (kids.length === 0) return node.op === OP.ALL ? 'true' : 'false';
  return `(${kids.join(node.op === OP.ALL ? ' && ' : ' || ')})`;
}

/**
 * A JS expression over facts `f`, constants `k`, helpers `h` and a scratch variable `v`, true exactly
 * when `evalNode(node, f)` is.
 */
export function conditionSource(node: CondNode, k: Constants, read: SlotReader = readFactsVector): string {
  // Slots are read only by the leaves that test them: a group has none, and a reader that loads the
  // facts it is asked for (`LocalFacts`) would load one for nothing.
  switch (node.op) {
    case OP.EQ: return `(${read(node.slot)} === ${k.ref(node.target)})`;
    case OP.NE: return `((v = ${read(node.slot)}) !== null && v !== undefined && v !== ${k.ref(node.target)})`;
    case OP.GT: return compare(node, `v > ${k.number(node.lo)}`, read);
    case OP.GE: return compare(node, `v >= ${k.number(node.lo)}`, read);
    case OP.LT: return compare(node, `v < ${k.number(node.lo)}`, read);
    case OP.LE: return compare(node, `v <= ${k.number(node.lo)}`, read);
    case OP.RANGE: return compare(node, `v >= ${k.number(node.lo)} && v <= ${k.number(node.hi)}`, read);
    case OP.IN: return inSource(node, k, read, false);
    case OP.NOT_IN: return inSource(node, k, read, true);
    case OP.CONTAINS: return containsSource(node, k, read);
    case OP.EMPTY: return emptySource(node, read);
    case OP.NOT_EMPTY: return `!${emptySource(node, read)}`;
    case OP.ALL:
    case OP.ANY:
    case OP.NOT: return groupSource(node, k, read);
    default: return 'false';
  }
}
