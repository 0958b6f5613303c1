import type { HashFunction } from '../../../core/consent';
import type { RetentionPolicy } from '../../../core/retention';
import type { AuditActor, AuditStep } from '../../audit/audit-entry';
import type { AuditLog } from '../../audit/audit-log';
import type { Journal } from '../../audit/journal';
import type { EspoGateway } from '../../espo/gateway';
import type { OppositionList } from '../../opposition/opposition-list';
import type { PersonEntityType } from './persons';

/** Test seam: called after each step is done and journaled; throwing from it simulates a crash there. */
export interface ApplyHooks {
  readonly afterStep?: (step: AuditStep, record: { readonly entityType: PersonEntityType; readonly id: string }) => void | Promise<void>;
}

/** Where the writes of a real run go. A dry run has none: it cannot write by construction. */
export interface ApplyWriters {
  readonly audit: AuditLog;
  readonly opposition: OppositionList;
}

export interface RetentionApplyInput {
  readonly gateway: EspoGateway;
  readonly today: string;
  /** @defaultValue DEFAULT_RETENTION_POLICY */
  readonly policy?: RetentionPolicy;
  /** The dealership's time zone (IANA): a datetime counts as its day there, as `today` does. @defaultValue 'Europe/Paris' */
  readonly timeZone?: string;
  /** Salted hash of identifiers (audit/installation-hash.ts). */
  readonly hash: HashFunction;
  /** Required unless the context is a dry run. */
  readonly writers?: ApplyWriters;
  /** Progress of earlier runs; a dry run reads it from the file, a real run from `writers.audit`. */
  readonly journal?: Journal;
  readonly actor: AuditActor;
  readonly runId: string;
  /** Most records to anonymise in this run (in a dry run, that would be); a failed record does not count. @defaultValue no limit */
  readonly limit?: number;
  /** @defaultValue ['Contact', 'Lead'] */
  readonly entityTypes?: readonly PersonEntityType[];
  /** Clock of the audit timestamps. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  readonly hooks?: ApplyHooks;
  /** Receives each record's result as soon as it is known. */
  readonly onResult?: (result: ApplyRecordResult) => void;
}

export type ApplyOutcome = 'anonymised' | 'wouldAnonymise' | 'failed' | 'skipped';
export type ApplySkipReason = 'notDue' | 'legalHold' | 'gone';

export interface ApplyRecordResult {
  readonly entityType: PersonEntityType;
  readonly id: string;
  readonly outcome: ApplyOutcome;
  readonly ruleId: string | null;
  /** Last step of an interrupted earlier run this one continued from. */
  readonly resumedFrom: AuditStep | null;
  /** Fields sent to the Data Privacy erase (or that would be, in a dry run). */
  readonly erasedFields: readonly string[];
  /**
   * E-mail addresses and phone numbers another Contact, Lead or Account also uses: unlinked from the person
   * (or that would be) instead of erased, and left off the opposition list, so the other record keeps them.
   */
  readonly sharedAddressesUnlinked: number;
  readonly vehiclesChanged: number;
  readonly notesDeleted: number;
  /** Notes the API user may not delete: an administrator must (platform.md §4.8). */
  readonly notesNeedingAdmin: readonly string[];
  readonly skipReason?: ApplySkipReason;
  /** An abandoned anonymisation: shared addresses unlinked before the interruption, linked to the person again. */
  readonly addressesRelinked?: number;
  /** An abandoned anonymisation: shared addresses unlinked before the interruption that could not be found again. */
  readonly addressesNotRelinked?: number;
  /** `AutoCibleError.code` of the failure, e.g. `ESPO_HTTP_ERROR`. */
  readonly errorCode?: string;
  readonly errorStatus?: number;
}

/** Why a run ended before going through every record. */
export type ApplyStop = 'limit' | 'aborted' | 'erasePermission' | 'activityAccess' | 'streamAccess';

export interface RetentionApplyReport {
  readonly runId: string;
  readonly today: string;
  readonly dryRun: boolean;
  readonly counts: Readonly<Record<ApplyOutcome, number>>;
  readonly results: readonly ApplyRecordResult[];
  readonly stoppedBy: ApplyStop | null;
}
