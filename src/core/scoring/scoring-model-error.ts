import { AutoCibleError } from '../errors';

/** One problem in a scoring model file. */
export interface ScoringModelIssue {
  /** Id of the rule the problem is in, when it is inside a rule that has an id. */
  readonly ruleId?: string;
  /** Where in the model: `['rules', 3, 'when', 'all', 0, 'value']`. */
  readonly path: readonly (string | number)[];
  /** Self-contained message that names the rule and the fact or field, e.g. `rule "x": fact "y" is unknown`. */
  readonly message: string;
}

/** A scoring model (YAML or JSON) does not parse or does not validate; `issues` lists every problem found. */
export class ScoringModelError extends AutoCibleError {
  readonly code = 'SCORING_MODEL_INVALID';

  constructor(
    readonly issues: readonly ScoringModelIssue[],
    /** The model's `id`, when the file got far enough to have one. */
    readonly modelId?: string,
  ) {
    const shown = issues.slice(0, 5).map((issue) => issue.message).join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`Invalid scoring model${modelId === undefined ? '' : ` "${modelId}"`}: ${shown}${more}`);
  }
}
