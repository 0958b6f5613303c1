import type { ScoringModel, ScoreResult } from '../../../core/scoring';
import { channelAnswers } from './channels';
import { skipFor } from './errors';
import type { ModelSet } from './model-set';
import { desiredScoreFields, scoreChanges } from './score-fields';
import type { ChannelAnswers, ScoreItem, ScoreLine } from './types';

export interface Evaluated {
  readonly item: ScoreItem;
  readonly model: ScoringModel;
  readonly result: ScoreResult;
  /** The fields to write; empty when the record already holds this score. */
  readonly changes: Readonly<Record<string, unknown>>;
  /** Beside the score, never in it: may the person be contacted on each channel (null for an Account). */
  readonly channels: ChannelAnswers | null;
}

/** Scores one record and compares with what it holds. Throws `SkipRecordError` for a record that cannot be scored. */
export function evaluateItem(item: ScoreItem, models: ModelSet, scoredAt: string, today: string): Evaluated {
  try {
    const { model, result } = models.score({
      entityType: item.entityType, record: item.record, vehicles: item.vehicles, account: item.account, contacts: item.contacts,
    });
    return { item, model, result, changes: scoreChanges(item.record, desiredScoreFields(model, result), scoredAt), channels: channelAnswers(item, today) };
  } catch (error) {
    throw skipFor(item.entityType, item.id, error);
  }
}

export function lineOf(evaluated: Evaluated): ScoreLine {
  const { item, result, changes, channels } = evaluated;
  return {
    id: item.id,
    entityType: item.entityType,
    score: result.score,
    fit: result.fit,
    engagement: result.engagement,
    grade: result.grade,
    reasons: result.fired.map((r) => ({ rule: r.rule, axis: r.axis, label: r.label, value: r.value, points: r.points })),
    top: result.topReasons,
    modelVersion: result.modelVersion,
    changed: Object.keys(changes),
    channels,
  };
}
