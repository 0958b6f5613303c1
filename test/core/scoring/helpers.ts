import { compileModel, factsFrom } from '../../../src/core/scoring';
import type { Condition, FactValue, ScoringModel, ScoringModelInput, ScoringRule } from '../../../src/core/scoring';

type RuleInput = ScoringModelInput['rules'][number];

/** A rule with defaults for what a test does not care about. */
export function rule(overrides: Partial<RuleInput> & Pick<RuleInput, 'when'>): RuleInput {
  return { id: 'r', axis: 'fit', points: 10, reason: { fr: 'Raison', en: 'Reason' }, ...overrides };
}

/** A valid model around `rules`, as data (before validation). */
export function modelInput(rules: readonly RuleInput[], overrides: Partial<ScoringModelInput> = {}): ScoringModelInput {
  return {
    id: 'test-model',
    version: '1',
    name: { fr: 'Test', en: 'Test' },
    appliesTo: { customerKinds: ['PARTICULIER', 'PROFESSIONNEL'], entityTypes: ['Account', 'Contact', 'Lead'] },
    grades: { A: 70, B: 50, C: 30 },
    combine: { fitWeight: 50, engagementWeight: 50 },
    decay: { halfLifeDays: 90 },
    groups: [],
    rules: [...rules],
    ...overrides,
  };
}

/** `modelInput` typed as a validated model: compileModel validates it again. */
export function model(rules: readonly RuleInput[], overrides: Partial<ScoringModelInput> = {}): ScoringModel {
  return modelInput(rules, overrides) as ScoringModel;
}

/** Whether `when` holds for facts given by name (dates as YYYY-MM-DD or day numbers) on `today`. */
export function holds(when: Condition, values: Readonly<Record<string, FactValue>>, today = '2024-03-15'): boolean {
  const scorer = compileModel(model([rule({ when })]));
  return scorer(factsFrom(values), today).fired.some((r) => r.rule === 'r');
}

export type { RuleInput, ScoringRule };
