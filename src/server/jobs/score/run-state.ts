/**
 * The checkpoint and watermark of one run (style principle 9). Full and incremental runs save the last id of
 * every finished batch; a rerun with the same mode, day and models continues after it, with the same `since`.
 * A finished run clears the checkpoint and records its start as the next `--since`. Dry runs and targeted
 * rescoring (webhooks) neither resume nor save.
 *
 * A record whose score could not be written is remembered (`retry`): the watermark moves past it, and it may
 * never be modified again, so the next incremental run rescores it with the records modified since.
 */
import type { Checkpoint, IdsByScoredType, ScoredType, ScoreStateStore, SourceState } from '../../state/score-state';
import { SCORED_TYPES } from '../../state/score-state';
import type { IdsByType, ModelChange, ScoreJobInput } from './types';

/**
 * How far before the last successful run's start an incremental run reads again. The watermark is this
 * machine's clock; `modifiedAt` is EspoCRM's, and a record saved just before the start may be committed just
 * after it. Reading two minutes again costs a few records scored twice, and writes are changed-only.
 */
export const SINCE_MARGIN_MS = 2 * 60_000;

const withMargin = (iso: string | undefined): string | null => (iso === undefined ? null : new Date(Date.parse(iso) - SINCE_MARGIN_MS).toISOString());

/**
 * Records remembered for a retry, at most. Past it the state would grow without bound: the run then keeps the
 * previous watermark (an incremental run reads again everything since it) instead of remembering each record.
 */
export const RETRY_LIMIT = 10_000;

const NO_IDS: IdsByType = { Contact: [], Lead: [], Account: [] };

/** `a` and `b` merged per type, each list sorted and without repeats; types without ids are left out. */
type SomeIds = Partial<Readonly<Record<ScoredType, readonly string[]>>>;

export function mergeIds(a: SomeIds | undefined, b: SomeIds | undefined): IdsByScoredType {
  const merged: IdsByScoredType = {};
  for (const type of SCORED_TYPES) {
    const ids = [...new Set([...(a?.[type] ?? []), ...(b?.[type] ?? [])])].sort();
    if (ids.length > 0) merged[type] = ids;
  }
  return merged;
}

const idCount = (ids: IdsByScoredType | undefined): number => SCORED_TYPES.reduce((sum, type) => sum + (ids?.[type]?.length ?? 0), 0);

/**
 * An incremental run given a `--since` later than the watermark read only part of what the next incremental run
 * must read: it neither moves the watermark nor drops the earlier retries.
 */
function readLessThanWatermark(state: SourceState, run: Checkpoint): boolean {
  if (run.mode !== 'incremental' || run.since === null) return false;
  const watermark = withMargin(state.lastSuccessfulRunAt);
  return watermark === null || Date.parse(run.since) > Date.parse(watermark);
}

/**
 * The state once a run finished with `failed` records unwritten: watermark and retries move together. Too many to
 * remember one by one: an incremental run leaves the previous watermark and retries (what it read is read again
 * next time), a full run removes them (the next incremental run reads everything).
 */
function finished(state: SourceState, ownRun: Checkpoint): SourceState {
  const next = afterRun(state, ownRun);
  // A full run started after serve's schedule asked for one is the run it asked for.
  if (ownRun.mode !== 'full' || state.fullRunDueSince === undefined || Date.parse(ownRun.startedAt) < Date.parse(state.fullRunDueSince)) return next;
  return withoutFullRunDue(next);
}

const withoutFullRunDue = ({ fullRunDueSince: _asked, ...rest }: SourceState): SourceState => rest;

function afterRun(state: SourceState, ownRun: Checkpoint): SourceState {
  const run = withStoredFailures(ownRun, state.checkpoint);
  if (idCount(run.failed) > RETRY_LIMIT) return run.mode === 'full' ? withoutRunMarks(state) : withoutCheckpoint(state);
  if (readLessThanWatermark(state, run)) {
    const retry = mergeIds(state.retry, run.failed);
    return { ...withoutCheckpoint(state), ...(idCount(retry) > 0 ? { retry } : {}) };
  }
  const retry = mergeIds(run.failed, undefined);
  return { ...withoutRunMarks(state), lastSuccessfulRunAt: run.startedAt, models: run.models, ...(idCount(retry) > 0 ? { retry } : {}) };
}

/**
 * The run's checkpoint with the failures the stored checkpoint holds beside its own: those of a targeted run
 * (webhooks) while this run was paused (`RunState.rememberFailures`), or those of an unfinished run of another mode
 * or day whose checkpoint this run replaces (serve's incremental runs going ahead of a failing full run). Their
 * records may be behind this run's checkpoint, or not read by it at all: the next incremental run retries them.
 */
function withStoredFailures(run: Checkpoint, stored: Checkpoint | undefined): Checkpoint {
  if (stored?.failed === undefined) return run;
  return { ...run, failed: mergeIds(run.failed, stored.failed) };
}

/** The models of the last finished run, when they are not those of this run (compared as sets: order is the file's). */
function changedModels(state: SourceState, models: readonly string[]): ModelChange | null {
  if (state.models === undefined) return null;
  const key = (list: readonly string[]): string => [...list].sort().join('\n');
  return key(state.models) === key(models) ? null : { from: [...state.models], to: [...models] };
}

const withoutCheckpoint = ({ checkpoint: _done, ...rest }: SourceState): SourceState => rest;

