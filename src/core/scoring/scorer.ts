import { decayedPoints } from './decay';
import type { AdjustmentLabels, CompiledRule } from './compiled-rule';
import type { Facts } from './fact-types';
import { combineAxes, gradeOf } from './grade';
import type { Axis, ScoringModel } from './model-schema';
import { evalNode } from './operators/node';
import type { CondNode } from './operators/node';
import { ReasonCache } from './reason-cache';
import type { Reason, ScoreResult } from './result-types';
import { TopThree } from './top-reasons';

/** Scores one record's facts for the day the scorer was prepared for. */
export type RecordScorer = (facts: Facts) => ScoreResult;

export interface ScorerParts {
  readonly model: ScoringModel;
  readonly modelVersion: string;
  readonly rules: readonly CompiledRule[];
  readonly labels: AdjustmentLabels;
}

/** Per-run state of a prepared scorer: conditions resolved for the day, caches, scratch space. */
interface Run {
  readonly parts: ScorerParts;
  readonly today: number;
  readonly conditions: readonly CondNode[];
  readonly texts: readonly ReasonCache[];
  readonly groupAxes: readonly (Axis | null)[];
  readonly sums: Float64Array;
  readonly hasCaps: boolean;
  readonly top: TopThree;
}

function pointsOf(rule: CompiledRule, facts: Facts, today: number): number {
  if (rule.sinceSlot < 0) return rule.points;
  const since = facts[rule.sinceSlot];
  // An event date that is not known cannot age the points: they count in full.
  return typeof since === 'number' ? decayedPoints(rule.decay, rule.points, today - since) : rule.points;
}

/** The reason of a rule that fired; also offers it to the top-reasons sentence. */
function reasonOf(run: Run, i: number, rule: CompiledRule, facts: Facts, points: number): Reason {
  const value = facts[rule.valueSlot] ?? null;
  const fixed = rule.fixedText;
  if (fixed !== null) {
    run.top.offer(points, fixed);
    return { rule: rule.id, kind: 'rule', axis: rule.axis, label: fixed.label, value, points };
  }
  const text = (run.texts[i] as ReasonCache).get(value);
  run.top.offer(points, text);
  return { rule: rule.id, kind: 'rule', axis: rule.axis, label: text.label, value: text.value, points };
}

/** Appends a negative reason for each group of `axis` whose rules went over its cap; returns their sum. */
function applyCaps(run: Run, fired: Reason[], axis: Axis): number {
  const { model, labels } = run.parts;
  let adjustment = 0;
  for (let g = 0; g < model.groups.length; g += 1) {
    const group = model.groups[g];
    const sum = run.sums[g] ?? 0;
    if (group?.cap === undefined || sum <= group.cap || run.groupAxes[g] !== axis) continue;
    const points = group.cap - sum;
    fired.push({ rule: `cap:${group.id}`, kind: 'groupCap', axis, label: labels.caps[g] ?? group.label, value: sum, points });
    adjustment += points;
  }
  return adjustment;
}

/** Appends the floor or ceiling adjustment that brings `total` into 0–100 and returns the clamped total. */
function clampAxis(total: number, axis: Axis, labels: AdjustmentLabels, fired: Reason[]): number {
  if (total >= 0 && total <= 100) return total;
  const floor = total < 0;
  const label = floor ? labels.floor[axis] : labels.ceiling[axis];
  const points = floor ? -total : 100 - total;
  fired.push({ rule: `${floor ? 'floor' : 'ceiling'}:${axis}`, kind: floor ? 'axisFloor' : 'axisCeiling', axis, label, value: total, points });
  return floor ? 0 : 100;
}

function scoreFacts(run: Run, facts: Facts): ScoreResult {
  const { rules, model, labels } = run.parts;
  const fired: Reason[] = [];
  let fitTotal = 0;
  let engagementTotal = 0;
  if (run.hasCaps) run.sums.fill(0);
  run.top.reset();
  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i] as CompiledRule;
    if (rule.requires >= 0 && facts[rule.requires] === null) continue;
    if (!evalNode(run.conditions[i] as CondNode, facts)) continue;
    const points = pointsOf(rule, facts, run.today);
    fired.push(reasonOf(run, i, rule, facts, points));
    if (rule.axis === 'fit') fitTotal += points;
    else engagementTotal += points;
    if (rule.group >= 0) run.sums[rule.group] = (run.sums[rule.group] ?? 0) + points;
  }
  if (run.hasCaps) {
    fitTotal += applyCaps(run, fired, 'fit');
    engagementTotal += applyCaps(run, fired, 'engagement');
  }
  const fit = clampAxis(fitTotal, 'fit', labels, fired);
  const engagement = clampAxis(engagementTotal, 'engagement', labels, fired);
  const score = combineAxes(fit, engagement, model.combine);
  const grade = gradeOf(score, model.grades);
  return { score, fit, engagement, grade, fired, evaluated: rules.length, topReasons: run.top.sentence(), modelVersion: run.parts.modelVersion };
}

/**
 * Prepares the scoring loop for one day: conditions with their date windows, caches, scratch space.
 * The scorer keeps scratch state between calls, so it scores one record at a time (as JS runs).
 */
export function prepareScorer(parts: ScorerParts, today: number): RecordScorer {
  const { rules, model } = parts;
  const run: Run = {
    parts,
    today,
    conditions: rules.map((rule) => rule.when(today)),
    texts: rules.map((rule) => new ReasonCache(rule.label, rule.shown)),
    groupAxes: model.groups.map((_g, g) => rules.find((r) => r.group === g)?.axis ?? null),
    sums: new Float64Array(model.groups.length),
    hasCaps: model.groups.some((g) => g.cap !== undefined),
    top: new TopThree(),
  };
  return (facts) => scoreFacts(run, facts);
}
