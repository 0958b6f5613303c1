import type { ScoringModelIssue } from './scoring-model-error';
import type { Path } from './validate-condition';

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
   * Adds a message; `showPath` prefixes the path inside the rule or model (for schema messages that
   * do not name what they are about, such as "Too small: expected number to be >=1").
   */
  add(path: Path, message: string, showPath = false): void {
    const inRule = path[0] === 'rules' && typeof path[1] === 'number';
    const ruleId = inRule ? ruleIdAt(this.input, path[1] as number) : undefined;
    const local = inRule && ruleId !== undefined ? path.slice(2) : path;
    const where = showPath && local.length > 0 ? `${local.join('.')}: ` : '';
    const subject = ruleId !== undefined ? `rule "${ruleId}": ` : '';
    const text = `${subject}${where}${message}`;
    this.issues.push(ruleId === undefined ? { path, message: text } : { ruleId, path, message: text });
  }
}
