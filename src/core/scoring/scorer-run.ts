import type { AdjustmentLabels, CompiledRule } from './compiled-rule';
import type { Facts } from './fact-types';
import type { ScoringModel } from './model-schema';
import type { CondNode } from './operators/node';
import { ReasonCache } from './reason-cache';
import { cappedGroups } from './reason-makers';
import type { CappedGroup } from './reason-makers';
import type { Reason, ScoreResult } from './result-types';

/** Scores one record's facts for the day the scorer was prepared for. */
export type RecordScorer = (facts: Facts) => ScoreResult;

export interface ScorerParts {
  readonly model: ScoringModel;
  readonly modelVersion: string;
  readonly rules: readonly CompiledRule[];
  readonly labels: AdjustmentLabels;
}

/** Per-run state of a prepared scorer: conditions resolved for the day, caches, scratch space. */
export interface ScorerRun {
  readonly parts: ScorerParts;
  readonly today: number;
  readonly conditions: readonly CondNode[];
  readonly texts: readonly ReasonCache[];
  /** The last reason of each rule with a constant label. */
  readonly lastFixed: (Reason | undefined)[];
  /** The recent reasons of each rule with a constant label (`fixedReason`). */
  readonly recentFixed: readonly Reason[][];
  readonly fitCaps: readonly CappedGroup[];
  readonly engagementCaps: readonly CappedGroup[];
}

/** The state of a run of `parts` on day `today`: conditions with their date windows, caches. */
export function scorerRun(parts: ScorerParts, today: number): ScorerRun {
  const { rules, model, labels } = parts;
  return {
    parts,
    today,
    conditions: rules.map((rule) => rule.when(today)),
    texts: rules.map((rule) => new ReasonCache(rule.label, rule.shown)),
    lastFixed: rules.map(() => undefined),
    recentFixed: rules.map(() => []),
    fitCaps: cappedGroups(model, rules, labels, 'fit'),
    engagementCaps: cappedGroups(model, rules, labels, 'engagement'),
  };
}
