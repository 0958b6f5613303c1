/** Numbers of the score panel in the user's language: `72`, points signed and rounded (`+12`, `-3,5`). */
import { toLocale } from '../locale';

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

export function createScoreFormat(language: string): ScoreFormat {
  const locale = toLocale(language);
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    number: (value) => plain.format(value),
    points: (value) => signed.format(roundPoints(value)),
  };
}
