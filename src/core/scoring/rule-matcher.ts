import type { Facts } from './fact-types';
import { Constants, conditionSource } from './operators/js-source';
import { evalNode, holdsAny, inItems, isEmptyValue } from './operators/node';
import type { CondNode } from './operators/node';

/**
 * Finds the rules whose condition holds for one record: writes their indices into `out` in model
 * order and returns how many there are. `out` has room for every rule.
 */
export type RuleMatcher = (facts: Facts, out: Int32Array) => number;

/** What the matcher needs of a compiled rule. */
export interface MatchableRule {
  /** Slot of a fact the condition cannot hold without, or -1 (see `requiredSlot`). */
  readonly requires: number;
}

type Chunk = (facts: Facts, out: Int32Array, count: number) => number;

const HELPERS = { inItems, holdsAny, isEmptyValue };

// V8 stops optimising functions past a bytecode size, so a large model is split into functions of
// this many rules.
const RULES_PER_FUNCTION = 48;

/** The reference matcher: walks each rule's condition tree. */
export function interpretedMatcher(rules: readonly MatchableRule[], conditions: readonly CondNode[]): RuleMatcher {
  return (facts, out) => {
    let count = 0;
    for (let i = 0; i < rules.length; i += 1) {
      const requires = (rules[i] as MatchableRule).requires;
      if (requires >= 0 && facts[requires] === null) continue;
      if (evalNode(conditions[i] as CondNode, facts)) out[count++] = i;
    }
    return count;
  };
}

function chunkSource(rules: readonly MatchableRule[], conditions: readonly CondNode[], from: number, k: Constants): string {
  const lines: string[] = [];
  const to = Math.min(rules.length, from + RULES_PER_FUNCTION);
  for (let i = from; i < to; i += 1) {
    const requires = (rules[i] as MatchableRule).requires | 0;
    const guard = requires >= 0 ? `f[${String(requires)}] !== null && ` : '';
    lines.push(`if (${guard}${conditionSource(conditions[i] as CondNode, k)}) out[n++] = ${String(i)};`);
  }
  return `'use strict';\nreturn function matchRules(f, out, n) {\nlet v;\n${lines.join('\n')}\nreturn n;\n};`;
}

/**
 * The same matcher compiled to JavaScript (see `operators/js-source.ts`), or `undefined` where the
 * environment forbids compiling code (a browser page whose Content-Security-Policy has no `unsafe-eval`).
 */
export function compiledMatcher(rules: readonly MatchableRule[], conditions: readonly CondNode[]): RuleMatcher | undefined {
  const chunks: Chunk[] = [];
  try {
    for (let from = 0; from < rules.length; from += RULES_PER_FUNCTION) {
      const k = new Constants();
      const source = chunkSource(rules, conditions, from, k);
      const make = new Function('k', 'h', source) as (k: readonly unknown[], h: typeof HELPERS) => Chunk;
      chunks.push(make(k.values, HELPERS));
    }
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
  const [only] = chunks;
  if (chunks.length === 0) return () => 0;
  if (chunks.length === 1 && only !== undefined) return (facts, out) => only(facts, out, 0);
  return (facts, out) => {
    let count = 0;
    for (const chunk of chunks) count = chunk(facts, out, count);
    return count;
  };
}

/** The compiled matcher where the environment allows it, the interpreted one otherwise. */
export function ruleMatcher(rules: readonly MatchableRule[], conditions: readonly CondNode[]): RuleMatcher {
  return compiledMatcher(rules, conditions) ?? interpretedMatcher(rules, conditions);
}
