import { decayedPoints } from './decay';
import type { AdjustmentLabels, CompiledRule } from './compiled-rule';
import type { Facts } from './fact-types';
import { combineAxes, gradeOf } from './grade';
import type { Axis } from './model-schema';
import type { ReasonCache } from './reason-cache';
import { ReasonList } from './reason-list';
import { capReason, clampReason, fixedReason } from './reason-makers';
import type { CappedGroup } from './reason-makers';
import { interpretedMatcher, ruleMatcher } from './rule-matcher';
import type { RuleMatcher } from './rule-matcher';
import { compiledScorer } from './compiled-scorer';
import { scorerRun } from './scorer-run';
import type { RecordScorer, ScorerParts, ScorerRun } from './scorer-run';
import { TopThree } from './top-reasons';

export type { RecordScorer, ScorerParts, ScorerRun } from './scorer-run';

function pointsOf(rule: CompiledRule, facts: Facts, today: number): number {
  if (rule.sinceSlot < 0) return rule.points;
  const since = facts[rule.sinceSlot];
  // An event date that is not known cannot age the points: they count in full.
  return typeof since === 'number' ? decayedPoints(rule.decay, rule.points, today - since) : rule.points;
}

/** Appends a negative reason for each group of `axis` whose rules went over its cap; returns their sum. */
function applyCaps(sums: Float64Array, groups: readonly CappedGroup[], axis: Axis, fired: ReasonList): number {
  let adjustment = 0;
  for (const group of groups) {
    const sum = sums[group.index] ?? 0;
    if (sum <= group.cap) continue;
    fired.add(capReason(group, axis, sum));
    adjustment += group.cap - sum;
  }
  return adjustment;
}

/** Appends the floor or ceiling adjustment that brings `total` into 0–100 and returns the clamped total. */
function clampAxis(total: number, axis: Axis, labels: AdjustmentLabels, fired: ReasonList): number {
  if (total >= 0 && total <= 100) return total;
  fired.add(clampReason(total, axis, labels));
  return total < 0 ? 0 : 100;
}

/**
 * The reference scorer: a loop over the rules that matched. It is what the generated scorer
 * (`scorer-source.ts`) must equal, and what runs where the environment forbids compiling code.
 */
export function interpretedScorer(run: ScorerRun, match: RuleMatcher = interpretedMatcher(run.parts.rules, run.conditions)): RecordScorer {
  const { rules, model, labels } = run.parts;
  const matched = new Int32Array(rules.length);
  const sums = new Float64Array(model.groups.length);
  const top = new TopThree();
  const fired = new ReasonList();
  return (facts) => {
    fired.clear();
    sums.fill(0);
    top.reset();
    let fitTotal = 0;
    let engagementTotal = 0;
    const count = match(facts, matched);
    for (let m = 0; m < count; m += 1) {
      const i = matched[m] as number;
      const rule = rules[i] as CompiledRule;
      const points = pointsOf(rule, facts, run.today);
      const value = facts[rule.valueSlot] ?? null;
      const text = rule.fixedText ?? (run.texts[i] as ReasonCache).get(value);
      fired.add(rule.fixedText === null ? text.reasonOf(rule, points) : fixedReason(run.lastFixed, run.recentFixed, i, rule, text.label, value, points));
      top.offer(points, text);
      if (rule.axis === 'fit') fitTotal += points;
      else engagementTotal += points;
      if (rule.group >= 0) sums[rule.group] = (sums[rule.group] ?? 0) + points;
    }
    fitTotal += applyCaps(sums, run.fitCaps, 'fit', fired);
    engagementTotal += applyCaps(sums, run.engagementCaps, 'engagement', fired);
    const fit = clampAxis(fitTotal, 'fit', labels, fired);
    const engagement = clampAxis(engagementTotal, 'engagement', labels, fired);
    const score = combineAxes(fit, engagement, model.combine);
    const grade = gradeOf(score, fit, engagement, model.grades);
    return { score, fit, engagement, grade, fired: fired.copy(), evaluated: rules.length, topReasons: top.sentence(), modelVersion: run.parts.modelVersion };
  };
}

/**
 * Prepares the scoring of one day: the generated scorer where the environment allows compiling code
 * and the model is not too large for it, the loop otherwise. The scorer keeps scratch state between calls, so it scores one record
 * at a time (as JS runs).
 */
export function prepareScorer(parts: ScorerParts, today: number): RecordScorer {
  const run = scorerRun(parts, today);
  // Past the size of one generated function, the loop still runs conditions compiled by chunks.
  return compiledScorer(run) ?? interpretedScorer(run, ruleMatcher(parts.rules, run.conditions));
}
