import type { Label } from '../catalogue';
import { firstFact } from './compile-condition';
import { getFactDef } from './fact-registry';
import { valueFormatter } from './format-value';
import type { ValueFormatter } from './format-value';
import type { ScoringModel } from './model-schema';
import type { ShownValue } from './result-types';

/** Words for a reason's value, or `undefined` when the value is not a code (numbers, dates, free text). */
export type ReasonValueLabel = (ruleId: string, value: ShownValue) => Label | undefined;

const byModel = new WeakMap<ScoringModel, ReasonValueLabel>();

function labelWith(formatters: ReadonlyMap<string, ValueFormatter>): ReasonValueLabel {
  return (ruleId, value) => {
    const format = formatters.get(ruleId);
    if (format === undefined || (typeof value !== 'string' && !Array.isArray(value))) return undefined;
    const fr = format.text(value, 'fr');
    const en = format.text(value, 'en');
    const raw = typeof value === 'string' ? value : value.join(', ');
    return fr === raw && en === raw ? undefined : { fr, en };
  };
}

/**
 * The labels of the codes a model's reasons report (`DIRIGEANT` → « Dirigeant » / "Owner / CEO", `F2_4` →
 * « 2 à 4 véhicules »): the score panel's "value seen" column shows them instead of the stored code. Date facts are
 * left out: the panel writes dates in the user's own format.
 */
export function reasonValueLabels(model: ScoringModel): ReasonValueLabel {
  const known = byModel.get(model);
  if (known !== undefined) return known;
  const formatters = new Map<string, ValueFormatter>();
  for (const rule of model.rules) {
    const fact = getFactDef(rule.valueFact ?? firstFact(rule.when));
    if (fact !== undefined && fact.enum !== undefined) formatters.set(rule.id, valueFormatter(fact));
  }
  const labels = labelWith(formatters);
  byModel.set(model, labels);
  return labels;
}
