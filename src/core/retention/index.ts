// Retention (issue 5, domain.md §2.2 and §2.9): the CNIL policy, the per-record plan, and the fields
// anonymisation touches. Pure: `today` is an input; the jobs that read EspoCRM and erase come later.

// Policy
export { DEFAULT_RETENTION_POLICY, longerThanReferentiel, parseRetentionPolicy, RETENTION_POLICY_SOURCES, retentionPolicy, retentionPolicySchema } from './policy';
export type { RetentionDurationKey, RetentionPolicy, RetentionPolicyIssue } from './policy';
export { RETENTION_SOURCES } from './legal-sources';
export type { LegalSource } from './legal-sources';

// Input of one record
export type { RetentionEntityType, RetentionInput, RetentionVehicle } from './input';
export { parseRetentionInput, retentionInputSchema } from './input-schema';
export { RetentionInputError } from './retention-input-error';
export type { RetentionInputIssue } from './retention-input-error';

// The plan
export { planRetention } from './plan';
export type { RetentionAction, RetentionPlan, RetentionPlanOptions, RetentionRuleId } from './plan';
export type { AnchorInput } from './anchor';
export type { RetentionCategory } from './category';
export type { IgnoredDate } from './classify';
export { MAX_MONTHS_AHEAD } from './classify';
export { addDaysIso, calendarDay, retentionDeadline, utcDayOf } from './dates';
export type { DayOf } from './dates';

// Anonymisation
export { FREE_TEXT_FIELDS, fieldsKeptAfterAnonymisation, personalDataFieldsToErase } from './anonymisation';
