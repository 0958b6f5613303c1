/** Types of the score job (style principle 9): input, context, source and target ports, report. */
import type { Label, ScoreGradeCode } from '../../../core/catalogue';
import type { ScoringModel, ShownValue } from '../../../core/scoring';
import type { ScoredType, ScoreStateStore } from '../../state/score-state';
import type { JobContext } from '../types';
import type { ConsentChannel } from '../../../core/consent';
import type { ConsentCheckRuleId } from '../consent/check-line';

export type RawRecord = Readonly<Record<string, unknown>>;

/** One record with what its facts need: its vehicles, a contact's account, an account's contacts. */
export interface ScoreItem {
  readonly entityType: ScoredType;
  readonly id: string;
  readonly record: RawRecord;
  readonly vehicles: readonly RawRecord[];
  readonly account?: RawRecord | undefined;
  readonly contacts?: readonly RawRecord[] | undefined;
}

/** A record that was not scored, and why. Never personal data: an id, a line, a field name, a code. */
export interface BadRecord {
  /** Null for a JSONL line too broken to say its type. */
  readonly entityType: ScoredType | 'AutoCibleVehicle' | null;
  /** Null for a file row too broken to carry an id. */
  readonly id: string | null;
  /** Line in the input file, for file sources. */
  readonly line?: number;
  /** The error code (`SCORING_FACT_INVALID`, `ESPO_HTTP_ERROR`…) or the CSV issue code. */
  readonly reason: string;
  readonly field?: string;
  /** For a CSV row: the reader's reason in French and English (a personal-data cell's value is never in it). */
  readonly detail?: Label;
  /** HTTP status of a failed write. */
  readonly status?: number;
}

/** Records of one entity type, in the source's stable order; the checkpoint moves to `lastId` once it is done. */
export interface ScoreBatch {
  readonly entityType: ScoredType;
  readonly items: readonly ScoreItem[];
  /** Rows the source could not read (bad CSV row, bad JSONL line). */
  readonly rejected: readonly BadRecord[];
  readonly lastId: string | null;
}

/** What a source is asked for, for one entity type. */
export interface SourcePlan {
  /** Continue after this id (in the source's order): a checkpoint. */
  readonly after: string | null;
  /** Every record (a full run). */
  readonly all: boolean;
  /** Records modified at or after this instant (incremental run). */
  readonly modifiedSince: Date | null;
  /** These ids too, sorted (owners of changed vehicles, records a webhook named). */
  readonly ids: readonly string[];
  readonly batchSize: number;
}

export type IdsByType = Readonly<Record<ScoredType, readonly string[]>>;

/** Contacts and accounts modified since an instant (incremental runs), or listed (webhook rescoring). */
export type LinkedQuery = { readonly since: Date } | { readonly contacts: readonly string[]; readonly accounts: readonly string[] };

/** Rows of `entityType` read so far by a pass over a file. */
export type RowsRead = (entityType: string, rows: number) => void;

/** Where records come from: EspoCRM (or the memory gateway), a CSV directory or a JSONL file. */
export interface ScoreSource {
  /** Stable identity of the data, the key of its entry in the state file. */
  readonly key: string;
  /**
   * Called once before the first batch (a file source indexes vehicles and accounts); returns rows it could not
   * read. `read` hears, now and then, how many rows of a type it has read so far.
   */
  prepare?(signal: AbortSignal, read?: RowsRead): Promise<readonly BadRecord[]>;
  /** Owners (Contact, Account) of the vehicles modified since `since`, or of the vehicles listed. */
  vehicleOwners(query: { readonly since: Date } | { readonly ids: readonly string[] }, signal: AbortSignal): Promise<IdsByType>;
  /**
   * Records whose facts read the contacts and accounts modified since `since`, or listed: the account of each
   * contact (an account's score reads its contacts' roles and contacts) and the contacts of each account (a
   * contact's score reads its account's fleet and company).
   */
  linkedRecords(query: LinkedQuery, signal: AbortSignal): Promise<IdsByType>;
  batches(entityType: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncIterable<ScoreBatch>;
}

/** Where changed score fields go. `EspoGateway` is one; so is the JSONL writer of offline runs. */
export interface ScoreTarget {
  update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>): Promise<void>;
  /**
   * Told once, before the first write, whether the run continues an interrupted one: a file target then keeps
   * the lines of the earlier part instead of starting afresh.
   */
  begin?(run: { readonly resumed: boolean }): Promise<void>;
  /**
   * Told once after the last write of a run that completed, before the run is recorded as successful: a target
   * that buffers (a file) flushes, and throws when a write failed, so that the run is not recorded.
   */
  end?(): Promise<void>;
}

export type ScoreMode = 'full' | 'incremental' | 'targets';

