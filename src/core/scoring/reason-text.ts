import type { Label } from '../catalogue';
import type { FactValue } from './fact-types';
import type { Reason, ShownValue } from './result-types';

/** What a rule's reasons share: set once per rule, read by `ReasonText.reasonOf`. */
export interface ReasonOwner {
  readonly id: string;
  readonly axis: Reason['axis'];
}

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

/**
 * A reason's label, the value it shows, the reason itself when it is the same again, and the label's
 * forms inside the top-reasons sentence, with their joints so a sentence is two concatenations per
 * language. Everything is made at once, so it sits together in memory: a scoring run reads it for
 * millions of records, and scattered objects cost more to reach than to make.
 */
export class ReasonText {
  /** "Fin de LLD le 20/05/2025" (no final period): opens a sentence that goes on. */
  private readonly headFr: string;
  private readonly headEn: string;
  /** "Fin de LLD le 20/05/2025.": a sentence on its own. */
  private readonly alone: Label;
  /** ", fin de LLD le 20/05/2025": in the middle. */
  private readonly middleFr: string;
  private readonly middleEn: string;
  /** " et fin de LLD le 20/05/2025." / " and …": at the end. */
  private readonly lastFr: string;
  private readonly lastEn: string;
  /**
   * The last reason made from this text. Reasons are immutable, so records that saw the same value
   * and earned the same points share one object instead of allocating a reason each. Read (never
   * written) by the generated scorer, which checks for a hit without a call.
   */
  lastReason: Reason | undefined;
  /**
   * Its points, kept here so that a hit reads no other object. Meaningless while `lastReason` is
   * undefined; starts as an integer so V8 keeps the field unboxed (points are integers in the usual models).
   */
  lastPoints = 0;

  constructor(
    readonly label: Label,
    readonly value: ShownValue,
    /** The fact value the text was made for (the cache key). */
    readonly fact: FactValue = null,
  ) {
    this.headFr = withoutPeriod(label.fr);
    this.headEn = withoutPeriod(label.en);
    this.alone = { fr: `${this.headFr}.`, en: `${this.headEn}.` };
    const tailFr = continued(label.fr);
    const tailEn = continued(label.en);
    this.middleFr = `, ${tailFr}`;
    this.middleEn = `, ${tailEn}`;
    this.lastFr = ` et ${tailFr}.`;
    this.lastEn = ` and ${tailEn}.`;
  }

  /** The reason of `rule` (whose cache holds this text) firing with `points`. */
  reasonOf(rule: ReasonOwner, points: number): Reason {
    if (this.lastPoints === points && this.lastReason !== undefined) return this.lastReason;
    const made: Reason = { rule: rule.id, kind: 'rule', axis: rule.axis, label: this.label, value: this.value, points };
    this.lastReason = made;
    this.lastPoints = points;
    return made;
  }

  /** "A.", "A et b." or "A, b et c.": the sentence this reason opens, followed by `second` and `third`. */
  // Not memoised: half the records of a large run have a sentence of their own, and a sentence kept by a
  // long-lived text outlives the young generation, to become garbage the old generation has to hold.
  sentence(second: ReasonText | null, third: ReasonText | null): Label {
    if (second === null) return this.alone;
    if (third === null) return { fr: this.headFr + second.lastFr, en: this.headEn + second.lastEn };
    return { fr: this.headFr + second.middleFr + third.lastFr, en: this.headEn + second.middleEn + third.lastEn };
  }
}

export function reasonText(label: Label, value: ShownValue): ReasonText {
  return new ReasonText(label, value);
}
