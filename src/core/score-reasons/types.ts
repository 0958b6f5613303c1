import type { Label } from '../catalogue';

/** Version of the `autoCibleScoreReasons` format; a reader refuses any other. */
export const SCORE_REASONS_VERSION = 1;

export const SCORE_REASON_AXES = ['fit', 'engagement'] as const;
export type ScoreReasonAxis = (typeof SCORE_REASON_AXES)[number];

/**
 * The value a rule saw: dates as `YYYY-MM-DD`, codes as codes, `null` when the fact was absent. A list
 * of codes is accepted too, as the scoring engine reports multi-value facts that way (scoring `ShownValue`).
 */
export type ScoreReasonValue = string | number | boolean | null | readonly string[];

/** One rule that fired (or an adjustment such as a group cap), with its points after decay. */
export interface FiredReason {
  readonly rule: string;
  readonly axis: ScoreReasonAxis;
  /** The reason sentence in both languages, value already filled in. */
  readonly label: Label;
  readonly value: ScoreReasonValue;
  /**
   * The value in words when it is a code or a list of codes (`DIRIGEANT` → « Dirigeant »), for the panel's
   * "value seen" column; absent for numbers, dates and text, and in reasons written before it existed.
   */
  readonly valueLabel?: Label;
  /** Signed; the points of an axis add up to that axis. */
  readonly points: number;
}

/** What the scoring job writes to `autoCibleScoreReasons` and the score panel reads. */
export interface ScoreReasons {
  readonly v: typeof SCORE_REASONS_VERSION;
  readonly modelId: string;
  /** The model's version alone (e.g. `2026.1`); `autoCibleScoreModel` holds `<modelId>@<version>`. */
  readonly modelVersion: string;
  readonly fired: readonly FiredReason[];
  /** The strongest reasons as one short sentence. */
  readonly top: Label;
}
