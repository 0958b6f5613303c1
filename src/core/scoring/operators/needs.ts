import type { OperatorName } from './types';

type Lang = 'fr' | 'en';

const frNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

/**
 * What each operator takes as its value, for messages (`operator "between" needs [min, max]`), in French and
 * English: one table for the operators' own `needs` (`defineOperator`) and the model issues' texts.
 */
export const OPERATOR_NEEDS: Readonly<Record<OperatorName, Readonly<Record<Lang, string>>>> = (() => {
  const scalar = { fr: 'attend un nombre, un texte, un code, une date ou true/false', en: 'needs a number, text, code, date or true/false' };
  const ordering = { fr: 'attend un nombre, ou une date AAAA-MM-JJ pour un fait de type date', en: 'needs a number, or a date YYYY-MM-DD for a date fact' };
  const list = { fr: 'attend une liste non vide de valeurs', en: 'needs a non-empty list of values' };
  const none = { fr: 'ne prend pas de valeur', en: 'takes no value' };
  const period = (unitFr: string, unitEn: string, max: number): Readonly<Record<Lang, string>> => ({
    fr: `attend un nombre entier ${unitFr} (0 à ${frNumber(max)})`,
    en: `needs a whole number of ${unitEn} (0 to ${String(max)})`,
  });
  const days = period('de jours', 'days', 36_500);
  const months = period('de mois', 'months', 1_200);
  return {
    equals: scalar, notEquals: scalar, in: list, notIn: list,
    greaterThan: ordering, greaterThanOrEquals: ordering, lessThan: ordering, lessThanOrEquals: ordering,
    between: { fr: 'attend [min, max] (bornes comprises)', en: 'needs [min, max] (both ends included)' },
    isEmpty: none, isNotEmpty: none,
    contains: { fr: 'attend un code ou une liste non vide de codes', en: 'needs a code or a non-empty list of codes' },
    withinNextDays: days, withinLastDays: days, olderThanDays: days,
    withinNextMonths: months, withinLastMonths: months, olderThanMonths: months,
    olderThanYears: period('d’années', 'years', 100),
  };
})();
