/**
 * A zod v4 issue of a record schema worded in French and English, from the issue's typed fields
 * (bounds, allowed values, expected type, our refinements' rule code), never from its English
 * message. The issue's input is never read: no cell value can appear in the reason.
 */
import type { z } from 'zod';
import type { Label } from '../catalogue/types';
import { quoted } from './cell-reasons';
import { ruleOf, VALUE_RULE_MESSAGES } from './value-rules';

type Issue = z.core.$ZodIssue;
type SizeIssue = Extract<Issue, { code: 'too_small' | 'too_big' }>;
type Bilingual = (fr: string, en: string) => Label;

const label: Bilingual = (fr, en) => ({ fr, en });
const INVALID = label('valeur invalide', 'invalid value');
/** Allowed values listed before "… and N more". */
const MAX_LISTED = 10;

const frNumber = (n: number | bigint): string => String(n).replace('.', ',');

/** What a size bound counts (singular, plural) and how each language says too few / too many. */
interface Counted {
  readonly fr: readonly [string, string];
  readonly en: readonly [string, string];
  readonly few: Label;
  readonly many: Label;
}

const ITEMS: Counted = { fr: ['élément', 'éléments'], en: ['item', 'items'], few: label('trop peu d’éléments', 'too few items'), many: label('trop d’éléments', 'too many items') };
const COUNTED: Readonly<Record<string, Counted>> = {
  string: { fr: ['caractère', 'caractères'], en: ['character', 'characters'], few: label('trop court', 'too short'), many: label('trop long', 'too long') },
  array: ITEMS,
  set: ITEMS,
};

function sizeReason(issue: SizeIssue): Label {
  const min = issue.code === 'too_small';
  const bound = min ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const counted = COUNTED[issue.origin];
  if (counted === undefined) return numberBound(min, inclusive, bound, issue.origin);
  // French puts 0 and 1 in the singular, English only 1.
  const fr = `${frNumber(bound)} ${counted.fr[Number(bound) <= 1 ? 0 : 1]}`;
  const en = `${String(bound)} ${counted.en[Number(bound) === 1 ? 0 : 1]}`;
  if (issue.exact === true) return label(`il faut exactement ${fr}`, `expected exactly ${en}`);
  const { fr: what, en: whatEn } = min ? counted.few : counted.many;
  if (min) return inclusive ? label(`${what} : au moins ${fr}`, `${whatEn}: at least ${en}`) : label(`${what} : plus de ${fr}`, `${whatEn}: more than ${en}`);
  return inclusive ? label(`${what} : ${fr} au plus`, `${whatEn}: at most ${en}`) : label(`${what} : moins de ${fr}`, `${whatEn}: fewer than ${en}`);
}

function numberBound(min: boolean, inclusive: boolean, bound: number | bigint, origin: string): Label {
  if (origin !== 'number' && origin !== 'int' && origin !== 'bigint') return min ? label('valeur trop petite', 'value too small') : label('valeur trop grande', 'value too large');
  const fr = frNumber(bound);
  const en = String(bound);
  if (min) return inclusive ? label(`doit être supérieur ou égal à ${fr}`, `must be at least ${en}`) : label(`doit être supérieur à ${fr}`, `must be greater than ${en}`);
  return inclusive ? label(`doit être inférieur ou égal à ${fr}`, `must be at most ${en}`) : label(`doit être inférieur à ${fr}`, `must be less than ${en}`);
}

function shownValue(value: unknown): Label {
  if (value === '') return label('vide', 'empty');
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'bigint') return label(frNumber(value), String(value));
  return label(String(value), String(value));
}

function allowedValues(values: readonly unknown[]): Label {
  const shown = values.slice(0, MAX_LISTED).map(shownValue);
  const more = values.length - shown.length;
  const list = (lang: 'fr' | 'en'): string => shown.map((s) => s[lang]).join(', ');
  if (values.length === 1) return label(`valeur attendue : ${list('fr')}`, `expected ${list('en')}`);
  const tail = more > 0 ? label(` … et ${more} autres`, ` … and ${more} more`) : label('', '');
  return label(`valeur non autorisée, attendu l’une de : ${list('fr')}${tail.fr}`, `value not allowed, expected one of: ${list('en')}${tail.en}`);
}

/** A union of enumerations and literals (an enum column that also accepts ''): the values of every branch. */
function unionReason(issue: Extract<Issue, { code: 'invalid_union' }>): Label {
  const branches = issue.errors;
  const values: unknown[] = [];
  for (const branch of branches) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only?.code !== 'invalid_value') return INVALID;
    values.push(...only.values);
  }
  return values.length === 0 ? INVALID : allowedValues(values);
}

const TYPES: Readonly<Record<string, Label>> = {
  string: label('un texte', 'a text'),
  number: label('un nombre', 'a number'),
  int: label('un nombre entier', 'an integer'),
  boolean: label('oui ou non', 'yes or no'),
  array: label('une liste', 'a list'),
  date: label('une date', 'a date'),
  object: label('un objet', 'an object'),
  nonoptional: label('une valeur', 'a value'),
};

function typeReason(expected: string): Label {
  const type = TYPES[expected] ?? label(expected, expected);
  return label(`valeur attendue : ${type.fr}`, `expected ${type.en}`);
}

const FORMATS: Readonly<Record<string, Label>> = {
  email: label('adresse e-mail', 'e-mail address'),
  url: label('URL', 'URL'),
  regex: label('motif', 'pattern'),
  date: label('date AAAA-MM-JJ', 'date YYYY-MM-DD'),
  datetime: label('date-heure ISO 8601', 'ISO 8601 date-time'),
};

function formatReason(format: string): Label {
  const name = FORMATS[format] ?? label(format, format);
  return label(`format invalide (${name.fr})`, `invalid format (${name.en})`);
}

/** The reason of one issue in both languages. */
export function zodIssueReason(issue: Issue): Label {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeReason(issue);
    case 'invalid_format':
      return formatReason(issue.format);
    case 'invalid_value':
      return allowedValues(issue.values);
    case 'invalid_union':
      return unionReason(issue);
    case 'invalid_type':
      return typeReason(issue.expected);
    case 'not_multiple_of':
      return label(`doit être un multiple de ${frNumber(issue.divisor)}`, `must be a multiple of ${issue.divisor}`);
    case 'custom': {
      const rule = ruleOf(issue.params);
      return rule === undefined ? INVALID : VALUE_RULE_MESSAGES[rule];
    }
    default:
      return INVALID;
  }
}
