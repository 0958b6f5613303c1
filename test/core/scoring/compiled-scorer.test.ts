import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MODELS, FACT_REGISTRY, validateScoringModel } from '../../../src/core/scoring';
import type { Facts, ScoringModel, ScoringModelInput } from '../../../src/core/scoring';
import { compiledScorer, MAX_COMPILED_RULES } from '../../../src/core/scoring/compiled-scorer';
import { adjustmentLabels, compileRule } from '../../../src/core/scoring/compiled-rule';
import { interpretedScorer, prepareScorer } from '../../../src/core/scoring/scorer';
import type { RecordScorer, ScorerParts } from '../../../src/core/scoring/scorer';
import { scorerRun } from '../../../src/core/scoring/scorer-run';
import { arbitraryCondition, arbitraryFacts, arbitraryNarrowFacts, TODAY_DAY } from './arbitraries';
import { model, modelInput, rule } from './helpers';
import type { RuleInput } from './helpers';

function partsOf(input: ScoringModel | ScoringModelInput): ScorerParts {
  const valid = validateScoringModel(input);
  return { model: valid, modelVersion: `${valid.id}@${valid.version}`, rules: valid.rules.map((r) => compileRule(r, valid)), labels: adjustmentLabels(valid) };
}

/** Both scorers of a model for a day, each with its own caches. */
function scorers(input: ScoringModel | ScoringModelInput, day: number): { compiled: RecordScorer; interpreted: RecordScorer } {
  const parts = partsOf(input);
  const compiled = compiledScorer(scorerRun(parts, day));
  if (compiled === undefined) throw new Error('this environment forbids compiled code');
  return { compiled, interpreted: interpretedScorer(scorerRun(parts, day)) };
}

const DATE_FACTS = FACT_REGISTRY.filter((def) => def.type === 'date').map((def) => def.name);
const ANY_FACT = FACT_REGISTRY.map((def) => def.name);
const GROUPS = [
  { id: 'fit-capped', axis: 'fit' },
  { id: 'fit-open', axis: 'fit' },
  { id: 'engagement-capped', axis: 'engagement' },
] as const;

const label = fc.constantFrom(
  { fr: 'Constante', en: 'Constant' },
  { fr: 'Valeur {value}', en: 'Value {value}' },
  { fr: 'Fin de LLD le {value}.', en: 'Lease ends on {value}.' },
  { fr: '{value}', en: '{value} and {value}' },
);

/** A valid rule: any condition, points of both signs, optional group, value fact and decay. */
const arbitraryRule = (index: number): fc.Arbitrary<RuleInput> => fc.record({
  axis: fc.constantFrom('fit', 'engagement'),
  when: arbitraryCondition,
  points: fc.integer({ min: -60, max: 60 }),
  reason: label,
  grouped: fc.boolean(),
  valueFact: fc.option(fc.constantFrom(...ANY_FACT), { nil: undefined }),
  since: fc.option(fc.constantFrom(...DATE_FACTS), { nil: undefined }),
  decay: fc.option(fc.oneof(fc.double({ min: 0.5, max: 400, noNaN: true }).map((halfLifeDays) => ({ halfLifeDays })), fc.nat(400).map((windowDays) => ({ windowDays }))), { nil: undefined }),
}).map(({ axis, grouped, since, decay, valueFact, ...r }) => {
  const group = GROUPS.filter((g) => g.axis === axis)[index % 2];
  const decays = axis === 'engagement' && since !== undefined && r.points > 0;
  return {
    id: `r${index}`,
    axis,
    ...r,
    ...(grouped && group !== undefined ? { group: group.id } : {}),
    ...(valueFact === undefined ? {} : { valueFact }),
    ...(decays ? { since, ...(decay === undefined ? {} : { decay }) } : {}),
  };
});

/** Whether the model loader takes these bars with these weights (it refuses a grade no record would get). */
function everyGradeGiven(grades: ScoringModelInput['grades'], combine: ScoringModelInput['combine']): boolean {
  try {
    validateScoringModel(modelInput([rule({ when: { fact: 'fleetSize', operator: 'isNotEmpty' } })], { grades, combine }));
    return true;
  } catch {
    return false;
  }
}

