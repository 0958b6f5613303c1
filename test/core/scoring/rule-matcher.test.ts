import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS, FACT_REGISTRY, isoFromDay } from '../../../src/core/scoring';
import type { Condition, FactDef } from '../../../src/core/scoring';
import { compileCondition, requiredSlot } from '../../../src/core/scoring/compile-condition';
import { compiledMatcher, interpretedMatcher } from '../../../src/core/scoring/rule-matcher';
import { arbitraryFacts, arbitraryNarrowFacts, arbitraryValue, TODAY_DAY } from './arbitraries';

const codesOf = (def: FactDef): string[] => def.enum?.options.map((o) => o.code) ?? [];
const presence = (def: FactDef): fc.Arbitrary<Condition> => fc.constantFrom<Condition>({ fact: def.name, operator: 'isEmpty' }, { fact: def.name, operator: 'isNotEmpty' });
const scalar = (def: FactDef): fc.Arbitrary<string | number | boolean> => arbitraryValue(def, true).filter((v) => v !== null && !Array.isArray(v)).map((v) => (def.type === 'date' && typeof v === 'number' ? isoFromDay(v) : v as string | number | boolean));

/** A valid leaf condition on `def`, with every operator its type accepts. */
function leaf(def: FactDef): fc.Arbitrary<Condition> {
  const fact = def.name;
  const equality = fc.tuple(fc.constantFrom('equals', 'notEquals'), scalar(def)).map(([operator, value]) => ({ fact, operator, value }) as Condition);
  const ordered = fc.tuple(fc.constantFrom('greaterThan', 'greaterThanOrEquals', 'lessThan', 'lessThanOrEquals'), scalar(def)).map(([operator, value]) => ({ fact, operator, value }) as Condition);
  const between = fc.tuple(scalar(def), scalar(def)).map(([a, b]) => ({ fact, operator: 'between', value: a <= b ? [a, b] : [b, a] }) as Condition);
  const membership = fc.tuple(fc.constantFrom('in', 'notIn'), fc.array(scalar(def), { minLength: 1, maxLength: 4 })).map(([operator, value]) => ({ fact, operator, value }) as Condition);
  const window = fc.tuple(fc.constantFrom('withinNextDays', 'withinLastDays', 'olderThanDays', 'withinNextMonths', 'withinLastMonths', 'olderThanMonths', 'olderThanYears'), fc.nat(4))
    .map(([operator, value]) => ({ fact, operator, value }) as Condition);
  switch (def.type) {
    case 'number': return fc.oneof(equality, ordered, between, membership, presence(def));
    case 'date': return fc.oneof(equality, ordered, between, window, presence(def));
    case 'enum':
    case 'string': return fc.oneof(equality, membership, presence(def));
    case 'bool': return fc.oneof(equality, presence(def));
    case 'multiEnum': return fc.oneof(fc.subarray(codesOf(def), { minLength: 1 }).map((value) => ({ fact, operator: 'contains', value }) as Condition), presence(def));
  }
}

const anyLeaf = fc.constantFrom(...FACT_REGISTRY).chain(leaf);
const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyLeaf,
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
}));

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
