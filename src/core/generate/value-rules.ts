/**
 * The catalogue's own value rules (zod refinements), each with its message in both languages. A
 * refinement carries its rule code in the issue's `params`, so a reader picks the language from the
 * code (zod-issue-reason.ts) instead of guessing from the English message zod keeps.
 */
import type { Label, ValidatorName } from '../catalogue/types';

export type ValueRule = 'date' | 'dateTime' | 'email' | 'phone' | ValidatorName;

export const VALUE_RULE_MESSAGES: Readonly<Record<ValueRule, Label>> = {
  date: { fr: 'date attendue AAAA-MM-JJ (jour réel du calendrier)', en: 'expected a date YYYY-MM-DD' },
  dateTime: { fr: 'date-heure UTC attendue AAAA-MM-JJ HH:mm:ss', en: 'expected a UTC date-time YYYY-MM-DD HH:mm:ss' },
  email: { fr: 'adresse e-mail invalide', en: 'invalid e-mail address' },
  phone: { fr: 'numéro de téléphone invalide (06 12 34 56 78 ou +33 6 12 34 56 78)', en: 'invalid phone number (06 12 34 56 78 or +33 6 12 34 56 78)' },
  siren: { fr: 'SIREN invalide (9 chiffres, clé de Luhn)', en: 'invalid SIREN (9 digits, Luhn checksum)' },
  siret: { fr: 'SIRET invalide (14 chiffres, clé de Luhn)', en: 'invalid SIRET (14 digits, Luhn checksum)' },
  vin: { fr: 'VIN invalide (17 caractères, sans I, O ni Q)', en: 'invalid VIN (17 characters, no I, O or Q)' },
  plate: { fr: 'immatriculation invalide (SIV AA-123-AA ou FNI 1234 AB 75)', en: 'invalid plate (SIV AA-123-AA or FNI 1234 AB 75)' },
  naf: { fr: 'code NAF/APE invalide (par ex. 45.11Z)', en: 'invalid NAF/APE code (e.g. 45.11Z)' },
};

/** Key of the rule code in a custom issue's `params`. */
const RULE_PARAM = 'autoCibleRule';

/** The second argument of `.refine()` for `rule`: zod's own message stays English for every other reader. */
export function ruleParams(rule: ValueRule): { readonly error: string; readonly params: Record<string, ValueRule> } {
  return { error: VALUE_RULE_MESSAGES[rule].en, params: { [RULE_PARAM]: rule } };
}

const isValueRule = (value: unknown): value is ValueRule => typeof value === 'string' && Object.hasOwn(VALUE_RULE_MESSAGES, value);

/** The rule a custom issue's `params` names, if it is one of ours. */
export function ruleOf(params: Readonly<Record<string, unknown>> | undefined): ValueRule | undefined {
  const rule = params?.[RULE_PARAM];
  return isValueRule(rule) ? rule : undefined;
}
