import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

/** Default path of the scoring state, relative to the working directory. Env `AUTOCIBLE_STATE_FILE`. */
export const DEFAULT_STATE_FILE = '.autocible/state.json';

export const SCORED_TYPES = ['Contact', 'Lead', 'Account'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

const ScoredTypeSchema = z.enum(SCORED_TYPES);
/** Record ids by scored entity type. */
const IdsByScoredTypeSchema = z.partialRecord(ScoredTypeSchema, z.array(z.string().min(1)));
export type IdsByScoredType = z.infer<typeof IdsByScoredTypeSchema>;
const PendingSchema = z.partialRecord(z.enum([...SCORED_TYPES, 'AutoCibleVehicle']), z.array(z.string().min(1)));

/**
 * Where an interrupted run stopped: the last fully processed id of each entity type, in id order (a rerun
 * continues after it). The other fields say which run it belongs to: a rerun with other settings starts over.
 */
export const CheckpointSchema = z.object({
  mode: z.enum(['full', 'incremental']),
  /** When the interrupted run started (ISO); it becomes the watermark once the run completes. */
  startedAt: z.iso.datetime(),
  /** Incremental runs: records modified at or after this instant (ISO). */
  since: z.iso.datetime().nullable(),
  today: z.iso.date(),
  /** `<id>@<version>` of every model in use, in order. */
  models: z.array(z.string()),
  /** Last fully processed id per entity type. */
  lastIds: z.partialRecord(ScoredTypeSchema, z.string().min(1)),
  /** Entity types finished entirely. */
  completed: z.array(ScoredTypeSchema),
  /** Records whose score could not be written so far (a failed PATCH): the next incremental run rescores them. */
  failed: IdsByScoredTypeSchema.optional(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const SourceStateSchema = z.object({
  /** Start of the last run that finished (ISO): `--since` rescores what changed after it. */
  lastSuccessfulRunAt: z.iso.datetime().optional(),
  /**
   * `<id>@<version>` of the models of that run: an incremental run with other models rescores every record
   * (domain.md §3.5: a new model version recomputes every score).
   */
  models: z.array(z.string()).optional(),
  checkpoint: CheckpointSchema.optional(),
  /**
   * Records whose score could not be written by the last runs (a failed PATCH): an incremental run rescores them
   * with the records modified since the watermark, as they may not be modified again.
   */
  retry: IdsByScoredTypeSchema.optional(),
  /** Records a webhook asked to rescore that `serve` had not processed when it stopped. */
  pending: PendingSchema.optional(),
  /**
   * When `serve`'s schedule last asked for a full run (ISO), until a full run started since then completes: a full
   * run that failed before its first checkpoint, or still waited its turn, is run at the next start.
   */
  fullRunDueSince: z.iso.datetime().optional(),
});
export type SourceState = z.infer<typeof SourceStateSchema>;

/** `.autocible/state.json`: one entry per data source (an EspoCRM URL or a dataset path). */
export const ScoreStateSchema = z.object({
  version: z.literal(1),
  sources: z.record(z.string(), SourceStateSchema),
});
export type ScoreState = z.infer<typeof ScoreStateSchema>;

export const EMPTY_SCORE_STATE: ScoreState = { version: 1, sources: {} };

/** The state of every source; an empty state when the file does not exist yet. */
export async function readScoreState(path: string): Promise<ScoreState> {
  return (await readJsonFile(path, ScoreStateSchema)) ?? EMPTY_SCORE_STATE;
}

export async function writeScoreState(path: string, state: ScoreState): Promise<void> {
  await writeJsonFile(path, state);
}

/**
 * Read-modify-write of one source's entry. Writes are serialised per store, so a scheduled run and a webhook
 * rescore in the same `serve` process never lose each other's update.
 */
export class ScoreStateStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  async read(sourceKey: string): Promise<SourceState> {
    await this.queue.catch(() => undefined);
    return (await readScoreState(this.path)).sources[sourceKey] ?? {};
  }

  update(sourceKey: string, change: (current: SourceState) => SourceState): Promise<SourceState> {
    const next = this.queue.catch(() => undefined).then(async () => {
      const state = await readScoreState(this.path);
      const updated = change(state.sources[sourceKey] ?? {});
      await writeScoreState(this.path, { ...state, sources: { ...state.sources, [sourceKey]: updated } });
      return updated;
    });
    this.queue = next;
    return next;
  }
}
