import type { Label } from '../catalogue';
import type { FactValue } from './fact-types';
import type { ValueFormatter } from './format-value';

const PLACEHOLDER = '{value}';

/** Every placeholder a reason label may hold; any other `{…}`, or a brace outside one, would be shown as written. */
export const LABEL_PLACEHOLDERS: readonly string[] = [PLACEHOLDER];

/** What a reason label holds that its template does not replace: unknown `{…}` placeholders and stray braces. */
export interface LabelTemplateProblems {
  /** Each unknown `{…}` once, in the order written (`{valeur}`, `{ value }`, `{}`). */
  readonly unknown: readonly string[];
  /** A `{` or `}` outside any `{…}` (`{value`, `{{value}}`). */
  readonly strayBrace: boolean;
}

/** The placeholders of `text` the template would leave as written; `undefined` when there are none. */
export function labelTemplateProblems(text: string): LabelTemplateProblems | undefined {
  const found = text.match(/\{[^{}]*\}/g) ?? [];
  const unknown = [...new Set(found.filter((placeholder) => !LABEL_PLACEHOLDERS.includes(placeholder)))];
  const strayBrace = /[{}]/.test(text.replace(/\{[^{}]*\}/g, ''));
  return unknown.length === 0 && !strayBrace ? undefined : { unknown, strayBrace };
}

/** A reason label compiled once: constant, or split around `{value}`. */
export type LabelTemplate = (value: FactValue) => Label;

/** The constant label of a reason without `{value}`, or `null` when the label shows the value. */
export function constantLabel(reason: Label): Label | null {
  return reason.fr.includes(PLACEHOLDER) || reason.en.includes(PLACEHOLDER) ? null : { fr: reason.fr, en: reason.en };
}

/** Compiles a reason label: `{value}` is replaced by the value formatted in each language. */
export function compileLabel(reason: Label, format: ValueFormatter): LabelTemplate {
  const constant = constantLabel(reason);
  if (constant !== null) return () => constant;
  const fr = reason.fr.split(PLACEHOLDER);
  const en = reason.en.split(PLACEHOLDER);
  const [frBefore = '', frAfter = ''] = fr;
  const [enBefore = '', enAfter = ''] = en;
  // The usual one-placeholder label is two concatenations, cheaper than a join.
  if (fr.length === 2 && en.length === 2) {
    return (value) => ({ fr: frBefore + format.text(value, 'fr') + frAfter, en: enBefore + format.text(value, 'en') + enAfter });
  }
  return (value) => ({ fr: fr.join(format.text(value, 'fr')), en: en.join(format.text(value, 'en')) });
}
