import type { ScoreReasons } from './types';
import { assertScoreReasons } from './validate';

/**
 * The text the scoring job writes to `autoCibleScoreReasons`: compact JSON with the keys in a fixed
 * order, so an unchanged result gives the same text and the job writes nothing. Throws
 * `ScoreReasonsInvalidError` for a value the panel could not read back (an empty rule id, NaN points…).
 */
export function serialiseScoreReasons(reasons: ScoreReasons): string {
  return JSON.stringify(assertScoreReasons(reasons));
}