const arbitraryModel: fc.Arbitrary<ScoringModelInput> = fc.record({
  count: fc.integer({ min: 1, max: 10 }),
  caps: fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 })),
  weights: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 })),
  grades: fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }).map((g) => [...g].sort((a, b) => b - a)),
  // Axis minimums on some grades (a score alone, or `{score, fit, engagement}`); bars that leave a grade unreachable
  // (the minimums imply a score that reaches a higher bar) are refused by the loader, so left out below.
  minimums: fc.array(fc.option(fc.record({ fit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), engagement: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
}).map(({ count, caps, weights, grades: scores, minimums }) => {
  const bar = (i: number, fallback: number) => {
    const score = scores[i] ?? fallback;
    const min = minimums[i];
    if (min === undefined) return score;
    return { score, ...(min.fit === undefined ? {} : { fit: min.fit }), ...(min.engagement === undefined ? {} : { engagement: min.engagement }) };
  };
  return { count, caps, weights, grades: { A: bar(0, 90), B: bar(1, 50), C: bar(2, 10) } };
}).filter(({ weights, grades }) => everyGradeGiven(grades, { fitWeight: weights[0], engagementWeight: weights[1] })).chain(({ count, caps, weights, grades }) => fc.tuple(...Array.from({ length: count }, (_, i) => arbitraryRule(i))).map((rules) => modelInput(rules, {
  groups: [
    { id: 'fit-capped', label: { fr: 'Plafonné', en: 'Capped' }, cap: caps[0] },
    { id: 'fit-open', label: { fr: 'Libre', en: 'Open' } },
    { id: 'engagement-capped', label: { fr: 'Engagement', en: 'Engagement' }, cap: caps[1] },
  ],
  combine: { fitWeight: weights[0], engagementWeight: weights[1] },
  grades,
})));

function scoreBoth(pair: ReturnType<typeof scorers>, batch: readonly Facts[]): void {
  // In sequence: the caches and the last reasons carried from one record to the next must not change an answer.
  for (const facts of batch) expect(pair.compiled(facts)).toStrictEqual(pair.interpreted(facts));
}

describe('generated record scorer', () => {
  it.each(DEFAULT_MODELS.map((m) => [m.id, m] as const))('%s: gives exactly the interpreted result, record after record', (_id, m) => {
    fc.assert(fc.property(fc.array(fc.oneof(arbitraryFacts, arbitraryNarrowFacts), { minLength: 1, maxLength: 8 }), fc.integer({ min: -400, max: 400 }), (batch, shift) => {
      scoreBoth(scorers(m, TODAY_DAY + shift), batch);
    }), { numRuns: 150 });
  });

  it('gives exactly the interpreted result for any model: caps, floors, ceilings, decay, weights and grades', () => {
    fc.assert(fc.property(arbitraryModel, fc.array(arbitraryNarrowFacts, { minLength: 1, maxLength: 5 }), fc.integer({ min: -3, max: 3 }), (input, batch, shift) => {
      scoreBoth(scorers(input, TODAY_DAY + shift), batch);
    }), { numRuns: 300 });
  });

  it('writes no text of the model into its code', () => {
    const hostile = "'); globalThis.pwnedScorer = true; ('";
    const m = model([rule({ reason: { fr: hostile, en: `${hostile} {value}` }, when: { fact: 'autoCibleSiret', operator: 'equals', value: hostile } })]);
    // Validation refuses a version that is not dotted numbers: the hostile one goes into the parts directly.
    const parts = { ...partsOf(m), modelVersion: hostile };
    const compiled = compiledScorer(scorerRun(parts, TODAY_DAY));
    const facts = FACT_REGISTRY.map((def) => (def.name === 'autoCibleSiret' ? hostile : null));
    const result = compiled?.(facts);
    expect(result?.fired.map((r) => r.label.fr)).toEqual([hostile]);
    expect(result?.modelVersion).toBe(hostile);
    expect((globalThis as { pwnedScorer?: boolean }).pwnedScorer).toBeUndefined();
  });

  it(`leaves a model of more than ${String(MAX_COMPILED_RULES)} rules to the interpreted loop, which scores it the same`, () => {
    const rules = Array.from({ length: MAX_COMPILED_RULES + 1 }, (_, i) => rule({ id: `r${String(i)}`, points: 1, when: { fact: 'fleetSize', operator: 'greaterThanOrEquals', value: i } }));
    const parts = partsOf(model(rules));
    expect(compiledScorer(scorerRun(parts, TODAY_DAY))).toBeUndefined();
    const facts = FACT_REGISTRY.map((def) => (def.name === 'fleetSize' ? 40 : null));
    const result = prepareScorer(parts, TODAY_DAY)(facts);
    expect(result.fit).toBe(41);
    expect(result).toStrictEqual(interpretedScorer(scorerRun(parts, TODAY_DAY))(facts));
  });
});

describe('where compiling code is forbidden (Content-Security-Policy without unsafe-eval)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('scores with the interpreted loop, with the same results', () => {
    const parts = partsOf(DEFAULT_MODELS[0] as ScoringModel);
    const reference = interpretedScorer(scorerRun(parts, TODAY_DAY));
    vi.stubGlobal('Function', function forbidden(): never {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    expect(compiledScorer(scorerRun(parts, TODAY_DAY))).toBeUndefined();
    const scorer = prepareScorer(parts, TODAY_DAY);
    fc.assert(fc.property(arbitraryFacts, (facts) => {
      expect(scorer(facts)).toStrictEqual(reference(facts));
    }), { numRuns: 50 });
  });
});
