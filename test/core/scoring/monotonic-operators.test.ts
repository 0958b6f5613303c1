// Monotonic operators, checked exhaustively on a grid and on both scorers (the generated one `compileModel`
// runs, and the interpreted reference): a property over independent random bounds and values rarely draws
// the few inputs where a non-monotonic comparison shows (see properties.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, factsFrom, validateScoringModel } from '../../../src/core/scoring';
import type { Condition, FactValue, ScoringModel } from '../../../src/core/scoring';
import { adjustmentLabels, compileRule } from '../../../src/core/scoring/compiled-rule';
import { interpretedScorer } from '../../../src/core/scoring/scorer';
import { scorerRun } from '../../../src/core/scoring/scorer-run';
import { TODAY, TODAY_DAY } from './arbitraries';
import { model, rule } from './helpers';

const NUMBER_FACT = 'fleetSize';
const DATE_FACT = 'oldestVehicleMecDate';
const VALUES = Array.from({ length: 201 }, (_, i) => i - 100);
const BOUNDS = Array.from({ length: 101 }, (_, i) => i - 50);

type Fires = (value: FactValue) => boolean;

/** Whether the one rule of `when` fires, by the generated scorer and by the interpreted one. */
function firesBoth(when: Condition, fact: string): { compiled: Fires; interpreted: Fires } {
  const m: ScoringModel = model([rule({ when })]);
  const compiled = compileModel(m).prepare(TODAY);
  const valid = validateScoringModel(m);
  const parts = { model: valid, modelVersion: `${valid.id}@${valid.version}`, rules: valid.rules.map((r) => compileRule(r, valid)), labels: adjustmentLabels(valid) };
  const interpreted = interpretedScorer(scorerRun(parts, TODAY_DAY));
  const fires = (score: typeof compiled): Fires => (value) => score(factsFrom({ [fact]: value })).fired.some((r) => r.rule === 'r');
  return { compiled: fires(compiled), interpreted: fires(interpreted) };
}

/** The values of `values` (ascending) where `fires` holds, as runs `[first, last]`. */
function runsOf(values: readonly number[], fires: (v: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let previousFired = false;
  for (const v of values) {
    const fired = fires(v);
    const last = runs.at(-1);
    if (fired && previousFired && last !== undefined) last[1] = v;
    else if (fired) runs.push([v, v]);
    previousFired = fired;
  }
  return runs;
}

const FIRST = VALUES[0] ?? -100;
const LAST = VALUES.at(-1) ?? 100;

describe('comparison operators fire on one run of values, closed in the direction of the operator', () => {
  const cases = [
    // The value where the run starts (greater…) or ends (less…), for bound b.
    { operator: 'greaterThan', up: true, edge: (b: number) => b + 1 },
    { operator: 'greaterThanOrEquals', up: true, edge: (b: number) => b },
    { operator: 'lessThan', up: false, edge: (b: number) => b - 1 },
    { operator: 'lessThanOrEquals', up: false, edge: (b: number) => b },
  ] as const;

  it.each(cases)('$operator: for every bound in -50..50, the values -100..100 that fire are exactly one run reaching the end of the range', ({ operator, up, edge }) => {
    const notMonotonic: string[] = [];
    const wrongEdge: string[] = [];
    for (const bound of BOUNDS) {
      const scorers = firesBoth({ fact: NUMBER_FACT, operator, value: bound }, NUMBER_FACT);
      for (const [name, fires] of Object.entries(scorers)) {
        const runs = runsOf(VALUES, fires);
        const seen = `${name} ${operator} ${bound}: fires on ${JSON.stringify(runs)}`;
        // Up-closed (greater…): no run, or one run that ends at the last value; down-closed (less…) the mirror.
        const closed = runs.length === 0 || (runs.length === 1 && (up ? runs[0]?.[1] === LAST : runs[0]?.[0] === FIRST));
        if (!closed) notMonotonic.push(seen);
        else if (JSON.stringify(runs) !== JSON.stringify([up ? [edge(bound), LAST] : [FIRST, edge(bound)]])) wrongEdge.push(seen);
      }
    }
    expect(notMonotonic.slice(0, 10), 'values that fire are not an up-closed (greater…) or down-closed (less…) run').toEqual([]);
    expect(wrongEdge.slice(0, 10), 'the run does not start (greater…) or end (less…) at the bound').toEqual([]);
  });

  it('between: for every lower bound in -50..50 and several widths, the values that fire are exactly [min, max]', () => {
    const wrong: string[] = [];
    for (const min of BOUNDS) {
      for (const width of [0, 1, 2, 7, 50]) {
        const max = min + width;
        const scorers = firesBoth({ fact: NUMBER_FACT, operator: 'between', value: [min, max] }, NUMBER_FACT);
        for (const [name, fires] of Object.entries(scorers)) {
          const runs = runsOf(VALUES, fires);
          if (JSON.stringify(runs) !== JSON.stringify([[min, max]])) wrong.push(`${name} between [${min}, ${max}]: fires on ${JSON.stringify(runs)}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe('"older than" date operators: a date that fires makes every earlier date fire', () => {
  const olderThan = [
    { operator: 'olderThanDays', ns: [0, 1, 30, 365, 1000, 4000], unitDays: 1 },
    { operator: 'olderThanMonths', ns: [0, 1, 6, 12, 13, 60, 130], unitDays: 31 },
    { operator: 'olderThanYears', ns: [0, 1, 2, 3, 4, 8, 11], unitDays: 366 },
  ] as const;
  // From well before the oldest window edge above (11 years, 130 months, 4000 days) to a year after today.
  const DAYS = Array.from({ length: 5000 + 365 }, (_, i) => TODAY_DAY - 5000 + i);

  it.each(olderThan)('$operator: over every day of 14 years, the days that fire are one run from the first day to N units before today', ({ operator, ns }) => {
    const wrong: string[] = [];
    for (const n of ns) {
      for (const [name, fires] of Object.entries(firesBoth({ fact: DATE_FACT, operator, value: n }, DATE_FACT))) {
        const runs = runsOf(DAYS, fires);
        const first = runs[0];
        // One run, from the first day scanned, ending no later than today.
        if (runs.length !== 1 || first === undefined || first[0] !== DAYS[0] || first[1] > TODAY_DAY) wrong.push(`${name} ${operator} ${n}: fires on days ${JSON.stringify(runs.map(([a, b]) => [a - TODAY_DAY, b - TODAY_DAY]))} from today`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('property: if a date fires, an earlier date fires too, for each operator, N and pair of dates', () => {
    fc.assert(fc.property(
      fc.constantFrom(...olderThan), fc.nat(12), fc.integer({ min: -16 * 366, max: 400 }), fc.integer({ min: 1, max: 8 * 366 }),
      ({ operator, unitDays }, units, offset, gap) => {
        // N in the operator's unit, up to about 12 years.
        const n = Math.min(units * Math.ceil(366 / unitDays), 4000);
        const scorers = firesBoth({ fact: DATE_FACT, operator, value: n }, DATE_FACT);
        const later = TODAY_DAY + offset;
        for (const fires of [scorers.compiled, scorers.interpreted]) {
          if (fires(later)) expect(fires(later - gap), `${operator} ${n}: day ${offset} fires, day ${offset - gap} does not`).toBe(true);
        }
      },
    ), { numRuns: 400 });
  });
});
