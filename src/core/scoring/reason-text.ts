import type { Label } from '../catalogue';
import type { FactValue } from './fact-types';
import type { ShownValue } from './result-types';

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 192 && code <= 222 && code !== 215);
}

function isLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 223 && code <= 255 && code !== 247);
}

function withoutPeriod(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** "Fin de LLD…" continues a sentence as "fin de LLD…"; "LLD…" and "VUL…" stay as they are. */
function continued(text: string): string {
  const head = withoutPeriod(text);
  return isUpper(head.charCodeAt(0)) && isLower(head.charCodeAt(1)) ? head.charAt(0).toLowerCase() + head.slice(1) : head;
}

/** Forms of a label inside the top-reasons sentence, joints included so a sentence costs few concatenations. */
export interface SentenceForms {
  /** "Fin de LLD le 20/05/2025" (no final period): opens a sentence that goes on. */
  readonly head: Label;
  /** "Fin de LLD le 20/05/2025.": a sentence on its own. */
  readonly alone: Label;
  /** ", fin de LLD le 20/05/2025": in the middle. */
  readonly middle: Label;
  /** " et fin de LLD le 20/05/2025." / " and …": at the end. */
  readonly last: Label;
}

function formsOf(label: Label): SentenceForms {
  const head = { fr: withoutPeriod(label.fr), en: withoutPeriod(label.en) };
  const tail = { fr: continued(label.fr), en: continued(label.en) };
  return {
    head,
    alone: { fr: `${head.fr}.`, en: `${head.en}.` },
    middle: { fr: `, ${tail.fr}`, en: `, ${tail.en}` },
    last: { fr: ` et ${tail.fr}.`, en: ` and ${tail.en}.` },
  };
}

/**
 * A reason's label, the value it shows, and its forms inside the top-reasons sentence. The forms are
 * computed the first time a sentence needs them: most reasons never make a record's top three.
 */
export class ReasonText {
  private sentenceForms: SentenceForms | undefined;
  // The last sentence this reason opened, and what followed it: records often share their top three.
  private lastSecond: ReasonText | null = null;
  private lastThird: ReasonText | null = null;
  private lastSentence: Label | undefined;

  constructor(
    readonly label: Label,
    readonly value: ShownValue,
    /** The fact value the text was made for (the cache key). */
    readonly fact: FactValue = null,
  ) {}

  get forms(): SentenceForms {
    this.sentenceForms ??= formsOf(this.label);
    return this.sentenceForms;
  }

  /** "A.", "A et b." or "A, b et c.": the sentence this reason opens, followed by `second` and `third`. */
  sentence(second: ReasonText | null, third: ReasonText | null): Label {
    if (this.lastSentence !== undefined && this.lastSecond === second && this.lastThird === third) return this.lastSentence;
    const { head, alone } = this.forms;
    let made: Label = alone;
    if (second !== null && third === null) made = { fr: head.fr + second.forms.last.fr, en: head.en + second.forms.last.en };
    if (second !== null && third !== null) {
      const { middle } = second.forms;
      const { last } = third.forms;
      made = { fr: head.fr + middle.fr + last.fr, en: head.en + middle.en + last.en };
    }
    this.lastSecond = second;
    this.lastThird = third;
    this.lastSentence = made;
    return made;
  }
}

export function reasonText(label: Label, value: ShownValue): ReasonText {
  return new ReasonText(label, value);
}
