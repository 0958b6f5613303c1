import type { FactInput, ScoringModel, ScoreResult } from '../../../core/scoring';
import { channelAnswers } from './channels';
import { SkipRecordError, skipFor } from './errors';
import type { ModelSet, ReadyToScore } from './model-set';
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

function factInputOf(item: ScoreItem): FactInput {
  return { entityType: item.entityType, record: item.record, vehicles: item.vehicles, account: item.account, contacts: item.contacts };
}

/**
 * Scores a batch of records (`ModelSet.scoreAll`: model by model) and compares each with what it holds,
 * in the batch's order: each record's evaluation, or the `SkipRecordError` of a record that cannot be scored.
 */
export function evaluateItems(items: readonly ScoreItem[], models: ModelSet, scoredAt: string, today: string): (Evaluated | SkipRecordError)[] {
  const outcomes = new Array<Evaluated | SkipRecordError>(items.length);
  const ready: { readonly index: number; readonly prepared: ReadyToScore }[] = [];
  items.forEach((item, index) => {
    try {
      ready.push({ index, prepared: models.prepare(factInputOf(item)) });
    } catch (error) {
      outcomes[index] = skipFor(item.entityType, item.id, error);
    }
  });
  const scored = models.scoreAll(ready.map((r) => r.prepared));
  ready.forEach(({ index }, j) => {
    const item = items[index] as ScoreItem;
    const { model, result } = scored[j] as (typeof scored)[number];
    try {
      outcomes[index] = { item, model, result, changes: scoreChanges(item.record, desiredScoreFields(model, result), scoredAt), channels: channelAnswers(item, today) };
    } catch (error) {
      outcomes[index] = skipFor(item.entityType, item.id, error);
    }
  });
  return outcomes;
}

export function isSkipped(outcome: Evaluated | SkipRecordError): outcome is SkipRecordError {
  return outcome instanceof SkipRecordError;
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
