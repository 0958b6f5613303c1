// The `autoCibleScoreReasons` text field (issue 4): written by the scoring job, read by the score panel.

// Format
export { SCORE_REASON_AXES, SCORE_REASONS_VERSION } from './types';
export type { FiredReason, ScoreReasonAxis, ScoreReasonValue, ScoreReasons } from './types';
export { ScoreReasonsInvalidError } from './score-reasons-invalid-error';
export type { ScoreReasonsProblem } from './score-reasons-invalid-error';

// Reading and writing; the validator has no zod, so browser bundles can use it
export { assertScoreReasons, validateScoreReasons } from './validate';
export type { ScoreReasonsValidation } from './validate';
export { parseScoreReasons } from './parse';
export type { ParsedScoreReasons } from './parse';
export { serialiseScoreReasons } from './serialise';

// The zod schema, for Node code only (tree-shaken out of bundles that do not use it)
export { scoreReasonsSchema } from './schema';
