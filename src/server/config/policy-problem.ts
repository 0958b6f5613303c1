/**
 * Why a value of a `--policy` file is refused, as a reason with the values a sentence about it needs (bounds,
 * unknown keys, the durations longer than the référentiel), read from the zod issue's typed fields and the file's
 * durations, never from zod's English message. The English text is here; `cli/config-problem-text.ts` words it in
 * French. Never a value of the file but its durations and key names.
 */
import type { z } from 'zod';
import { DEFAULT_RETENTION_POLICY } from '../../core/retention';

/** A duration the CNIL référentiel sets, and its value there in months. */
export interface LongerDuration {
  readonly key: 'prospectMonths' | 'customerMonths';
  readonly months: number;
}

export type PolicyReason =
  /** A duration is longer than the référentiel's and the file says not why. */
  | { readonly kind: 'justificationRequired'; readonly longer: readonly LongerDuration[] }
  | { readonly kind: 'unknownKeys'; readonly keys: readonly string[] }
  /** `expected`: zod's name of the type (`int`, `number`, `string`, `object`). */
  | { readonly kind: 'wrongType'; readonly expected: string }
  /** `text`: the bound is the justification's length, not a duration. */
  | { readonly kind: 'tooSmall'; readonly minimum: number; readonly text: boolean }
  | { readonly kind: 'tooBig'; readonly maximum: number; readonly text: boolean }
  | { readonly kind: 'invalid' };

/** The durations of the file longer than the référentiel's (a justification is then required). */
function longerDurations(raw: unknown): LongerDuration[] {
  return (['prospectMonths', 'customerMonths'] as const).flatMap((key) => {
    const value: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, key) : undefined;
    const months = DEFAULT_RETENTION_POLICY[key];
    return typeof value === 'number' && value > months ? [{ key, months }] : [];
  });
}

/** The reason of one issue of `retentionPolicySchema` on the file's value `raw`. */
export function policyReason(issue: z.core.$ZodIssue, raw: unknown): PolicyReason {
  switch (issue.code) {
    case 'custom':
      return issue.path[0] === 'justification' ? { kind: 'justificationRequired', longer: longerDurations(raw) } : { kind: 'invalid' };
    case 'unrecognized_keys':
      return { kind: 'unknownKeys', keys: issue.keys };
    case 'invalid_type':
      return { kind: 'wrongType', expected: issue.expected };
    case 'too_small':
      return { kind: 'tooSmall', minimum: Number(issue.minimum), text: issue.origin === 'string' };
    case 'too_big':
      return { kind: 'tooBig', maximum: Number(issue.maximum), text: issue.origin === 'string' };
    default:
      return { kind: 'invalid' };
  }
}

const TYPES_EN: Readonly<Record<string, string>> = {
  int: 'a whole number', number: 'a number', string: 'text',
  object: 'an object with prospectMonths, customerMonths, repermissionDays or justification',
};

/** The English text of a reason (the `problem` of its `ConfigProblem`). */
export function policyReasonText(reason: PolicyReason): string {
  switch (reason.kind) {
    case 'justificationRequired': {
      const longer = reason.longer.map(({ key, months }) => `${key} exceeds the CNIL référentiel's ${months} months`).join(' and ');
      return `is required when ${longer === '' ? 'a duration exceeds the CNIL référentiel\'s' : longer}: say why the data is kept longer`;
    }
    case 'unknownKeys':
      return `has unknown keys (${reason.keys.join(', ')})`;
    case 'wrongType':
      return `must be ${TYPES_EN[reason.expected] ?? `of type ${reason.expected}`}`;
    case 'tooSmall':
      return reason.text ? 'must not be empty' : `must be at least ${reason.minimum}`;
    case 'tooBig':
      return reason.text ? `must be at most ${reason.maximum} characters long` : `must be at most ${reason.maximum}`;
    case 'invalid':
      return 'is invalid';
  }
}
