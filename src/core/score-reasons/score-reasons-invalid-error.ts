import { AutoCibleError } from '../errors';

export type ScoreReasonsProblem = 'notJson' | 'missing' | 'wrongType' | 'empty' | 'notFinite' | 'unsupportedVersion' | 'unknownAxis';

/** Score reasons that do not follow the `autoCibleScoreReasons` format, with where and what. */
export class ScoreReasonsInvalidError extends AutoCibleError {
  readonly code = 'SCORE_REASONS_INVALID';

  constructor(
    /** Dotted path inside the value, e.g. `fired.2.points`; empty for the value itself. */
    readonly path: string,
    readonly problem: ScoreReasonsProblem,
  ) {
    super(`Score reasons are invalid at ${path === '' ? '(root)' : path}: ${problem}`);
  }
}
