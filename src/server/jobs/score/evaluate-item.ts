import type { FactInput, ScoringModel, ScoreResult } from '../../../core/scoring';
import { dueForAnonymisation, withheldByRetention } from './attributes';
import { channelAnswers } from './channels';
import { SkipRecordError, skipFor } from './errors';
import type { ModelSet, ReadyToScore } from './model-set';
import { clearedScoreFields, desiredScoreFields, scoreChanges } from './score-fields';
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

/**
 * A record retention withholds from scoring (due for anonymisation or anonymised): no facts, no score, no line.
 * `changes` clear the score a record due for anonymisation still holds; empty once cleared, and for an anonymised
 * record, whose last score stays for statistics.
 */
export interface Withheld {
  readonly withheld: true;
  readonly item: ScoreItem;
  readonly changes: Readonly<Record<string, unknown>>;
}

function factInputOf(item: ScoreItem): FactInput {
  return { entityType: item.entityType, record: item.record, vehicles: item.vehicles, account: item.account, contacts: item.contacts };
}

/**
 * Scores a batch of records (`ModelSet.scoreAll`: model by model) and compares each with what it holds,
 * in the batch's order: each record's evaluation, the `SkipRecordError` of a record that cannot be scored, or
 * a record retention withholds.
 */
export function evaluateItems(items: readonly ScoreItem[], models: ModelSet, scoredAt: string, today: string): (Evaluated | Withheld | SkipRecordError)[] {
  const outcomes = new Array<Evaluated | Withheld | SkipRecordError>(items.length);
  const ready: { readonly index: number; readonly prepared: ReadyToScore }[] = [];
  items.forEach((item, index) => {
    if (withheldByRetention(item.record)) {
      outcomes[index] = { withheld: true, item, changes: dueForAnonymisation(item.record) ? clearedScoreFields(item.record) : {} };
      return;
    }
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

export function isSkipped(outcome: Evaluated | Withheld | SkipRecordError): outcome is SkipRecordError {
  return outcome instanceof SkipRecordError;
}

export function isWithheld(outcome: Evaluated | Withheld): outcome is Withheld {
  return 'withheld' in outcome;
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
