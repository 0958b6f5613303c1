import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS, FACT_REGISTRY } from '../../../src/core/scoring';
import type { Condition } from '../../../src/core/scoring';
import { compileCondition, requiredSlot } from '../../../src/core/scoring/compile-condition';
import { compiledMatcher, interpretedMatcher } from '../../../src/core/scoring/rule-matcher';
import { arbitraryCondition as condition, arbitraryFacts, arbitraryNarrowFacts, TODAY_DAY } from './arbitraries';

function matchers(conditions: readonly Condition[], day: number) {
  const rules = conditions.map((c) => ({ requires: requiredSlot(c) }));
  const nodes = conditions.map((c) => compileCondition(c)(day));
  const compiled = compiledMatcher(rules, nodes);
  if (compiled === undefined) throw new Error('this environment forbids compiled code');
  return { compiled, interpreted: interpretedMatcher(rules, nodes), size: conditions.length };
}

function matched(match: (f: Parameters<ReturnType<typeof interpretedMatcher>>[0], out: Int32Array) => number, facts: Parameters<ReturnType<typeof interpretedMatcher>>[0], size: number): number[] {
  const out = new Int32Array(size);
  return Array.from(out.subarray(0, match(facts, out)));
}

describe('compiled rule matcher', () => {
  it('fires exactly the rules the interpreter fires, for any conditions and facts', () => {
    fc.assert(fc.property(fc.array(condition, { minLength: 1, maxLength: 8 }), fc.array(arbitraryNarrowFacts, { minLength: 1, maxLength: 4 }), fc.integer({ min: -3, max: 3 }), (conditions, batch, shift) => {
      const m = matchers(conditions, TODAY_DAY + shift);
      for (const facts of batch) expect(matched(m.compiled, facts, m.size)).toEqual(matched(m.interpreted, facts, m.size));
    }), { numRuns: 300 });
  });

  it('splits a large model into several functions and still reports every rule in model order', () => {
    const conditions: Condition[] = Array.from({ length: 130 }, (_, i) => ({ fact: 'fleetSize', operator: 'greaterThanOrEquals', value: i }));
    const m = matchers(conditions, TODAY_DAY);
    fc.assert(fc.property(arbitraryFacts, (facts) => {
      expect(matched(m.compiled, facts, m.size)).toEqual(matched(m.interpreted, facts, m.size));
    }), { numRuns: 50 });
  });

  it('writes no code taken from the model: texts and lists are passed as constants', () => {
    const hostile = "x'); globalThis.pwned = true; ('";
    const m = matchers([{ fact: 'autoCibleSiret', operator: 'equals', value: hostile }, { fact: 'autoCibleSiret', operator: 'in', value: [hostile] }], TODAY_DAY);
    const facts = Array.from({ length: FACT_REGISTRY.length }, (_, i) => (FACT_REGISTRY[i]?.name === 'autoCibleSiret' ? hostile : null));
    expect(matched(m.compiled, facts, m.size)).toEqual([0, 1]);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it.each(DEFAULT_MODELS.map((model) => [model.id, model] as const))('%s: compiled and interpreted matchers agree on random records', (_id, model) => {
    const m = matchers(model.rules.map((r) => r.when), TODAY_DAY);
    fc.assert(fc.property(arbitraryFacts, (facts) => {
      expect(matched(m.compiled, facts, m.size)).toEqual(matched(m.interpreted, facts, m.size));
    }), { numRuns: 200 });
  });
});
