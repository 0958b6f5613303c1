/**
 * Why a CSV cell could not be converted, in French and English. The offending text is a parameter of
 * the sentence, never pasted into it afterwards: a personal-data cell is shown as a placeholder from
 * the start, so its value cannot leak into either language.
 */
import type { Label } from '../catalogue/types';

export type CellProblem = 'unknownOption' | 'notNumber' | 'notInteger' | 'notDate' | 'notDateTime' | 'notBool';

type Sentence = (shown: string) => string;

const SENTENCES: Readonly<Record<CellProblem, { readonly fr: Sentence; readonly en: Sentence }>> = {
  unknownOption: { fr: (v) => `option inconnue ${v}`, en: (v) => `unknown option ${v}` },
  notNumber: { fr: (v) => `pas un nombre : ${v}`, en: (v) => `not a number: ${v}` },
  notInteger: { fr: (v) => `pas un entier : ${v}`, en: (v) => `not an integer: ${v}` },
  notDate: { fr: (v) => `pas une date (AAAA-MM-JJ ou JJ/MM/AAAA) : ${v}`, en: (v) => `not a date (YYYY-MM-DD or DD/MM/YYYY): ${v}` },
  notDateTime: {
    fr: (v) => `pas une date-heure (AAAA-MM-JJ HH:mm:ss UTC ou ISO 8601 avec décalage) : ${v}`,
    en: (v) => `not a date-time (YYYY-MM-DD HH:mm:ss UTC or ISO 8601 with an offset): ${v}`,
  },
  notBool: { fr: (v) => `pas une valeur oui/non (oui, non, vrai, faux, 1, 0) : ${v}`, en: (v) => `not a yes/no value (yes, no, true, false, 1, 0): ${v}` },
};

/** A cell text as each language quotes it: `« X »` in French, `"X"` in English. */
export function quoted(text: string): Label {
  return { fr: `« ${text} »`, en: `"${text}"` };
}

/** The reason of `problem`, naming the cell as `shown` (usually `quoted(text)`, or a placeholder). */
export function cellReason(problem: CellProblem, shown: Label): Label {
  const sentence = SENTENCES[problem];
  return { fr: sentence.fr(shown.fr), en: sentence.en(shown.en) };
}