/** The state without what runs leave: checkpoint, watermark, its models and retries (webhook `pending` records stay). */
const withoutRunMarks = ({ checkpoint: _done, retry: _retry, lastSuccessfulRunAt: _watermark, models: _models, ...rest }: SourceState): SourceState => rest;

export class RunState {
  private constructor(
    private readonly store: ScoreStateStore | undefined,
    private readonly key: string,
    private checkpoint: Checkpoint | null,
    /** The run resumed an interrupted one. */
    readonly resumed: boolean,
    /** Incremental runs: records a previous run could not write, rescored with the modified ones. */
    readonly retry: IdsByType = NO_IDS,
    /** Incremental runs whose models are not those of the last finished run: they read every record. */
    readonly modelChange: ModelChange | null = null,
  ) {}

  /** Reads the state (even in a dry run, for `--since`), resuming an interrupted run when it matches. */
  static async start(input: ScoreJobInput, options: { readonly now: Date; readonly dryRun: boolean; readonly models: readonly string[] }): Promise<RunState> {
    const state = input.state === undefined ? {} : await input.state.read(input.source.key);
    const saves = input.mode !== 'targets' && !options.dryRun ? input.state : undefined;
    if (input.mode === 'targets') return new RunState(undefined, input.source.key, null, false);
    const mode = input.mode;
    const retry: IdsByType = mode === 'incremental'
      ? { Contact: state.retry?.Contact ?? [], Lead: state.retry?.Lead ?? [], Account: state.retry?.Account ?? [] }
      : NO_IDS;
    const previous = state.checkpoint;
    // A new model version rewrites every score: an incremental run then reads everything, whatever its `--since`.
    const modelChange = mode === 'incremental' ? changedModels(state, options.models) : null;
    const since = modelChange !== null ? null : input.since?.toISOString() ?? (mode === 'incremental' ? withMargin(state.lastSuccessfulRunAt) : null);
    const matches = previous !== undefined && previous.mode === mode && previous.today === input.today
      && previous.models.join() === options.models.join() && (input.since === undefined || previous.since === since);
    if (matches && saves !== undefined) return new RunState(saves, input.source.key, previous, true, retry, modelChange);
    const fresh: Checkpoint = {
      mode, startedAt: options.now.toISOString(), since, today: input.today, models: [...options.models], lastIds: {}, completed: [],
    };
    return new RunState(saves, input.source.key, fresh, false, retry, modelChange);
  }

  /**
   * A targeted run (webhooks) could not write `failed`: they join the records the next incremental run retries.
   * Too many to remember drops the watermark instead: the next incremental run rescores everything.
   */
  static async rememberFailures(input: ScoreJobInput, failed: IdsByScoredType): Promise<void> {
    if (input.state === undefined || idCount(failed) === 0) return;
    await input.state.update(input.source.key, (current) => {
      const retry = mergeIds(current.retry, failed);
      // An interrupted run's checkpoint goes too: once finished, its start would become a watermark past them.
      if (idCount(retry) > RETRY_LIMIT) return withoutRunMarks(current);
      // A paused run's records too: once it finishes, its own failures replace the retries (`finished`).
      const { checkpoint } = current;
      if (checkpoint === undefined) return { ...current, retry };
      return { ...current, retry, checkpoint: { ...checkpoint, failed: mergeIds(checkpoint.failed, failed) } };
    });
  }

  get since(): Date | null {
    const since = this.checkpoint?.since;
    return since === null || since === undefined ? null : new Date(since);
  }

  after(entityType: ScoredType): string | null {
    return this.checkpoint?.lastIds[entityType] ?? null;
  }

  isCompleted(entityType: ScoredType): boolean {
    return this.checkpoint?.completed.includes(entityType) ?? false;
  }

  /** A batch is done up to `lastId`; `failed`: its records whose score could not be written. */
  async batchDone(entityType: ScoredType, lastId: string | null, failed: readonly string[] = []): Promise<void> {
    if (this.checkpoint === null || (lastId === null && failed.length === 0)) return;
    const lastIds = lastId === null ? this.checkpoint.lastIds : { ...this.checkpoint.lastIds, [entityType]: lastId };
    // Past the limit the run will keep the previous watermark (`finished`): no need to hold more ids.
    const keep = failed.length > 0 && idCount(this.checkpoint.failed) <= RETRY_LIMIT;
    const failedIds = keep ? mergeIds(this.checkpoint.failed, { [entityType]: [...failed] }) : this.checkpoint.failed;
    this.checkpoint = { ...this.checkpoint, lastIds, ...(failedIds === undefined ? {} : { failed: failedIds }) };
    await this.save();
  }

  async typeDone(entityType: ScoredType): Promise<void> {
    if (this.checkpoint === null) return;
    this.checkpoint = { ...this.checkpoint, completed: [...this.checkpoint.completed, entityType] };
    await this.save();
  }

  /**
   * The run completed: its start becomes the watermark of the next incremental run, and the records it could not
   * write are the ones that run retries (the earlier retries were part of this run).
   */
  async finish(): Promise<void> {
    const checkpoint = this.checkpoint;
    if (this.store === undefined || checkpoint === null) return;
    await this.store.update(this.key, (state) => finished(state, checkpoint));
  }

  private async save(): Promise<void> {
    const own = this.checkpoint;
    if (this.store === undefined || own === null) return;
    await this.store.update(this.key, (current) => {
      const checkpoint = withStoredFailures(own, current.checkpoint);
      this.checkpoint = checkpoint;
      return { ...current, checkpoint };
    });
  }
}
