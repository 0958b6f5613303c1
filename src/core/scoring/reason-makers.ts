import type { Label } from '../catalogue';
import type { AdjustmentLabels, CompiledRule } from './compiled-rule';
import type { FactValue } from './fact-types';
import type { Axis, ScoringModel } from './model-schema';
import type { Reason } from './result-types';

/**
 * The reason of a rule with a constant label. The rule's last reason (`last[i]`) is reused when it saw
 * the same value and earned the same points. A list is each record's own, so it never matches: not
 * kept, its reason dies young instead of being promoted.
 */
export function fixedReason(last: (Reason | undefined)[], i: number, rule: CompiledRule, label: Label, value: FactValue, points: number): Reason {
  const kept = last[i];
  if (kept !== undefined && kept.value === value && kept.points === points) return kept;
  const made: Reason = { rule: rule.id, kind: 'rule', axis: rule.axis, label, value, points };
  if (!Array.isArray(value)) last[i] = made;
  return made;
}

/** A group with a cap, ready for the scoring loop. */
export interface CappedGroup {
  readonly index: number;
  readonly rule: string;
  readonly cap: number;
  readonly label: Label;
}

/** The groups of `axis` that have a cap, in model order. */
export function cappedGroups(model: ScoringModel, rules: readonly CompiledRule[], labels: AdjustmentLabels, axis: Axis): CappedGroup[] {
  return model.groups.flatMap((group, index) => {
    const groupAxis = rules.find((r) => r.group === index)?.axis;
    if (group.cap === undefined || groupAxis !== axis) return [];
    return [{ index, rule: `cap:${group.id}`, cap: group.cap, label: labels.caps[index] ?? group.label }];
  });
}

/** The negative reason of a group whose rules earned `sum`, over its cap. */
export function capReason(group: CappedGroup, axis: Axis, sum: number): Reason {
  return { rule: group.rule, kind: 'groupCap', axis, label: group.label, value: sum, points: group.cap - sum };
}

/** The floor or ceiling adjustment that brings `total`, outside 0–100, back into it. */
export function clampReason(total: number, axis: Axis, labels: AdjustmentLabels): Reason {
  const floor = total < 0;
  const label = floor ? labels.floor[axis] : labels.ceiling[axis];
  const points = floor ? -total : 100 - total;
  return { rule: `${floor ? 'floor' : 'ceiling'}:${axis}`, kind: floor ? 'axisFloor' : 'axisCeiling', axis, label, value: total, points };
}
