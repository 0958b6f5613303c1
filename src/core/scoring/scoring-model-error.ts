import { AutoCibleError } from '../errors';
import type { ModelIssueKind } from './validate-issue';

/**
 * One problem in a scoring model file: its `code` and `params` (`validate-issue.ts`), which
 * `modelIssueText` words in French or English, and the English `message`.
 */
export type ScoringModelIssue = ModelIssueKind & {
  /** Id of the rule the problem is in, when it is inside a rule that has an id. */
  readonly ruleId?: string;
  /** Position of the rule the problem is in (1 for the first), when it is inside a rule without an id in text. */
  readonly ruleNumber?: number;
  /** Where in the model: `['rules', 3, 'when', 'all', 0, 'value']`. */
  readonly path: readonly (string | number)[];
  /**
   * The field the text names before the problem, inside the rule when there is one (`points`, `reason.en`):
   * for the schema's problems, whose words do not say what they are about.
   */
  readonly field?: string;
  /** Self-contained English message that names the rule and the fact or field, e.g. `rule "x": fact "y" is unknown`. */
  readonly message: string;
};

/** A scoring model (YAML or JSON) does not parse or does not validate; `issues` lists every problem found. */
export class ScoringModelError extends AutoCibleError {
  readonly code = 'SCORING_MODEL_INVALID';

  constructor(
    readonly issues: readonly ScoringModelIssue[],
    /** The model's `id`, when the file got far enough to have one. */
    readonly modelId?: string,
    /** The file the model was read from, when it came from one. */
    readonly file?: string,
  ) {
    const shown = issues.slice(0, 5).map((issue) => issue.message).join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`Invalid scoring model${modelId === undefined ? '' : ` "${modelId}"`}${file === undefined ? '' : ` (${file})`}: ${shown}${more}`);
  }
}
