import type { Label } from '../catalogue';
import type { AdjustmentLabels, CompiledRule } from './compiled-rule';
import type { FactValue } from './fact-types';
import type { Axis, ScoringModel } from './model-schema';
import type { Reason } from './result-types';
import { keptValue, remember, sameValue } from './same-value';

/**
 * The reason of a rule with a constant label. The rule's last reason (`last[i]`) is reused when it saw
 * the same value (a list: the same codes) and earned the same points, or else one of its recent
 * reasons (`recent[i]`) for a value other than a number. A kept list is a frozen copy, so the reason never shows a caller's array that
 * may change after scoring.
 */
export function fixedReason(last: (Reason | undefined)[], recent: readonly Reason[][], i: number, rule: CompiledRule, label: Label, value: FactValue, points: number): Reason {
  const kept = last[i];
  if (kept !== undefined && kept.points === points && sameValue(kept.value, value)) return kept;
  // Numbers (mileages, counts) seldom come again soon: they skip the recent reasons.
  const seen = typeof value === 'number' ? undefined : recent[i];
  if (seen !== undefined) {
    for (const reason of seen) {
      if (reason.points === points && sameValue(reason.value, value)) {
        last[i] = reason;
        return reason;
      }
    }
  }
  const made: Reason = { rule: rule.id, kind: 'rule', axis: rule.axis, label, value: keptValue(value), points };
  last[i] = made;
  return seen === undefined ? made : remember(seen, made);
}

/** A group with a cap, ready for the scoring loop (one per run). */
export interface CappedGroup {
  readonly index: number;
  readonly rule: string;
  readonly cap: number;
  readonly label: Label;
  /** The group's last cap reason, reused for the next record over the cap by the same sum. */
  last: Reason | undefined;
}

/** The groups of `axis` that have a cap, in model order. */
export function cappedGroups(model: ScoringModel, rules: readonly CompiledRule[], labels: AdjustmentLabels, axis: Axis): CappedGroup[] {
  return model.groups.flatMap((group, index) => {
    const groupAxis = rules.find((r) => r.group === index)?.axis;
    if (group.cap === undefined || groupAxis !== axis) return [];
    return [{ index, rule: `cap:${group.id}`, cap: group.cap, label: labels.caps[index] ?? group.label, last: undefined }];
  });
}

/** The negative reason of a group whose rules earned `sum`, over its cap. */
export function capReason(group: CappedGroup, axis: Axis, sum: number): Reason {
  if (group.last !== undefined && group.last.value === sum) return group.last;
  const made: Reason = { rule: group.rule, kind: 'groupCap', axis, label: group.label, value: sum, points: group.cap - sum };
  group.last = made;
  return made;
}

/** The floor or ceiling adjustment that brings `total`, outside 0–100, back into it. */
export function clampReason(total: number, axis: Axis, labels: AdjustmentLabels): Reason {
  const floor = total < 0;
  const label = floor ? labels.floor[axis] : labels.ceiling[axis];
  const points = floor ? -total : 100 - total;
  return { rule: `${floor ? 'floor' : 'ceiling'}:${axis}`, kind: floor ? 'axisFloor' : 'axisCeiling', axis, label, value: total, points };
}
