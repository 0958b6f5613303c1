import fc from 'fast-check';
import { FACT_REGISTRY, factsFrom, isoFromDay, parseDay } from '../../../src/core/scoring';
import type { Condition, FactDef, FactValue } from '../../../src/core/scoring';

/** The day the property tests score on. */
export const TODAY = '2024-03-15';
export const TODAY_DAY = parseDay(TODAY) ?? 0;

const codesOf = (def: FactDef): string[] => def.enum?.options.map((o) => o.code) ?? [];

/**
 * A value of `def`'s type, around `TODAY` for dates. `narrow` draws from a few values only, so that
 * facts and condition bounds often meet (boundaries are where operators differ).
 */
export function arbitraryValue(def: FactDef, narrow = false): fc.Arbitrary<FactValue> {
  const codes = codesOf(def);
  switch (def.type) {
    case 'number': return narrow
      ? fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constantFrom(0.5, 2.5))
      : fc.oneof(fc.integer({ min: -10, max: 200_000 }), fc.double({ min: 0, max: 100, noNaN: true }));
    case 'date': return narrow ? fc.integer({ min: TODAY_DAY - 3, max: TODAY_DAY + 3 }) : fc.integer({ min: TODAY_DAY - 4000, max: TODAY_DAY + 800 });
    case 'bool': return fc.boolean();
    case 'enum': return fc.constantFrom(...codes);
    case 'multiEnum': return fc.subarray(codes, { minLength: 1 });
    case 'string': return fc.constantFrom('45.11Z', '49.41A', '73282932000074', 'x');
  }
}

const factsArbitrary = (narrow: boolean) => fc.record(
  Object.fromEntries(FACT_REGISTRY.map((def) => [def.name, fc.option(arbitraryValue(def, narrow), { nil: null, freq: 2 })])),
).map((values) => factsFrom(values));

/** Facts with each registered fact present or absent at random. */
export const arbitraryFacts = factsArbitrary(false);

/** The same with values from the few of `arbitraryValue(def, true)`. */
export const arbitraryNarrowFacts = factsArbitrary(true);

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

/** A valid condition tree over any registered fact, with every operator its type accepts. */
export const arbitraryCondition = condition;
