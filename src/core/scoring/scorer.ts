import type { Label } from '../catalogue';
import { decayedPoints } from './decay';
import type { AdjustmentLabels, CompiledRule } from './compiled-rule';
import type { Facts } from './fact-types';
import { combineAxes, gradeOf } from './grade';
import type { Axis, ScoringModel } from './model-schema';
import { ReasonCache } from './reason-cache';
import { ReasonList } from './reason-list';
import type { Reason, ScoreResult } from './result-types';
import { ruleMatcher } from './rule-matcher';
import type { RuleMatcher } from './rule-matcher';
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
  readonly match: RuleMatcher;
  /** Indices of the rules that fired for the record being scored. */
  readonly matched: Int32Array;
  readonly texts: readonly ReasonCache[];
  /** The last reason of each rule with a constant label. */
  readonly lastFixed: (Reason | undefined)[];
  /** Points earned per group by the record being scored. */
  readonly sums: Float64Array;
  readonly fitCaps: readonly CappedGroup[];
  readonly engagementCaps: readonly CappedGroup[];
  readonly top: TopThree;
  readonly fired: ReasonList;
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
  if (fixed === null) {
    const text = (run.texts[i] as ReasonCache).get(value);
    run.top.offer(points, text);
    return text.reasonOf(rule, points);
  }
  run.top.offer(points, fixed);
  // A constant label needs no cache: the rule's last reason is reused when it saw the same value. A list is
  // each record's own, so it never matches: not kept, its reason dies young instead of being promoted.
  const last = run.lastFixed[i];
  if (last !== undefined && last.value === value && last.points === points) return last;
  const made: Reason = { rule: rule.id, kind: 'rule', axis: rule.axis, label: fixed.label, value, points };
  if (!Array.isArray(value)) run.lastFixed[i] = made;
  return made;
}

/** A group with a cap, ready for the scoring loop. */
interface CappedGroup {
  readonly index: number;
  readonly rule: string;
  readonly cap: number;
  readonly label: Label;
}

function cappedGroups(parts: ScorerParts, axis: Axis): CappedGroup[] {
  const { model, rules, labels } = parts;
  return model.groups.flatMap((group, index) => {
    const groupAxis = rules.find((r) => r.group === index)?.axis;
    if (group.cap === undefined || groupAxis !== axis) return [];
    return [{ index, rule: `cap:${group.id}`, cap: group.cap, label: labels.caps[index] ?? group.label }];
  });
}

/** Appends a negative reason for each group of `axis` whose rules went over its cap; returns their sum. */
function applyCaps(sums: Float64Array, groups: readonly CappedGroup[], axis: Axis, fired: ReasonList): number {
  let adjustment = 0;
  for (const group of groups) {
    const sum = sums[group.index] ?? 0;
    if (sum <= group.cap) continue;
    const points = group.cap - sum;
    fired.add({ rule: group.rule, kind: 'groupCap', axis, label: group.label, value: sum, points });
    adjustment += points;
  }
  return adjustment;
}

/** Appends the floor or ceiling adjustment that brings `total` into 0–100 and returns the clamped total. */
function clampAxis(total: number, axis: Axis, labels: AdjustmentLabels, fired: ReasonList): number {
  if (total >= 0 && total <= 100) return total;
  const floor = total < 0;
  const label = floor ? labels.floor[axis] : labels.ceiling[axis];
  const points = floor ? -total : 100 - total;
  fired.add({ rule: `${floor ? 'floor' : 'ceiling'}:${axis}`, kind: floor ? 'axisFloor' : 'axisCeiling', axis, label, value: total, points });
  return floor ? 0 : 100;
}

function scoreFacts(run: Run, facts: Facts): ScoreResult {
  const { rules, model, labels } = run.parts;
  const fired = run.fired;
  fired.clear();
  let fitTotal = 0;
  let engagementTotal = 0;
  const sums = run.sums;
  for (let g = 0; g < sums.length; g += 1) sums[g] = 0;
  run.top.reset();
  const count = run.match(facts, run.matched);
  for (let m = 0; m < count; m += 1) {
    const i = run.matched[m] as number;
    const rule = rules[i] as CompiledRule;
    const points = pointsOf(rule, facts, run.today);
    fired.add(reasonOf(run, i, rule, facts, points));
    if (rule.axis === 'fit') fitTotal += points;
    else engagementTotal += points;
    if (rule.group >= 0) sums[rule.group] = (sums[rule.group] ?? 0) + points;
  }
  fitTotal += applyCaps(sums, run.fitCaps, 'fit', fired);
  engagementTotal += applyCaps(sums, run.engagementCaps, 'engagement', fired);
  const fit = clampAxis(fitTotal, 'fit', labels, fired);
  const engagement = clampAxis(engagementTotal, 'engagement', labels, fired);
  const score = combineAxes(fit, engagement, model.combine);
  const grade = gradeOf(score, model.grades);
  return { score, fit, engagement, grade, fired: fired.copy(), evaluated: rules.length, topReasons: run.top.sentence(), modelVersion: run.parts.modelVersion };
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
    match: ruleMatcher(rules, rules.map((rule) => rule.when(today))),
    matched: new Int32Array(rules.length),
    texts: rules.map((rule) => new ReasonCache(rule.label, rule.shown)),
    lastFixed: rules.map(() => undefined),
    sums: new Float64Array(model.groups.length),
    fitCaps: cappedGroups(parts, 'fit'),
    engagementCaps: cappedGroups(parts, 'engagement'),
    top: new TopThree(),
    fired: new ReasonList(),
  };
  return (facts) => scoreFacts(run, facts);
}