export interface ScoreJobInput {
  readonly source: ScoreSource;
  /** Absent in dry runs: nothing is written. */
  readonly target?: ScoreTarget;
  /** In selection order: the first that applies to a record scores it. */
  readonly models: readonly ScoringModel[];
  /** `YYYY-MM-DD`: date rules are evaluated as of this day. */
  readonly today: string;
  /**
   * `autoCibleScoredAt` is the clock's UTC date and time at each batch (the CLI and serve, when `today` is the local
   * date: a run that passes midnight UTC dates each batch with its own day); otherwise `today` with the clock's UTC
   * time (`--today`). @defaultValue false
   */
  readonly stampedByClock?: boolean;
  readonly mode: ScoreMode;
  /** Incremental runs: an explicit instant; otherwise the last successful run from the state. */
  readonly since?: Date;
  /** Targeted runs: the records to rescore; vehicles rescore their owners. */
  readonly targets?: Partial<Record<ScoredType | 'AutoCibleVehicle', readonly string[]>>;
  /** Checkpoints and watermarks; without it a run neither resumes nor remembers. */
  readonly state?: ScoreStateStore;
  /** Records per batch (one checkpoint per batch). @defaultValue 50 */
  readonly batchSize?: number;
}

/** May the person be contacted on one channel today: beside the score, never in it. */
export interface ChannelAnswer {
  readonly eligible: boolean;
  /** The rule that decided (`consent check` explains each, with its legal reference). */
  readonly ruleId: ConsentCheckRuleId;
}

export type ChannelAnswers = Readonly<Record<ConsentChannel, ChannelAnswer>>;

export interface ReachSummary {
  /** People (contacts and leads) scored. */
  readonly persons: number;
  /** Of them, how many may be contacted on each channel. */
  readonly eligible: Readonly<Record<ConsentChannel, number>>;
  /** The same for the people graded A: the hottest prospects a campaign can actually reach. */
  readonly gradeA: { readonly persons: number; readonly eligible: Readonly<Record<ConsentChannel, number>> };
}

/** One scored record, as `--json` prints it. */
export interface ScoreLine {
  readonly id: string;
  readonly entityType: ScoredType;
  readonly score: number;
  readonly fit: number;
  readonly engagement: number;
  readonly grade: ScoreGradeCode;
  readonly reasons: readonly { readonly rule: string; readonly axis: string; readonly label: Label; readonly value: ShownValue; readonly points: number }[];
  readonly top: Label;
  /** `<model id>@<version>`. */
  readonly modelVersion: string;
  /** The score fields that differed from the record (written unless dry run). */
  readonly changed: readonly string[];
  /** May the person be contacted on each channel today (consent, EspoCRM's opt-out flags); null for an Account. */
  readonly channels: ChannelAnswers | null;
}

export interface ScoreJobContext extends JobContext {
  readonly dryRun: boolean;
  /** Clock for `autoCibleScoredAt`'s time of day and the run's watermark. */
  readonly now: () => Date;
  /** Called for each record scored (the CLI prints `--json` lines from it). */
  readonly onLine?: (line: ScoreLine) => void;
}

export interface TopReason {
  readonly modelId: string;
  readonly rule: string;
  /** The rule's reason with `{value}` left as `…`. */
  readonly label: Label;
  /** Records where the rule gave points. */
  readonly count: number;
}

export interface ScoreSummary {
  readonly scored: number;
  readonly grades: Readonly<Record<ScoreGradeCode, number>>;
  readonly topReasons: readonly TopReason[];
  /** How many of the people scored may be contacted on each channel. */
  readonly reach: ReachSummary;
}

export interface ScoreReport extends ScoreSummary {
  readonly mode: ScoreMode;
  readonly today: string;
  readonly dryRun: boolean;
  /** Incremental runs: the instant records were compared with (ISO), null for a full run. */
  readonly since: string | null;
  /** Records whose score fields changed (new scores and `cleared` ones): written, or to write in a dry run. */
  readonly written: number;
  readonly unchanged: number;
  readonly errors: number;
  /**
   * Of the errors, records whose changed score fields could not be written (a failed PATCH). Unless the run was
   * a dry run, the next incremental run rescores them though nobody modifies them.
   */
  readonly unwritten: number;
  /**
   * Contacts and leads not scored because their retention status is `ANONYMISE` (due for anonymisation) or
   * `ANONYMISED`: no score, no `--json` line, not in `scored`, the grades nor `perType`.
   */
  readonly skippedRetention: number;
  /**
   * Of them, records whose earlier score was cleared (score fields set to null): written, or to write in a dry
   * run. Also counted in `written`; a failed clear is an `unwritten` error, retried like a failed score write.
   */
  readonly cleared: number;
  /** The first bad records (at most 100: the count is in `errors`). */
  readonly badRecords: readonly BadRecord[];
  /** Stopped by the signal; the checkpoint lets a rerun continue. */
  readonly interrupted: boolean;
  /** The run continued an interrupted one. */
  readonly resumed: boolean;
  /** An incremental run whose models differ from the last finished run's: it rescored every record. */
  readonly modelChange: ModelChange | null;
  readonly perType: Readonly<Record<ScoredType, number>>;
}

/** The models (`<id>@<version>`) of the last finished run and of this one. */
export interface ModelChange {
  readonly from: readonly string[];
  readonly to: readonly string[];
}
