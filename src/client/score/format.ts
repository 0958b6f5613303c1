/**
 * Numbers of the score panel in the user's language, with the separators the user's EspoCRM shows numbers
 * with: `72`, points signed and rounded (`+12`, `-3,5`).
 */
import { formatWith, LOCALE_SYMBOLS, toLocale } from '../locale';
import type { NumberSymbols } from '../locale';

export interface ScoreFormat {
  /** A score or a value seen, at most two decimals. */
  number(value: number): string;
  /** Points with their sign, one decimal at most; zero unsigned. */
  points(value: number): string;
}

/** Rounds to one decimal, half away from zero so +3.25 and -3.25 mirror; -0.04 shows `0`, not `-0`. */
function roundPoints(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  return rounded === 0 ? 0 : rounded;
}

export function createScoreFormat(language: string, symbols: NumberSymbols = LOCALE_SYMBOLS): ScoreFormat {
  const locale = toLocale(language);
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    number: (value) => formatWith(plain, value, symbols),
    points: (value) => formatWith(signed, roundPoints(value), symbols),
  };
}
