import { getFactDef } from './fact-registry';
import { getOperator, OPERATOR_NAMES } from './operators/registry';
import { issueKind } from './validate-issue';
import type { ModelIssueKind } from './validate-issue';
import { valueIssue } from './validate-value';

export type Path = readonly (string | number)[];
export type Report = (path: Path, kind: ModelIssueKind) => void;

const MAX_DEPTH = 12;
const GROUP_KEYS = ['all', 'any', 'not'] as const;

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLeaf(leaf: Readonly<Record<string, unknown>>, path: Path, report: Report): void {
  for (const key of Object.keys(leaf)) {
    if (key !== 'fact' && key !== 'operator' && key !== 'value') report([...path, key], issueKind('conditionUnexpectedKey', { key }));
  }
  const { fact: name, operator: opName } = leaf;
  const fact = typeof name === 'string' ? getFactDef(name) : undefined;
  if (fact === undefined) report([...path, 'fact'], typeof name === 'string' ? issueKind('factUnknown', { fact: name }) : issueKind('factMissing', {}));
  const op = typeof opName === 'string' ? getOperator(opName) : undefined;
  if (op === undefined) {
    const operators = OPERATOR_NAMES;
    report([...path, 'operator'], typeof opName === 'string' ? issueKind('operatorUnknown', { operator: opName, operators }) : issueKind('operatorMissing', { operators }));
  }
  if (fact === undefined || op === undefined) return;
  if (!op.factTypes.includes(fact.type)) {
    report([...path, 'operator'], issueKind('operatorFactType', { operator: op.name, fact: fact.name, factType: fact.type, factTypes: op.factTypes }));
    return;
  }
  const problem = valueIssue(op, fact, leaf['value']);
  if (problem !== undefined) report([...path, 'value'], problem);
}

function checkGroup(condition: Readonly<Record<string, unknown>>, key: 'all' | 'any' | 'not', path: Path, report: Report, depth: number): void {
  const others = Object.keys(condition).filter((k) => k !== key);
  if (others.length > 0) report(path, issueKind('groupNotAlone', { key, others }));
  const inner = condition[key];
  if (key === 'not') {
    checkCondition(inner, [...path, key], report, depth + 1);
    return;
  }
  if (!Array.isArray(inner) || inner.length === 0) {
    report([...path, key], issueKind('groupEmpty', { key }));
    return;
  }
  inner.forEach((child, i) => checkCondition(child, [...path, key, i], report, depth + 1));
}

/**
 * Checks a condition as written in a model file and reports each problem with its path: unknown
 * facts or operators, an operator that does not apply to the fact's type, a value of the wrong shape.
 */
export function checkCondition(condition: unknown, path: Path, report: Report, depth = 0): void {
  if (depth > MAX_DEPTH) {
    report(path, issueKind('conditionTooDeep', { max: MAX_DEPTH }));
    return;
  }
  if (!isObject(condition)) {
    report(path, issueKind('conditionShape', {}));
    return;
  }
  const group = GROUP_KEYS.find((key) => key in condition);
  if (group === undefined) checkLeaf(condition, path, report);
  else checkGroup(condition, group, path, report, depth);
}
