/**
 * A zod issue of the model schema as a code with its values (`validate-issue.ts`), read from the issue's typed
 * fields (bounds, allowed values, expected type, unknown keys), never from its English message.
 */
import type { z } from 'zod';
import type { Path } from './validate-condition';
import { issueKind } from './validate-issue';
import type { ModelIssueKind } from './validate-issue';

/** The ids' pattern (`model-schema.ts`), as zod reports it. */
const KEBAB_CASE = String(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The two forms of a decay (`DecaySchema`), in the order of its union. */
const DECAY_KEYS = ['halfLifeDays', 'windowDays'] as const;

/** A problem and where it is. */
export interface PlacedIssue {
  readonly path: Path;
  readonly kind: ModelIssueKind;
}

/** What the raw model holds at `path`. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

export function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

const isDecay = (path: Path): boolean => path.at(-1) === 'decay' && (path.length === 1 || (path.length === 3 && path[0] === 'rules'));
const isGradeBar = (path: Path): boolean => path.length === 2 && path[0] === 'grades';
const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The option of a union the raw value was meant to be, when it says: a decay with one of its two keys, a grade
 * bar written as an object. Its own problems then say what is wrong (`decay.halfLifeDays: must be a number`).
 */
function intendedOption(path: Path, value: unknown): number | undefined {
  if (!isRecord(value)) return undefined;
  if (isGradeBar(path)) return 1;
  if (!isDecay(path)) return undefined;
  const present = DECAY_KEYS.filter((key) => Object.hasOwn(value, key));
  return present.length === 1 && present[0] !== undefined ? DECAY_KEYS.indexOf(present[0]) : undefined;
}

/** A value that fits none of a union's forms, worded by what the union is (a decay, a grade's bar). */
function unionKind(path: Path, value: unknown): ModelIssueKind {
  const missing = value === undefined;
  if (isGradeBar(path)) return issueKind('gradeBarShape', { missing });
  if (!isDecay(path)) return issueKind('noFormMatches', {});
  if (isRecord(value) && DECAY_KEYS.every((key) => Object.hasOwn(value, key))) return issueKind('decayBothForms', {});
  return issueKind('decayShape', { missing });
}

function unionIssues(issue: z.core.$ZodIssueInvalidUnion, input: unknown): PlacedIssue[] {
  const path = pathOf(issue.path);
  const value = valueAt(input, issue.path);
  const option = intendedOption(path, value);
  const inner = option === undefined ? undefined : issue.errors[option];
  if (inner !== undefined && inner.length > 0) {
    return inner.flatMap((innerIssue) => schemaIssues({ ...innerIssue, path: [...issue.path, ...innerIssue.path] }, input));
  }
  return [{ path, kind: unionKind(path, value) }];
}

/** The problem of one schema issue; `input` tells a missing field from one of the wrong type. */
function schemaIssue(issue: z.core.$ZodIssue, input: unknown): ModelIssueKind {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      // `version: 2026.2` in YAML is a number: say to quote it rather than "must be text".
      if (typeof value === 'number' && issue.path.length === 1 && issue.path[0] === 'version') return issueKind('versionNumber', { got: String(value) });
      return value === undefined ? issueKind('required', {}) : issueKind('wrongType', { expected: issue.expected });
    }
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
      return unionKind(pathOf(issue.path), valueAt(input, issue.path));
    default:
      return issueKind('invalid', {});
  }
}

/**
 * The problems of one schema issue with their paths: one, except for a union whose raw value shows the form it
 * was meant to have, whose problems are that form's.
 */
export function schemaIssues(issue: z.core.$ZodIssue, input: unknown): PlacedIssue[] {
  return issue.code === 'invalid_union' ? unionIssues(issue, input) : [{ path: pathOf(issue.path), kind: schemaIssue(issue, input) }];
}
