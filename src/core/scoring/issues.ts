import type { ScoringModelIssue } from './scoring-model-error';
import type { Path } from './validate-condition';
import type { ModelIssueKind } from './validate-issue';
import { modelIssueText } from './validate-issue-text';

function ruleIdAt(input: unknown, index: number): string | undefined {
  if (typeof input !== 'object' || input === null || !('rules' in input) || !Array.isArray(input.rules)) return undefined;
  const rule: unknown = input.rules[index];
  return typeof rule === 'object' && rule !== null && 'id' in rule && typeof rule.id === 'string' ? rule.id : undefined;
}

/** Collects issues, naming the rule each one is in from the raw model (`rules[i].id`). */
export class IssueList {
  readonly issues: ScoringModelIssue[] = [];

  constructor(private readonly input: unknown) {}

  /**
   * Adds a problem; `showPath` names the field inside the rule or model before it (for the schema's problems,
   * which do not say what they are about, such as "must be at least 1").
   */
  add(path: Path, kind: ModelIssueKind, showPath = false): void {
    const inRule = path[0] === 'rules' && typeof path[1] === 'number';
    const ruleId = inRule ? ruleIdAt(this.input, path[1] as number) : undefined;
    const local = inRule && ruleId !== undefined ? path.slice(2) : path;
    const place = {
      ...(ruleId === undefined ? {} : { ruleId }),
      ...(showPath && local.length > 0 ? { field: local.join('.') } : {}),
    };
    this.issues.push({ ...kind, ...place, path, message: modelIssueText({ ...kind, ...place }, 'en') });
  }
}
