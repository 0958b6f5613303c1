import type { Label } from '../catalogue';
import { compileCondition, firstFact, requiredSlot } from './compile-condition';
import { decayTable } from './decay';
import { FACT_INDEX, getFactDef } from './fact-registry';
import type { FactValue } from './fact-types';
import { valueFormatter } from './format-value';
import type { ScoringModel, ScoringRule } from './model-schema';
import type { NodeFactory } from './operators/types';
import { compileLabel, constantLabel } from './reason-label';
import type { LabelTemplate } from './reason-label';
import { reasonText } from './reason-text';
import type { ReasonText } from './reason-text';
import type { ShownValue } from './result-types';

/** A rule ready for the scoring loop: everything that does not depend on the record is computed here. */
export interface CompiledRule {
  readonly id: string;
  readonly axis: ScoringRule['axis'];
  /** Index in the model's groups, or -1. */
  readonly group: number;
  readonly points: number;
  readonly when: NodeFactory;
  /** Slot of a fact the condition needs (see `requiredSlot`), or -1. */
  readonly requires: number;
  /** Slot of the fact the reason shows. */
  readonly valueSlot: number;
  /** The reason text when the label does not show the value and the value needs no formatting; else `null`. */
  readonly fixedText: ReasonText | null;
  readonly label: LabelTemplate;
  readonly shown: (value: FactValue) => ShownValue;
  /** Slot of the date fact the points decay from, or -1 for rules that do not decay. */
  readonly sinceSlot: number;
  /** Decayed points by days elapsed (see `decay.ts`); empty when the rule does not decay. */
  readonly decay: Int32Array;
}

function slotOf(name: string | undefined): number {
  return name === undefined ? -1 : (FACT_INDEX.get(name) ?? -1);
}

export function compileRule(rule: ScoringRule, model: ScoringModel): CompiledRule {
  const valueFact = rule.valueFact ?? firstFact(rule.when);
  const fact = getFactDef(valueFact);
  const format = valueFormatter(fact);
  const fixed = fact?.type === 'date' ? null : constantLabel(rule.reason);
  return {
    id: rule.id,
    axis: rule.axis,
    group: rule.group === undefined ? -1 : model.groups.findIndex((g) => g.id === rule.group),
    points: rule.points,
    when: compileCondition(rule.when),
    requires: requiredSlot(rule.when),
    valueSlot: slotOf(valueFact),
    fixedText: fixed === null ? null : reasonText(fixed, null),
    label: compileLabel(rule.reason, format),
    shown: format.shown,
    sinceSlot: slotOf(rule.since),
    decay: rule.since === undefined ? new Int32Array(0) : decayTable(rule.points, rule.decay ?? model.decay),
  };
}

/** Labels of the adjustment reasons, built once per model. */
export interface AdjustmentLabels {
  readonly caps: readonly Label[];
  readonly floor: Readonly<Record<ScoringRule['axis'], Label>>;
  readonly ceiling: Readonly<Record<ScoringRule['axis'], Label>>;
}

export function adjustmentLabels(model: ScoringModel): AdjustmentLabels {
  return {
    caps: model.groups.map((g) => ({
      fr: `Plafond du groupe « ${g.label.fr} » (${g.cap ?? 0} points)`,
      en: `Cap of group “${g.label.en}” (${g.cap ?? 0} points)`,
    })),
    floor: {
      fit: { fr: 'Adéquation ramenée à 0', en: 'Fit raised to its floor of 0' },
      engagement: { fr: 'Engagement ramené à 0', en: 'Engagement raised to its floor of 0' },
    },
    ceiling: {
      fit: { fr: 'Adéquation plafonnée à 100', en: 'Fit capped at 100' },
      engagement: { fr: 'Engagement plafonné à 100', en: 'Engagement capped at 100' },
    },
  };
}
