/** Types of the VMC job (style principle 9): input, context, source and target ports, report. */
import type { History } from '../../../core/vmc';
import type { EspoRecord } from '../../espo/types';
import type { JobContext } from '../types';

/** The entity types that hold VMC fields, in the order the job runs them. */
export type VmcEntityType = 'Contact' | 'Account';

export const VMC_ENTITY_TYPES: readonly VmcEntityType[] = ['Contact', 'Account'];

/** Where records, their purchase history and the admin defaults come from: EspoCRM, or a dataset directory. */
export interface VmcSource {
  /** EspoCRM's config params (`GET Settings`), read once per run: the admin's VMC defaults among them. */
  settings(signal: AbortSignal): Promise<Readonly<Record<string, unknown>>>;
  /** Every record of `entityType` in id order, with at least the attributes `vmcSelect` names. */
  records(entityType: VmcEntityType, signal: AbortSignal): AsyncIterable<EspoRecord>;
  /** The record's won opportunities, read as the side panel reads them; throws when they cannot be read. */
  history(entityType: VmcEntityType, id: string, signal: AbortSignal): Promise<History>;
}

/** Where changed VMC fields go: the `EspoGateway` the score job writes through. */
export interface VmcTarget {
  update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>): Promise<void>;
}

export interface VmcJobInput {
  readonly source: VmcSource;
  /** Absent offline: nothing is written. */
  readonly target?: VmcTarget;
  /** `YYYY-MM-DD`: end of the purchase-history window, as the panel's "today". */
  readonly today: string;
  /**
   * `autoCibleVmcComputedAt` is the clock's UTC date and time at each batch (the CLI, when `today` is the local date:
   * a run that passes midnight UTC dates each batch with its own day); otherwise `today` with the clock's UTC time
   * (`--today`). @defaultValue false
   */
  readonly stampedByClock?: boolean;
  /** Records read, computed and written together (their requests go through the client's concurrency limit). @defaultValue 50 */
  readonly batchSize?: number;
}

export interface VmcJobContext extends JobContext {
  /** Compute and report; write nothing. */
  readonly dryRun: boolean;
  /** Clock for the time of day of `autoCibleVmcComputedAt`. */
  readonly now: () => Date;
  /** Called for each record computed, in id order (the CLI prints `--json` lines from it). */
  readonly onLine?: (line: VmcLine) => void;
}

/** The four stored values; null when an impossible input makes one impossible (the panel's « n/a »). */
export interface VmcValues {
  readonly vmcBrute: number | null;
  readonly vmcNette: number | null;
  readonly vmcMarge: number | null;
  readonly vmcNetteMarge: number | null;
}

/** One record computed, as `--json` prints it. No name, no amount of a purchase: the record's own values only. */
export interface VmcLine extends VmcValues {
  readonly id: string;
  readonly entityType: VmcEntityType;
  /** Attributes written (or to write): the values that changed, and `autoCibleVmcComputedAt` with them. */
  readonly changed: readonly string[];
  /** The inputs that emptied a value (`conversionRate`, `purchases[0].amount`…), in the panel's order. */
  readonly invalidInputs: readonly string[];
}

/** A record that was skipped, and why. Never personal data: a type, an id, a code, a status, field names. */
export interface VmcBadRecord {
  readonly entityType: VmcEntityType;
  readonly id: string;
  /** `history`: its won opportunities could not be read; `write`: EspoCRM refused or failed the update. */
  readonly stage: 'history' | 'write';
  /** The error code (`ESPO_HTTP_ERROR`, `ESPO_FIELDS_NOT_STORED`…). */
  readonly reason: string;
  readonly status?: number;
  /** Fields EspoCRM did not store (`ESPO_FIELDS_NOT_STORED`). */
  readonly fields?: readonly string[];
}

export interface VmcReport {
  readonly today: string;
  readonly dryRun: boolean;
  /** Records listed per type (bad ones included). */
  readonly read: Readonly<Record<VmcEntityType, number>>;
  /** Records written; with no target or in a dry run, records to write. */
  readonly written: number;
  readonly unchanged: number;
  readonly errors: number;
  /** The first 100 bad records. */
  readonly badRecords: readonly VmcBadRecord[];
  /** How many records had (or would have) each attribute written. */
  readonly changedFields: Readonly<Record<string, number>>;
  /** Records with at least one value emptied by an impossible input. */
  readonly withInvalidInputs: number;
  /** Records per impossible input (a bad purchase counted as `purchases`). */
  readonly invalidInputs: Readonly<Record<string, number>>;
  readonly interrupted: boolean;
}
