/**
 * The retention policy: the CNIL référentiel's durations as configurable defaults (domain.md §2.2).
 * The référentiel is not binding: a dealership may choose other durations if it documents why.
 * Schema built inside a `@__PURE__` call so bundles that only read the defaults drop zod.
 */
import { number, strictObject, string } from 'zod';
import { DomainInputError } from '../errors';
import type { LegalSource } from './legal-sources';
import { RETENTION_SOURCES } from './legal-sources';

export interface RetentionPolicy {
  /**
   * Months a prospect's data is kept after collection or their last inbound contact.
   * @defaultValue 36
   * @see RETENTION_POLICY_SOURCES.prospectMonths
   */
  readonly prospectMonths: number;
  /**
   * Months a customer's data is kept for marketing after the end of the relationship.
   * @defaultValue 36
   * @see RETENTION_POLICY_SOURCES.customerMonths
   */
  readonly customerMonths: number;
  /**
   * Days before the deadline from which a single re-permission request may be sent.
   * @defaultValue 30
   * @see RETENTION_POLICY_SOURCES.repermissionDays
   */
  readonly repermissionDays: number;
  /**
   * Why the dealership keeps data longer than the référentiel: required when `prospectMonths` or
   * `customerMonths` exceeds its default (the référentiel is not binding, but a longer duration must be
   * documented). Printed in the register.
   */
  readonly justification?: string;
}

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = { prospectMonths: 36, customerMonths: 36, repermissionDays: 30 };

/** The source of each default. */
/** The durations of a policy (what the référentiel sets), without the justification. */
export type RetentionDurationKey = Exclude<keyof RetentionPolicy, 'justification'>;

export const RETENTION_POLICY_SOURCES: Readonly<Record<RetentionDurationKey, LegalSource>> = {
  prospectMonths: RETENTION_SOURCES.prospect,
  customerMonths: RETENTION_SOURCES.customer,
  repermissionDays: RETENTION_SOURCES.repermission,
};

// 10 years is the longest archive the domain reference lists (C. com. L123-22); beyond is a typo.
const MAX_MONTHS = 120;

/** The durations of `policy` longer than the référentiel's, by key. */
export function longerThanReferentiel(policy: Pick<RetentionPolicy, 'prospectMonths' | 'customerMonths'>): ('prospectMonths' | 'customerMonths')[] {
  return (['prospectMonths', 'customerMonths'] as const).filter((key) => policy[key] > DEFAULT_RETENTION_POLICY[key]);
}

export const retentionPolicySchema = /* @__PURE__ */ (() =>
  strictObject({
    prospectMonths: number().int().min(1).max(MAX_MONTHS).default(DEFAULT_RETENTION_POLICY.prospectMonths),
    customerMonths: number().int().min(1).max(MAX_MONTHS).default(DEFAULT_RETENTION_POLICY.customerMonths),
    repermissionDays: number().int().min(0).max(365).default(DEFAULT_RETENTION_POLICY.repermissionDays),
    justification: string().trim().min(1).max(2000).optional(),
  }).superRefine((policy, ctx) => {
    const longer = longerThanReferentiel(policy);
    if (longer.length === 0 || policy.justification !== undefined) return;
    ctx.addIssue({
      code: 'custom',
      path: ['justification'],
      message: `is required when ${longer.map((key) => `${key} exceeds the CNIL référentiel's ${String(DEFAULT_RETENTION_POLICY[key])} months`).join(' and ')}: say why the data is kept longer`,
    });
  }))();

/** One problem of a policy value: where (`path`, empty for the whole value) and what, never the value. */
export interface RetentionPolicyIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The policy from a config value, or every problem found in it (`parseRetentionPolicy` for all of them). */
export function parseRetentionPolicy(value?: unknown): { readonly policy: RetentionPolicy } | { readonly issues: readonly RetentionPolicyIssue[] } {
  const result = retentionPolicySchema.safeParse(value ?? {});
  if (!result.success) {
    return { issues: result.error.issues.map((issue) => ({ path: issue.path, message: issue.code === 'unrecognized_keys' ? `has unknown keys (${issue.keys.join(', ')})` : issue.message })) };
  }
  const { justification, ...durations } = result.data;
  return { policy: justification === undefined ? durations : { ...durations, justification } };
}

/**
 * The policy from a config value (`undefined` → all defaults, missing keys → their default). Throws
 * `DomainInputError` whose `input` is the offending key, e.g. `retentionPolicy.prospectMonths`.
 */
export function retentionPolicy(value?: unknown): RetentionPolicy {
  const parsed = parseRetentionPolicy(value);
  if ('policy' in parsed) return parsed.policy;
  const issue = parsed.issues[0];
  const key = issue?.path[0];
  const offending: unknown = typeof key === 'string' && typeof value === 'object' && value !== null ? Reflect.get(value, key) : value;
  throw new DomainInputError(typeof key === 'string' ? `retentionPolicy.${key}` : 'retentionPolicy', offending, issue?.message ?? 'invalid policy');
}
