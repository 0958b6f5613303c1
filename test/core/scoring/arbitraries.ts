import fc from 'fast-check';
import { FACT_REGISTRY, factsFrom, parseDay } from '../../../src/core/scoring';
import type { FactDef, FactValue } from '../../../src/core/scoring';

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
