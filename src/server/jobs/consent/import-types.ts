/** What `consent import` reports: per file line, per person written, and in total. No cell value, ever. */
import type { ConsentChannel, HashFunction } from '../../../core/consent';
import type { EspoGateway } from '../../espo/gateway';
import type { OppositionList } from '../../opposition/opposition-list';
import type { PersonEntityType } from '../retention/persons';
import type { RejectedEdit } from './consent-fields';
import type { PersonKeyKind } from './import-columns';
import type { ImportLineField, ImportLineProblem } from './import-row';

export interface ConsentImportInput {
  readonly gateway: EspoGateway;
  /** The CSV file; its base name becomes the `sourceRef` of every event. */
  readonly path: string;
  /** Day an objection with no readable date is recorded on, and the day the flat fields show. */
  readonly today: string;
  /** @defaultValue ['Contact', 'Lead'] */
  readonly entityTypes?: readonly PersonEntityType[];
  /** The opposition list and the installation hash, when the installation has one. */
  readonly opposition?: { readonly list: OppositionList; readonly hash: HashFunction };
  /** Lines that were not simply recorded (or recorded with today's date), in line order, after the run. */
  readonly onLine?: (line: ConsentImportLine) => void;
  /** People whose consent fields change (or would, in a dry run). */
  readonly onRecord?: (record: ConsentImportRecord) => void;
}

/**
 * - `accepted`: the event is (or would be) added to the person's history; `duplicate`: it is already there;
 * - `opposed`: an opt-in for a person on the opposition list, not recorded;
 * - `rejected`: the line cannot be read or its event is invalid (`field`, `reason`);
 * - `unknownPerson`: nobody has this key; `ambiguous`: an opt-in whose email or phone names several people;
 * - `invalidHistory`: the person's stored history cannot be read and was left alone.
 */
export type ImportLineOutcome = 'accepted' | 'duplicate' | 'opposed' | 'rejected' | 'unknownPerson' | 'ambiguous' | 'invalidHistory';

export const IMPORT_LINE_OUTCOMES: readonly ImportLineOutcome[] = ['accepted', 'duplicate', 'opposed', 'rejected', 'unknownPerson', 'ambiguous', 'invalidHistory'];

/** One JSON line of `consent import --json` about a line of the file. */
export interface ConsentImportLine {
  readonly kind: 'line';
  readonly line: number;
  readonly outcome: ImportLineOutcome;
  readonly channel: ConsentChannel | null;
  /** Which key column named the person (never its value). */
  readonly keyKind: PersonKeyKind | null;
  readonly field: ImportLineField | null;
  /** What is wrong with `field`, as a code (the CLI words it in `--lang`). */
  readonly problem: ImportLineProblem | null;
  /** The same in English, a fixed text (never a cell value). */
  readonly reason: string | null;
  /** An objection with no readable date, recorded as of the run's day. */
  readonly dateDefaulted: boolean;
}

/** One JSON line of `consent import --json` about a person whose consent fields change. */
export interface ConsentImportRecord {
  readonly kind: 'record';
  readonly id: string;
  readonly entityType: PersonEntityType;
  readonly outcome: 'updated' | 'wouldUpdate' | 'gone';
  /** Channels whose flat fields are rewritten. */
  readonly channels: readonly ConsentChannel[];
  /** Events added to the history: the file's, and hand edits found in the flat fields. */
  readonly eventsAdded: number;
  /** Lines of the file that brought events to this person. */
  readonly lines: readonly number[];
  readonly rejectedEdits: readonly RejectedEdit[];
}

export interface ConsentImportReport {
  readonly file: string;
  readonly today: string;
  readonly dryRun: boolean;
  /** Data lines read (the header and blank lines not counted). */
  readonly lines: number;
  readonly counts: Readonly<Record<ImportLineOutcome, number>>;
  /** People whose fields changed (or would), and people the file named whose fields were already right. */
  readonly people: { readonly changed: number; readonly unchanged: number };
  readonly eventsAdded: number;
  /** Headers this import does not know, ignored. */
  readonly ignoredColumns: readonly string[];
}
