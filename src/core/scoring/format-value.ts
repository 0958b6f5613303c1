import type { Label } from '../catalogue';
import { civilFromDay, isoFromDay } from '../catalogue';
import type { FactDef, FactValue } from './fact-types';
import type { ShownValue } from './result-types';

type Lang = keyof Label;

/** How one fact's values are shown: the reason's `value`, and text for `{value}` in each language. */
export interface ValueFormatter {
  shown(value: FactValue): ShownValue;
  text(value: FactValue, lang: Lang): string;
}

const NO_VALUE: Label = { fr: '—', en: '—' };
const YES_NO: Readonly<Record<Lang, readonly [string, string]>> = { fr: ['oui', 'non'], en: ['yes', 'no'] };

function grouped(digits: string, separator: string): string {
  if (digits.length <= 4) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** Thousands grouped from 10 000 (`120 000` / `120,000`), one decimal at most (`12,5` / `12.5`). */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 10) / 10;
  const sign = rounded < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(rounded));
  const text = sign + grouped(String(whole), lang === 'fr' ? '\u202f' : ',');
  const tenth = Math.round(Math.abs(rounded) * 10) % 10;
  return tenth === 0 ? text : `${text}${lang === 'fr' ? ',' : '.'}${tenth}`;
}

/** `15/03/2025` in French, `2025-03-15` in English. */
export function formatDay(day: number, lang: Lang): string {
  if (lang === 'en') return isoFromDay(day);
  const { year, month, day: d } = civilFromDay(day);
  return `${d < 10 ? '0' : ''}${d}/${month < 10 ? '0' : ''}${month}/${year}`;
}

function codeLabels(fact: FactDef): ReadonlyMap<string, Label> {
  return new Map((fact.enum?.options ?? []).map((o) => [o.code, o.label]));
}

/** A formatter for `fact` (enum codes shown by their labels), or for raw values when `fact` is undefined. */
export function valueFormatter(fact: FactDef | undefined): ValueFormatter {
  const labels = fact === undefined ? new Map<string, Label>() : codeLabels(fact);
  const isDate = fact?.type === 'date';
  const codeText = (code: string, lang: Lang): string => labels.get(code)?.[lang] ?? code;
  return {
    shown: (value) => (isDate && typeof value === 'number' ? isoFromDay(value) : value),
    text: (value, lang) => {
      if (value === null) return NO_VALUE[lang];
      if (typeof value === 'number') return isDate ? formatDay(value, lang) : formatNumber(value, lang);
      if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
      if (typeof value === 'string') return codeText(value, lang);
      return value.map((code) => codeText(code, lang)).join(', ');
    },
  };
}
