import { getFactDef } from './fact-registry';
import { getOperator, OPERATOR_NAMES } from './operators/registry';

export type Path = readonly (string | number)[];
export type Report = (path: Path, message: string) => void;

const MAX_DEPTH = 12;
const GROUP_KEYS = ['all', 'any', 'not'] as const;

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLeaf(leaf: Readonly<Record<string, unknown>>, path: Path, report: Report): void {
  for (const key of Object.keys(leaf)) {
    if (key !== 'fact' && key !== 'operator' && key !== 'value') report([...path, key], `unexpected key "${key}" in a condition`);
  }
  const { fact: name, operator: opName } = leaf;
  const fact = typeof name === 'string' ? getFactDef(name) : undefined;
  if (fact === undefined) report([...path, 'fact'], typeof name === 'string' ? `fact "${name}" is unknown` : 'condition needs a "fact"');
  const op = typeof opName === 'string' ? getOperator(opName) : undefined;
  if (op === undefined) {
    const known = OPERATOR_NAMES.join(', ');
    report([...path, 'operator'], typeof opName === 'string' ? `operator "${opName}" is unknown (one of ${known})` : `condition needs an "operator" (one of ${known})`);
  }
  if (fact === undefined || op === undefined) return;
  if (!op.factTypes.includes(fact.type)) {
    report([...path, 'operator'], `operator "${op.name}" does not apply to fact "${fact.name}" (${fact.type}); it takes ${op.factTypes.join(' or ')} facts`);
    return;
  }
  const problem = op.validate(leaf['value'], fact);
  if (problem !== undefined) report([...path, 'value'], `fact "${fact.name}": ${problem}`);
}

function checkGroup(condition: Readonly<Record<string, unknown>>, key: 'all' | 'any' | 'not', path: Path, report: Report, depth: number): void {
  const extra = Object.keys(condition).filter((k) => k !== key);
  if (extra.length > 0) report(path, `"${key}" must be alone in its condition, found ${extra.map((k) => `"${k}"`).join(', ')}`);
  const inner = condition[key];
  if (key === 'not') {
    checkCondition(inner, [...path, key], report, depth + 1);
    return;
  }
  if (!Array.isArray(inner) || inner.length === 0) {
    report([...path, key], `"${key}" needs a non-empty list of conditions`);
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
    report(path, `conditions are nested more than ${MAX_DEPTH} levels deep`);
    return;
  }
  if (!isObject(condition)) {
    report(path, 'a condition must be {fact, operator, value}, {all: […]}, {any: […]} or {not: …}');
    return;
  }
  const group = GROUP_KEYS.find((key) => key in condition);
  if (group === undefined) checkLeaf(condition, path, report);
  else checkGroup(condition, group, path, report, depth);
}
