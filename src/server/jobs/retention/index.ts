// The retention jobs (issue 5 "Jobs"): gather each person's retention inputs from EspoCRM or the offline
// files, plan (`retention plan`) and anonymise what is due (`retention apply`).

// Inputs
export { PERSON_ENTITY_TYPES, PLAN_SELECT, isPersonEntityType } from './persons';
export type { PersonEntityType } from './persons';
export { gatherRetentionInput } from './gather';
export { inboundActivity } from './activity-dates';
export type { InboundActivity } from './activity-dates';
export { indexedLookups, liveLookups } from './lookups';
export type { PersonVehicle, RetentionLookups } from './lookups';
export { ActivityAccessError } from './activity-access-error';
export { LinkedRecordNotFoundError, missingLinkedRecord } from './linked-record-not-found-error';
export { isPersonGone, unlessGone } from './person-gone';
export type { RgpdJobContext } from './job-context';

// Plan
export { runRetentionPlan } from './plan-job';
export type { RetentionPlanInput, RetentionPlanReport } from './plan-job';
export { changedPlanFields, planFieldValues } from './plan-fields';

// Apply
export { runRetentionApply } from './apply-job';
export type {
  ApplyHooks, ApplyOutcome, ApplyRecordResult, ApplySkipReason, ApplyStop, ApplyWriters, RetentionApplyInput, RetentionApplyReport,
} from './apply-types';
export { runApplySession } from './apply-session';
export type { ApplySessionOptions } from './apply-session';
export { ErasePermissionError } from './erase-permission-error';
export { StreamAccessError } from './stream-access-error';
export { StreamPreflight } from './stream-preflight';
export { attributesOfField, fieldsStillHolding, holdsValue } from './erase-targets';
export { identifierKeys } from './identifier-keys';
export { NOTE_TYPES_TO_DELETE, cleanUpNotes, isWholeStream, notesToDelete, readStream, wholeStream } from './note-cleanup';
export type { NoteCleanup } from './note-cleanup';
export { optOutChanges } from './opt-out-changes';
export { neutralVehicleName, vehicleChanges } from './vehicle-changes';

// Data source of the CLI commands
export { openRgpdSource } from './source';
export type { RgpdSource, RgpdSourceOptions } from './source';
