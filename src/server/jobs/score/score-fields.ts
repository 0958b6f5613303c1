import { reasonValueLabels } from '../../../core/scoring';
import type { ScoringModel, ScoreResult } from '../../../core/scoring';
import { SCORE_REASONS_VERSION, serialiseScoreReasons } from '../../../core/score-reasons';
import type { ScoreReasons } from '../../../core/score-reasons';
import { changedAttributes } from '../../espo/changes';
import { SCORE_ATTRIBUTES, SCORED_AT_ATTRIBUTE } from './attributes';
import type { RawRecord } from './types';

/** The `autoCibleScoreReasons` value the score panel reads (src/core/score-reasons). */
export function scoreReasonsOf(model: ScoringModel, result: ScoreResult): ScoreReasons {
  const valueLabel = reasonValueLabels(model);
  return {
    v: SCORE_REASONS_VERSION,
    modelId: model.id,
    modelVersion: model.version,
    fired: result.fired.map((reason) => {
      const { rule, axis, label, value, points } = reason;
      const words = valueLabel(rule, value);
      return words === undefined ? { rule, axis, label, value, points } : { rule, axis, label, value, valueLabel: words, points };
    }),
    top: result.topReasons,
  };
}

/** The score fields a record should hold, `autoCibleScoredAt` aside. */
export function desiredScoreFields(model: ScoringModel, result: ScoreResult): Record<string, unknown> {
  return {
    autoCibleScore: result.score,
    autoCibleScoreFit: result.fit,
    autoCibleScoreEngagement: result.engagement,
    autoCibleScoreGrade: result.grade,
    autoCibleScoreReasons: serialiseScoreReasons(scoreReasonsOf(model, result)),
    autoCibleScoreModel: result.modelVersion,
  };
}

/**
 * What to write: the score fields whose value differs from the record, plus `autoCibleScoredAt` when any
 * does. A record already holding this score gets nothing (no request at all), whatever its `scoredAt`.
 */
export function scoreChanges(record: RawRecord, desired: Readonly<Record<string, unknown>>, scoredAt: string): Record<string, unknown> {
  const changed = changedAttributes(record, desired);
  // Added in place: on Node 20 (V8 11.3) `{ ...changed, [key]: value }` promoted every copy to the old
  // generation, 18 MB of old-generation garbage per 100 000 records (`node --trace-gc-nvp`, promoted=).
  if (Object.keys(changed).length > 0) changed[SCORED_AT_ATTRIBUTE] = scoredAt;
  return changed;
}

const CLEARED_ATTRIBUTES: readonly string[] = [...SCORE_ATTRIBUTES, SCORED_AT_ATTRIBUTE];

/**
 * What clears the score a record retention withholds still holds: each score field with a value (the score,
 * its axes, grade, reasons, model and `autoCibleScoredAt`) set to null, so the record drops out of lists sorted
 * by score. Nothing once they are empty: a record is cleared once.
 */
export function clearedScoreFields(record: RawRecord): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const attribute of CLEARED_ATTRIBUTES) {
    const value = record[attribute];
    if (value !== null && value !== undefined && value !== '') changes[attribute] = null;
  }
  return changes;
}

/** `YYYY-MM-DD HH:mm:ss` (UTC): the run's day with the clock's time of day, so `--today` also dates the score. */
export function scoredAtOf(today: string, now: Date): string {
  return `${today} ${now.toISOString().slice(11, 19)}`;
}
