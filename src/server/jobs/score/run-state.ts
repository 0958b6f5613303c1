/**
 * The checkpoint and watermark of one run (style principle 9). Full and incremental runs save the last id of
 * every finished batch; a rerun with the same mode, day and models continues after it, with the same `since`.
 * A finished run clears the checkpoint and records its start as the next `--since`. Dry runs and targeted
 * rescoring (webhooks) neither resume nor save.
 */
import type { Checkpoint, ScoredType, ScoreStateStore } from '../../state/score-state';
import type { ScoreJobInput } from './types';

/**
 * How far before the last successful run's start an incremental run reads again. The watermark is this
 * machine's clock; `modifiedAt` is EspoCRM's, and a record saved just before the start may be committed just
 * after it. Reading two minutes again costs a few records scored twice, and writes are changed-only.
 */
export const SINCE_MARGIN_MS = 2 * 60_000;

const withMargin = (iso: string | undefined): string | null => (iso === undefined ? null : new Date(Date.parse(iso) - SINCE_MARGIN_MS).toISOString());

export class RunState {
  private constructor(
    private readonly store: ScoreStateStore | undefined,
    private readonly key: string,
    private checkpoint: Checkpoint | null,
    /** The run resumed an interrupted one. */
    readonly resumed: boolean,
  ) {}

  /** Reads the state (even in a dry run, for `--since`), resuming an interrupted run when it matches. */
  static async start(input: ScoreJobInput, options: { readonly now: Date; readonly dryRun: boolean; readonly models: readonly string[] }): Promise<RunState> {
    const state = input.state === undefined ? {} : await input.state.read(input.source.key);
    const saves = input.mode !== 'targets' && !options.dryRun ? input.state : undefined;
    if (input.mode === 'targets') return new RunState(undefined, input.source.key, null, false);
    const mode = input.mode;
    const previous = state.checkpoint;
    const since = input.since?.toISOString() ?? (mode === 'incremental' ? withMargin(state.lastSuccessfulRunAt) : null);
    const matches = previous !== undefined && previous.mode === mode && previous.today === input.today
      && previous.models.join() === options.models.join() && (input.since === undefined || previous.since === since);
    if (matches && saves !== undefined) return new RunState(saves, input.source.key, previous, true);
    const fresh: Checkpoint = {
      mode, startedAt: options.now.toISOString(), since, today: input.today, models: [...options.models], lastIds: {}, completed: [],
    };
    return new RunState(saves, input.source.key, fresh, false);
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

  async batchDone(entityType: ScoredType, lastId: string | null): Promise<void> {
    if (this.checkpoint === null || lastId === null) return;
    this.checkpoint = { ...this.checkpoint, lastIds: { ...this.checkpoint.lastIds, [entityType]: lastId } };
    await this.save();
  }

  async typeDone(entityType: ScoredType): Promise<void> {
    if (this.checkpoint === null) return;
    this.checkpoint = { ...this.checkpoint, completed: [...this.checkpoint.completed, entityType] };
    await this.save();
  }

  /** The run completed: its start becomes the watermark of the next incremental run. */
  async finish(): Promise<void> {
    const checkpoint = this.checkpoint;
    if (this.store === undefined || checkpoint === null) return;
    await this.store.update(this.key, ({ checkpoint: _done, ...rest }) => ({ ...rest, lastSuccessfulRunAt: checkpoint.startedAt }));
  }

  private async save(): Promise<void> {
    const checkpoint = this.checkpoint;
    if (this.store === undefined || checkpoint === null) return;
    await this.store.update(this.key, (current) => ({ ...current, checkpoint }));
  }
}
