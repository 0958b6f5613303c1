/** Types of the derive job (style principle 9): input, context, source and target ports, report. */
import type { EspoRecord } from '../../espo/types';
import type { JobContext } from '../types';
import type { DerivedField, DerivedValues, SourceField } from './derive-fields';

/** Where the vehicles come from: EspoCRM, or a dataset directory. */
export interface DeriveSource {
  /** Every vehicle in id order, with at least the attributes `DERIVE_SELECT` names. */
  records(signal: AbortSignal): AsyncIterable<EspoRecord>;
}

/** Where changed fields go: the `EspoGateway` the other jobs write through. */
export interface DeriveTarget {
  update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>): Promise<void>;
}

export interface DeriveJobInput {
  readonly source: DeriveSource;
  /** Absent offline: nothing is written. */
  readonly target?: DeriveTarget;
  /** `YYYY-MM-DD`: the day the next contrôle technique is counted from. */
  readonly today: string;
  /** Vehicles derived and written together (their requests go through the client's concurrency limit). @defaultValue 50 */
  readonly batchSize?: number;
}

export interface DeriveJobContext extends JobContext {
  /** Derive and report; write nothing. */
  readonly dryRun: boolean;
  /** Called for each vehicle derived, in id order (the CLI prints `--json` lines from it). */
  readonly onLine?: (line: DeriveLine) => void;
}

/** One vehicle derived, as `--json` prints it: its id and the fields written (or to write) with their new values. */
export interface DeriveLine {
  readonly id: string;
  readonly changes: DerivedValues;
}

/** A vehicle that was skipped, and why. Never personal data: a type, an id, a code, a status, field names. */
export interface DeriveBadRecord {
  readonly entityType: 'AutoCibleVehicle';
  readonly id: string;
  /** `source`: a genre, P.3 code or MEC that cannot be read; `write`: EspoCRM refused or failed the update. */
  readonly stage: 'source' | 'write';
  /** The error code (`DERIVE_SOURCE_INVALID`, `ESPO_HTTP_ERROR`, `ESPO_FIELDS_NOT_STORED`…). */
  readonly reason: string;
  readonly status?: number;
  /** The sources that cannot be read, or the fields EspoCRM did not store. */
  readonly fields?: readonly (SourceField | DerivedField | string)[];
}

export interface DeriveReport {
  readonly today: string;
  readonly dryRun: boolean;
  /** Vehicles listed (bad ones included). */
  readonly read: number;
  /** Vehicles written; with no target or in a dry run, vehicles to write. */
  readonly written: number;
  readonly unchanged: number;
  readonly errors: number;
  /** The first 100 bad records. */
  readonly badRecords: readonly DeriveBadRecord[];
  /** How many vehicles had (or would have) each field written. */
  readonly changedFields: Readonly<Partial<Record<DerivedField, number>>>;
  /** How many vehicles kept each field as stored: its source empty, or (the next CT) no rule for the category. */
  readonly notDerived: Readonly<Partial<Record<DerivedField, number>>>;
  readonly interrupted: boolean;
}
