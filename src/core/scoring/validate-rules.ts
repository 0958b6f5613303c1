import { gradeMinimums } from './grade';
import type { GradeMinimums } from './grade';
import { getFactDef } from './fact-registry';
import type { IssueList } from './issues';
import type { ScoringModel } from './model-schema';
import { issueKind } from './validate-issue';

type ShellModel = Omit<ScoringModel, 'rules'> & { readonly rules: readonly (Omit<ScoringModel['rules'][number], 'when'> & { readonly when?: unknown })[] };

function checkSince(model: ShellModel, index: number, issues: IssueList): void {
  const rule = model.rules[index];
  if (rule === undefined) return;
  const path = ['rules', index];
  if (rule.decay !== undefined && rule.since === undefined) {
    issues.add([...path, 'decay'], issueKind('decayWithoutSince', {}));
  }
  if (rule.since === undefined) return;
  const fact = getFactDef(rule.since);
  if (fact === undefined) issues.add([...path, 'since'], issueKind('sinceUnknown', { fact: rule.since }));
  else if (fact.type !== 'date') issues.add([...path, 'since'], issueKind('sinceNotDate', { fact: rule.since, factType: fact.type }));
  if (rule.axis === 'fit') issues.add([...path, 'since'], issueKind('sinceOnFit', {}));
  if (rule.points < 0) issues.add([...path, 'since'], issueKind('sinceOnPenalty', {}));
}

function checkReferences(model: ShellModel, index: number, issues: IssueList, groups: ReadonlySet<string>): void {
  const rule = model.rules[index];
  if (rule === undefined) return;
  if (rule.group !== undefined && !groups.has(rule.group)) {
    issues.add(['rules', index, 'group'], issueKind('groupUndeclared', { group: rule.group }));
  }
  if (rule.valueFact !== undefined && getFactDef(rule.valueFact) === undefined) {
    issues.add(['rules', index, 'valueFact'], issueKind('valueFactUnknown', { fact: rule.valueFact }));
  }
}

function checkUnique(ids: readonly string[], kind: 'rule' | 'group', path: string, issues: IssueList): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.add([path, i, 'id'], issueKind('duplicateId', { kind, id }));
    seen.add(id);
  });
}

function checkGroupAxes(model: ShellModel, issues: IssueList): void {
  model.groups.forEach((group, i) => {
    const axes = new Set(model.rules.filter((r) => r.group === group.id).map((r) => r.axis));
    if (axes.size > 1) issues.add(['groups', i], issueKind('groupMixesAxes', { group: group.id }));
  });
}

/**
 * Grades are given A then B then C: a lower grade every record of which already reaches a higher one's bar would
 * never be given. With scores alone that is the order A > B > C; with axis minimums, each part must leave room.
 */
function checkGrades(model: ShellModel, issues: IssueList): void {
  const { A, B, C } = model.grades;
  if (typeof A === 'number' && typeof B === 'number' && typeof C === 'number') {
    if (!(A > B && B > C)) issues.add(['grades'], issueKind('gradesOrder', { A, B, C }));
    return;
  }
  const bars = { A: gradeMinimums(A), B: gradeMinimums(B), C: gradeMinimums(C) };
  const covers = (high: GradeMinimums, low: GradeMinimums): boolean => high.score <= low.score && high.fit <= low.fit && high.engagement <= low.engagement;
  const pairs = [['B', 'A'], ['C', 'A'], ['C', 'B']] as const;
  for (const [grade, above] of pairs) {
    if (covers(bars[above], bars[grade])) {
      issues.add(['grades', grade], issueKind('gradeUnreachable', { grade, above }));
      return;
    }
  }
}

function checkModelSettings(model: ShellModel, issues: IssueList): void {
  checkGrades(model, issues);
  if (model.combine.fitWeight + model.combine.engagementWeight <= 0) issues.add(['combine'], issueKind('noWeight', {}));
  const { entityTypes, customerKinds } = model.appliesTo;
  if (entityTypes.includes('Account') && !customerKinds.includes('PROFESSIONNEL')) {
    issues.add(['appliesTo'], issueKind('accountNotProfessional', {}));
  }
}

/** Checks what the schema cannot: references between rules, groups and facts, decay, grades and weights. */
export function checkModelSemantics(model: ShellModel, issues: IssueList): void {
  const groups = new Set(model.groups.map((g) => g.id));
  checkUnique(model.rules.map((r) => r.id), 'rule', 'rules', issues);
  checkUnique(model.groups.map((g) => g.id), 'group', 'groups', issues);
  model.rules.forEach((_rule, i) => {
    checkSince(model, i, issues);
    checkReferences(model, i, issues, groups);
  });
  checkGroupAxes(model, issues);
  checkModelSettings(model, issues);
}

export type { ShellModel };
