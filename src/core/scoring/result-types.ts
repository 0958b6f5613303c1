import type { Label, ScoreGradeCode } from '../catalogue';
import type { Axis } from './model-schema';

/**
 * A value as a reason shows it: dates as `YYYY-MM-DD`, codes as codes, lists as lists; `null` when
 * the fact was absent.
 */
export type ShownValue = number | string | boolean | readonly string[] | null;

/**
 * - `rule`: a rule of the model whose condition held.
 * - `groupCap`: the group's rules added more than its cap; `points` takes the excess back.
 * - `axisFloor` / `axisCeiling`: the axis went below 0 or above 100; `points` brings it back.
 */
export type ReasonKind = 'rule' | 'groupCap' | 'axisFloor' | 'axisCeiling';

/** One line of a score's explanation. The `points` of all reasons of an axis add up to that axis. */
export interface Reason {
  /** The rule id; `cap:<group>`, `floor:<axis>` or `ceiling:<axis>` for adjustments. */
  readonly rule: string;
  readonly kind: ReasonKind;
  readonly axis: Axis;
  /** The reason sentence with the value filled in. */
  readonly label: Label;
  /** The value the rule saw (its `valueFact`, by default the first fact of its condition); the group or axis total for adjustments. */
  readonly value: ShownValue;
  /** Points after decay; the adjustment for caps, floors and ceilings. */
  readonly points: number;
}

/** The score of one record and why. Same facts, model and day → deep-equal result. */
export interface ScoreResult {
  /** 0–100: fit and engagement combined with the model's weights. */
  readonly score: number;
  /** 0–100, no decay. */
  readonly fit: number;
  /** 0–100, decayed with the age of the events that earned it. */
  readonly engagement: number;
  readonly grade: ScoreGradeCode;
  /** Every reason, rules in model order then adjustments; their points add up to fit and engagement. */
  readonly fired: readonly Reason[];
  /** Number of rules evaluated. */
  readonly evaluated: number;
  /** A short sentence from the two or three strongest positive reasons. */
  readonly topReasons: Label;
  /** `<model id>@<version>`, as written to `autoCibleScoreModel`. */
  readonly modelVersion: string;
}
