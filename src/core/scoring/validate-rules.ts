import { combineAxes, gradeMinimums, gradeOf } from './grade';
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

/** Whole points: each axis is a sum of whole points (decay rounds them), clamped to 0–100. */
const AXIS_POINTS = 101;

type LowerGrade = 'B' | 'C';
type HigherGrade = 'A' | 'B';

/** The lowest score a record reaching `bar` can have: its own score, or what its axis minimums combine to if more. */
function impliedScore(bar: GradeMinimums, combine: ShellModel['combine']): number | undefined {
  const fromAxes = combineAxes(bar.fit, bar.engagement, combine);
  return fromAxes > bar.score ? fromAxes : undefined;
}

/**
 * For B and C, the grades the records that reach its bar get instead, when none of them gets it: every fit and
 * engagement a record can have, with the score they combine to (weights and rounding of `combineAxes`), graded
 * as the scorer grades. A bar's axis minimums imply a lowest score, which may already reach a higher bar.
 */
function ungivenGrades(model: ShellModel): ReadonlyMap<LowerGrade, ReadonlySet<HigherGrade>> {
  const { grades, combine } = model;
  const given = new Set<string>();
  const instead = new Map<LowerGrade, Set<HigherGrade>>([['B', new Set()], ['C', new Set()]]);
  const bars = { B: gradeMinimums(grades.B), C: gradeMinimums(grades.C) };
  for (let fit = 0; fit < AXIS_POINTS; fit += 1) {
    for (let engagement = 0; engagement < AXIS_POINTS; engagement += 1) {
      const score = combineAxes(fit, engagement, combine);
      const grade = gradeOf(score, fit, engagement, grades);
      given.add(grade);
      for (const lower of ['B', 'C'] as const) {
        const bar = bars[lower];
        const reaches = score >= bar.score && fit >= bar.fit && engagement >= bar.engagement;
        if (reaches && (grade === 'A' || (grade === 'B' && lower === 'C'))) instead.get(lower)?.add(grade);
      }
    }
  }
  for (const lower of ['B', 'C'] as const) if (given.has(lower)) instead.delete(lower);
  return instead;
}

/**
 * Grades are given A then B then C: a lower grade every record of which already reaches a higher one's bar would
 * never be given. With scores alone that is the order A > B > C. With axis minimums, the score counts too: it
 * combines fit and engagement, so minimums of fit 90 and engagement 90 imply a score of at least 90 with equal
 * weights, whatever the bar's own score says.
 */
function checkGrades(model: ShellModel, issues: IssueList): void {
  const { A, B, C } = model.grades;
  if (typeof A === 'number' && typeof B === 'number' && typeof C === 'number') {
    if (!(A > B && B > C)) issues.add(['grades'], issueKind('gradesOrder', { A, B, C }));
    return;
  }
  // Without a weight there is no score (`noWeight` says so).
  if (!(model.combine.fitWeight + model.combine.engagementWeight > 0)) return;
  for (const [grade, above] of ungivenGrades(model)) {
    const implied = impliedScore(gradeMinimums(model.grades[grade]), model.combine);
    const order: readonly HigherGrade[] = ['A', 'B'];
    issues.add(['grades', grade], issueKind('gradeUnreachable', {
      grade,
      above: order.filter((g) => above.has(g)),
      ...(implied === undefined ? {} : { impliedScore: implied }),
    }));
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
