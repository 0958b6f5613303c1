import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineAxes,
  compileModel,
  DEFAULT_MODELS,
  factsFrom,
  gradeOf,
  isoFromDay,
} from '../../../src/core/scoring';
import type { ScoringModel } from '../../../src/core/scoring';
import { arbitraryFacts, TODAY, TODAY_DAY } from './arbitraries';
import { model, rule } from './helpers';


const cappedModel = model(
  [
    rule({ id: 'a', group: 'g', points: 60, when: { fact: 'fleetSize', operator: 'greaterThan', value: 10 } }),
    rule({ id: 'b', group: 'g', points: 50, when: { fact: 'vulSharePercent', operator: 'greaterThan', value: 20 } }),
    rule({ id: 'c', points: -40, when: { fact: 'autoCibleSiret', operator: 'isEmpty' } }),
    rule({ id: 'd', axis: 'engagement', group: 'h', points: 70, since: 'lastInboundContactDate', when: { fact: 'lastInboundContactDate', operator: 'withinLastDays', value: 400 } }),
    rule({ id: 'e', axis: 'engagement', group: 'h', points: 60, when: { fact: 'nextLeaseEndDate', operator: 'withinNextMonths', value: 12 } }),
  ],
  { groups: [{ id: 'g', label: { fr: 'G', en: 'G' }, cap: 70 }, { id: 'h', label: { fr: 'H', en: 'H' }, cap: 110 }] },
);

const MODELS: readonly ScoringModel[] = [...DEFAULT_MODELS, cappedModel];

function withoutDecay(m: ScoringModel): ScoringModel {
  return { ...m, rules: m.rules.map(({ since: _since, decay: _decay, ...r }) => r) };
}

const sumOf = (points: readonly number[]): number => points.reduce((a, b) => a + b, 0);

describe('scoring invariants', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s: reasons add up to fit and engagement, and combine into the score', (_id, m) => {
    const score = compileModel(m).prepare(TODAY);
    fc.assert(fc.property(arbitraryFacts, (facts) => {
      const result = score(facts);
      expect(sumOf(result.fired.filter((r) => r.axis === 'fit').map((r) => r.points))).toBe(result.fit);
      expect(sumOf(result.fired.filter((r) => r.axis === 'engagement').map((r) => r.points))).toBe(result.engagement);
      expect(result.score).toBe(combineAxes(result.fit, result.engagement, m.combine));
      for (const value of [result.fit, result.engagement, result.score]) expect(value >= 0 && value <= 100).toBe(true);
    }), { numRuns: 300 });
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s: decay never increases engagement', (_id, m) => {
    const decayed = compileModel(m).prepare(TODAY);
    const full = compileModel(withoutDecay(m)).prepare(TODAY);
    fc.assert(fc.property(arbitraryFacts, (facts) => {
      expect(decayed(facts).engagement).toBeLessThanOrEqual(full(facts).engagement);
    }), { numRuns: 300 });
  });

  it('decayed points never grow with the time since the event', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.5, max: 400, noNaN: true }), fc.nat(2000), fc.nat(2000),
      (points, halfLifeDays, d1, d2) => {
        const m = model([rule({ axis: 'engagement', points, since: 'lastInboundContactDate', when: { fact: 'lastInboundContactDate', operator: 'isNotEmpty' } })], { decay: { halfLifeDays } });
        const scorer = compileModel(m);
        const at = (days: number): number => scorer(factsFrom({ lastInboundContactDate: TODAY_DAY }), isoFromDay(TODAY_DAY + days)).fired[0]?.points ?? Number.NaN;
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(at(early)).toBeGreaterThanOrEqual(at(late));
        expect(at(early)).toBeLessThanOrEqual(points);
        expect(at(late)).toBeGreaterThanOrEqual(0);
      },
    ));
  });

  it('is deterministic: same facts and day give deep-equal results, whatever was scored before', () => {
    fc.assert(fc.property(fc.array(arbitraryFacts, { minLength: 2, maxLength: 6 }), (batch) => {
      for (const m of MODELS) {
        const forward = compileModel(m).prepare(TODAY);
        const backward = compileModel(m).prepare(TODAY);
        const a = batch.map((facts) => forward(facts));
        const b = [...batch].reverse().map((facts) => backward(facts)).reverse();
        expect(b).toEqual(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }
    }), { numRuns: 60 });
  });

  it('grades never get better as the score, the fit or the engagement falls, with or without axis minimums', () => {
    const rank = { A: 0, B: 1, C: 2, D: 3 } as const;
    const axis = fc.integer({ min: 0, max: 100 });
    const bar = fc.oneof(
      fc.integer({ min: 1, max: 100 }),
      fc.record({ score: fc.integer({ min: 1, max: 100 }), fit: fc.option(axis, { nil: undefined }), engagement: fc.option(axis, { nil: undefined }) }, { requiredKeys: ['score'] }),
    );
    const grades = fc.record({ A: bar, B: bar, C: bar });
    const point = fc.tuple(axis, axis, axis);
    fc.assert(fc.property(grades, point, point, (g, p1, p2) => {
      const low = [0, 1, 2].map((i) => Math.min(p1[i] ?? 0, p2[i] ?? 0)) as [number, number, number];
      const high = [0, 1, 2].map((i) => Math.max(p1[i] ?? 0, p2[i] ?? 0)) as [number, number, number];
      expect(rank[gradeOf(...low, g)]).toBeGreaterThanOrEqual(rank[gradeOf(...high, g)]);
    }));
  });

  it('keeps monotonic rules monotonic: raising a fact never lowers a greaterThan rule’s points, nor raises a lessThan rule’s', () => {
    const operators = ['greaterThan', 'greaterThanOrEquals', 'lessThan', 'lessThanOrEquals'] as const;
    fc.assert(fc.property(
      fc.constantFrom(...operators), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }),
      (operator, bound, points, x, y) => {
        const scorer = compileModel(model([rule({ points, when: { fact: 'fleetSize', operator, value: bound } })]));
        const contribution = (value: number): number => scorer(factsFrom({ fleetSize: value }), TODAY).fired.find((r) => r.rule === 'r')?.points ?? 0;
        const [low, high] = x <= y ? [x, y] : [y, x];
        if (operator.startsWith('greater')) expect(contribution(high)).toBeGreaterThanOrEqual(contribution(low));
        else expect(contribution(high)).toBeLessThanOrEqual(contribution(low));
      },
    ));
  });
});
