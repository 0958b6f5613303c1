import { getFactDef } from './fact-registry';
import type { IssueList } from './issues';
import type { ScoringModel } from './model-schema';

type ShellModel = Omit<ScoringModel, 'rules'> & { readonly rules: readonly (Omit<ScoringModel['rules'][number], 'when'> & { readonly when?: unknown })[] };

function checkSince(model: ShellModel, index: number, issues: IssueList): void {
  const rule = model.rules[index];
  if (rule === undefined) return;
  const path = ['rules', index];
  if (rule.decay !== undefined && rule.since === undefined) {
    issues.add([...path, 'decay'], '"decay" needs "since" (the date fact of the event the points decay from)');
  }
  if (rule.since === undefined) return;
  const fact = getFactDef(rule.since);
  if (fact === undefined) issues.add([...path, 'since'], `"since" fact "${rule.since}" is unknown`);
  else if (fact.type !== 'date') issues.add([...path, 'since'], `"since" needs a date fact, "${rule.since}" is a ${fact.type}`);
  if (rule.axis === 'fit') issues.add([...path, 'since'], 'fit rules do not decay: remove "since"');
  if (rule.points < 0) {
    issues.add([...path, 'since'], 'only positive points decay (a penalty holds while its condition does): remove "since"');
  }
}

function checkReferences(model: ShellModel, index: number, issues: IssueList, groups: ReadonlySet<string>): void {
  const rule = model.rules[index];
  if (rule === undefined) return;
  if (rule.group !== undefined && !groups.has(rule.group)) {
    issues.add(['rules', index, 'group'], `group "${rule.group}" is not declared in "groups"`);
  }
  if (rule.valueFact !== undefined && getFactDef(rule.valueFact) === undefined) {
    issues.add(['rules', index, 'valueFact'], `"valueFact" fact "${rule.valueFact}" is unknown`);
  }
}

function checkUnique(ids: readonly string[], what: string, path: string, issues: IssueList): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.add([path, i, 'id'], `${what} "${id}" is defined twice`);
    seen.add(id);
  });
}

function checkGroupAxes(model: ShellModel, issues: IssueList): void {
  model.groups.forEach((group, i) => {
    const axes = new Set(model.rules.filter((r) => r.group === group.id).map((r) => r.axis));
    if (axes.size > 1) issues.add(['groups', i], `group "${group.id}" mixes fit and engagement rules; a cap applies to one axis`);
  });
}

function checkModelSettings(model: ShellModel, issues: IssueList): void {
  const { A, B, C } = model.grades;
  if (!(A > B && B > C)) issues.add(['grades'], `grades need A > B > C, got A ${A}, B ${B}, C ${C}`);
  if (model.combine.fitWeight + model.combine.engagementWeight <= 0) {
    issues.add(['combine'], 'combine needs a fitWeight or an engagementWeight above 0');
  }
  const { entityTypes, customerKinds } = model.appliesTo;
  if (entityTypes.includes('Account') && !customerKinds.includes('PROFESSIONNEL')) {
    issues.add(['appliesTo'], 'Account records are professional: add PROFESSIONNEL to customerKinds or remove Account');
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
