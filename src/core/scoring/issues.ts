import type { ScoringModelIssue } from './scoring-model-error';
import type { Path } from './validate-condition';
import type { ModelIssueKind } from './validate-issue';
import { modelIssueText } from './validate-issue-text';

/** The raw model's `rules` or `groups`, when it has that list. */
function listOf(input: unknown, key: 'rules' | 'groups'): readonly unknown[] | undefined {
  if (typeof input !== 'object' || input === null || !(key in input)) return undefined;
  const list: unknown = Reflect.get(input, key);
  return Array.isArray(list) ? list : undefined;
}

function idOf(item: unknown): string | undefined {
  return typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
}

/** The id of the rule at `index`, when it is text that is not empty (a YAML `id: 2024` is a number). */
function ruleIdAt(input: unknown, index: number): string | undefined {
  const id = idOf(listOf(input, 'rules')?.[index]);
  return id === '' ? undefined : id;
}

/** The id of the group at `index` when it has one no other group has (the field then names it, not its index). */
function groupIdAt(input: unknown, index: number): string | undefined {
  const groups = listOf(input, 'groups');
  const id = idOf(groups?.[index]);
  if (id === undefined || id === '' || groups === undefined) return undefined;
  return groups.filter((group) => idOf(group) === id).length === 1 ? id : undefined;
}

/** The field as the text shows it: `points`, `reason.en`, `grades.C`, `groups[fleet-renewal].cap` (a group by its id). */
function fieldOf(input: unknown, local: Path): string {
  const [head, index, ...rest] = local;
  const groupId = head === 'groups' && typeof index === 'number' ? groupIdAt(input, index) : undefined;
  return groupId === undefined ? local.join('.') : [`groups[${groupId}]`, ...rest].join('.');
}

/**
 * Collects issues, naming the rule each one is in from the raw model (`rules[i].id`, or its position when it has no
 * id in text), and each group by its id.
 */
export class IssueList {
  readonly issues: ScoringModelIssue[] = [];

  constructor(private readonly input: unknown) {}

  /**
   * Adds a problem; `showPath` names the field inside the rule or model before it (for the schema's problems,
   * which do not say what they are about, such as "must be at least 1").
   */
  add(path: Path, kind: ModelIssueKind, showPath = false): void {
    const index = path[0] === 'rules' && typeof path[1] === 'number' ? path[1] : undefined;
    const ruleId = index === undefined ? undefined : ruleIdAt(this.input, index);
    const local = index === undefined ? path : path.slice(2);
    const place = {
      ...(ruleId !== undefined ? { ruleId } : index !== undefined ? { ruleNumber: index + 1 } : {}),
      ...(showPath && local.length > 0 ? { field: fieldOf(this.input, local) } : {}),
    };
    this.issues.push({ ...kind, ...place, path, message: modelIssueText({ ...kind, ...place }, 'en') });
  }
}
