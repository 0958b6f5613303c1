/**
 * Why a condition's value is refused, as a code with its values. The operator decides whether the value is
 * valid (`OperatorDef.validate`, the same check `compile` relies on); this only says why, in terms each
 * language can word: the value's shape for the operator, its type for the fact, a code the fact does not have,
 * or a range upside down.
 */
import { parseDay } from '../catalogue';
import type { FactDef } from './fact-types';
import type { OperatorDef } from './operators/types';
import { issueKind } from './validate-issue';
import type { ModelIssueKind } from './validate-issue';

function codeIssue(code: string, fact: FactDef): ModelIssueKind | undefined {
  const codes = fact.enum?.options.map((option) => option.code) ?? [];
  return codes.includes(code) ? undefined : issueKind('valueCode', { fact: fact.name, value: code, codes });
}

/** The same test as the operators' `checkScalar`: a value of the fact's type (a known code for an enum). */
function scalarIssue(value: unknown, fact: FactDef): ModelIssueKind | undefined {
  const wrong = issueKind('valueType', { fact: fact.name, factType: fact.type, got: JSON.stringify(value) ?? String(value) });
  switch (fact.type) {
    case 'number':
      return typeof value === 'number' ? undefined : wrong;
    case 'date':
      return typeof value === 'string' && value.length === 10 && parseDay(value) !== undefined ? undefined : wrong;
    case 'bool':
      return typeof value === 'boolean' ? undefined : wrong;
    case 'enum':
    case 'multiEnum':
      return typeof value === 'string' ? codeIssue(value, fact) : wrong;
    case 'string':
      return typeof value === 'string' ? undefined : wrong;
  }
}

function firstIssue(values: readonly unknown[], check: (value: unknown) => ModelIssueKind | undefined): ModelIssueKind | undefined {
  for (const value of values) {
    const issue = check(value);
    if (issue !== undefined) return issue;
  }
  return undefined;
}

/** Why a value of the right shape is refused (the operator's own check failed). */
function explain(op: OperatorDef, value: unknown, fact: FactDef): ModelIssueKind | undefined {
  if (op.name === 'contains') {
    const codes: readonly unknown[] = Array.isArray(value) ? value : [value];
    return firstIssue(codes, (code) => codeIssue(String(code), fact));
  }
  const items: readonly unknown[] = Array.isArray(value) ? value : [value];
  const scalar = firstIssue(items, (item) => scalarIssue(item, fact));
  if (scalar !== undefined || op.name !== 'between') return scalar;
  return issueKind('betweenOrder', { fact: fact.name, min: String(items[0]), max: String(items[1]) });
}

/** The problem with `value` for `op` on `fact`, or undefined when the operator accepts it. */
export function valueIssue(op: OperatorDef, fact: FactDef, value: unknown): ModelIssueKind | undefined {
  if (op.validate(value, fact) === undefined) return undefined;
  const shape = issueKind('valueShape', { operator: op.name, fact: fact.name });
  const shaped = op.value === undefined ? value === undefined : op.value.safeParse(value).success;
  return shaped ? explain(op, value, fact) ?? shape : shape;
}
