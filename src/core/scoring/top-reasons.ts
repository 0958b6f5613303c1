import type { Label } from '../catalogue';
import { reasonText } from './reason-text';
import type { ReasonText } from './reason-text';
import type { Reason } from './result-types';

/** The sentence of a record without any positive reason. */
export const NO_TOP_REASON: Label = { fr: 'Aucun critère favorable.', en: 'No favourable criterion.' };

/**
 * The (up to) three strongest positive reasons of a record, offered in model order: a later reason
 * must have strictly more points to pass an earlier one, so ties keep model order.
 */
export class TopThree {
  private count = 0;
  private p0 = 0;
  private p1 = 0;
  private p2 = 0;
  private t0: ReasonText | null = null;
  private t1: ReasonText | null = null;
  private t2: ReasonText | null = null;

  reset(): void {
    this.count = 0;
  }

  offer(points: number, text: ReasonText): void {
    if (points <= 0 || (this.count === 3 && points <= this.p2)) return;
    if (this.count === 0 || points > this.p0) {
      this.p2 = this.p1;
      this.t2 = this.t1;
      this.p1 = this.p0;
      this.t1 = this.t0;
      this.p0 = points;
      this.t0 = text;
    } else if (this.count === 1 || points > this.p1) {
      this.p2 = this.p1;
      this.t2 = this.t1;
      this.p1 = points;
      this.t1 = text;
    } else {
      this.p2 = points;
      this.t2 = text;
    }
    if (this.count < 3) this.count += 1;
  }

  /** "Fin de LLD le 20/05/2025, contact entrant il y a 5 jours et parc de 10 à 49 véhicules." */
  sentence(): Label {
    if (this.count === 0 || this.t0 === null) return NO_TOP_REASON;
    return this.t0.sentence(this.count > 1 ? this.t1 : null, this.count > 2 ? this.t2 : null);
  }
}

/** The top-reasons sentence of a list of reasons, as `ScoreResult.topReasons` gives it. */
export function topReasons(fired: readonly Reason[]): Label {
  const top = new TopThree();
  for (const reason of fired) if (reason.kind === 'rule') top.offer(reason.points, reasonText(reason.label, reason.value));
  return top.sentence();
}
