/**
 * A zod issue of the model schema as a code with its values (`validate-issue.ts`), read from the issue's typed
 * fields (bounds, allowed values, expected type, unknown keys), never from its English message.
 */
import type { z } from 'zod';
import { issueKind } from './validate-issue';
import type { ModelIssueKind } from './validate-issue';

/** The ids' pattern (`model-schema.ts`), as zod reports it. */
const KEBAB_CASE = String(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** What the raw model holds at `path`. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** The problem of one schema issue; `input` tells a missing field from one of the wrong type. */
export function schemaIssue(issue: z.core.$ZodIssue, input: unknown): ModelIssueKind {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? issueKind('required', {}) : issueKind('wrongType', { expected: issue.expected });
    case 'too_small':
      return issueKind('tooSmall', { origin: issue.origin, minimum: Number(issue.minimum), inclusive: issue.inclusive !== false });
    case 'too_big':
      return issueKind('tooBig', { origin: issue.origin, maximum: Number(issue.maximum), inclusive: issue.inclusive !== false });
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern === KEBAB_CASE ? issueKind('notKebabCase', {}) : issueKind('badFormat', {});
    case 'invalid_value':
      return issueKind('notOneOf', { values: issue.values.map(String) });
    case 'unrecognized_keys':
      return issueKind('unknownKeys', { keys: issue.keys });
    case 'invalid_union':
      return issueKind('noFormMatches', {});
    default:
      return issueKind('invalid', {});
  }
}
