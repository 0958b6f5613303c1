/**
 * The score job (issue 4, style principle 9): streams Contacts, Leads and Accounts with their vehicles, scores
 * each with the model of its customer kind, and writes only the score fields that changed. A person retention
 * withholds (due for anonymisation or anonymised) is not scored, and a score it still holds is cleared once. A
 * bad record is reported and skipped; the signal stops the run after the current batch, whose writes complete
 * first, and the checkpoint lets a rerun continue.
 */
import { isEspoFieldsNotStoredError } from '../../espo/errors/espo-fields-not-stored-error';
import { SCORED_TYPES } from '../../state/score-state';
import type { ScoredType } from '../../state/score-state';
import { badRecordOf, SkipRecordError } from './errors';
import type { Evaluated, Withheld } from './evaluate-item';
import { evaluateItems, isSkipped, isWithheld, lineOf } from './evaluate-item';
import { ModelSet } from './model-set';
import { mergeIds, RunState } from './run-state';
import { scoredAtOf } from './score-fields';
import { SummaryBuilder } from './summary';
import type { BadRecord, IdsByType, ScoreBatch, ScoreJobContext, ScoreJobInput, ScoreReport } from './types';

const BAD_RECORDS_KEPT = 100;
const NO_IDS: IdsByType = { Contact: [], Lead: [], Account: [] };

class Tally {
  written = 0;
  unchanged = 0;
  errors = 0;
  unwritten = 0;
  skippedRetention = 0;
  cleared = 0;
  readonly bad: BadRecord[] = [];
  readonly perType: Record<ScoredType, number> = { Contact: 0, Lead: 0, Account: 0 };
  readonly summary = new SummaryBuilder();
  /** Records of the current batch whose score could not be written (taken by `takeFailed`). */
  private failed: string[] = [];
  /** Targeted runs (no checkpoint to hold them): every record whose score could not be written, by type. */
  readonly allFailed: Record<ScoredType, string[]> = { Contact: [], Lead: [], Account: [] };

  constructor(private readonly keepAllFailed: boolean) {}

  writeFailed(entityType: ScoredType, id: string, bad: BadRecord): void {
    this.report(bad);
    this.unwritten += 1;
    this.failed.push(id);
    if (this.keepAllFailed) this.allFailed[entityType].push(id);
  }

  takeFailed(): string[] {
    const failed = this.failed;
    this.failed = [];
    return failed;
  }

  report(bad: BadRecord): void {
    this.errors += 1;
    if (this.bad.length < BAD_RECORDS_KEPT) this.bad.push(bad);
  }
}

const mergedIds = (a: IdsByType, b: IdsByType): IdsByType => {
  const merged = mergeIds(a, b);
  return { Contact: merged.Contact ?? [], Lead: merged.Lead ?? [], Account: merged.Account ?? [] };
};

/**
 * Ids to rescore besides the modified records: the records whose facts read them (owners of changed vehicles, the
 * account of a changed contact, the contacts of a changed account) and records an earlier run could not write
 * (incremental); a targeted run's records and the records whose facts read them.
 */
async function extraIds(input: ScoreJobInput, run: RunState, ctx: ScoreJobContext): Promise<IdsByType> {
  if (input.mode === 'full') return NO_IDS;
  const since = run.since;
  if (input.mode === 'incremental') {
    if (since === null) return NO_IDS;
    const owners = await input.source.vehicleOwners({ since }, ctx.signal);
    return mergedIds(mergedIds(owners, await input.source.linkedRecords({ since }, ctx.signal)), run.retry);
  }
  const targets = input.targets ?? {};
  const vehicles = targets.AutoCibleVehicle ?? [];
  const owners = vehicles.length === 0 ? NO_IDS : await input.source.vehicleOwners({ ids: vehicles }, ctx.signal);
  const contacts = targets.Contact ?? [];
  const accounts = targets.Account ?? [];
  const linked = contacts.length + accounts.length === 0 ? NO_IDS : await input.source.linkedRecords({ contacts, accounts }, ctx.signal);
  return mergedIds(mergedIds({ Contact: contacts, Lead: targets.Lead ?? [], Account: accounts }, owners), linked);
}

/** Writes the scores that changed and clears the scores of the records retention withholds (`withheld`). */
async function writeBatch(input: ScoreJobInput, ctx: ScoreJobContext, done: readonly Evaluated[], withheld: readonly Withheld[], tally: Tally): Promise<void> {
  const target = ctx.dryRun ? undefined : input.target;
  const changed: (Evaluated | Withheld)[] = done.filter((e) => Object.keys(e.changes).length > 0);
  tally.unchanged += done.length - changed.length;
  for (const w of withheld) if (Object.keys(w.changes).length > 0) changed.push(w);
  // Not given the signal: once a batch is scored its writes complete, so the checkpoint never lies.
  const results = await Promise.allSettled(changed.map(async (e) => target?.update(e.item.entityType, e.item.id, e.changes)));
  results.forEach((result, i) => {
    const e = changed[i] as Evaluated | Withheld;
    if (result.status === 'fulfilled') {
      tally.written += 1;
      if (isWithheld(e)) tally.cleared += 1;
    } else {
      tally.writeFailed(e.item.entityType, e.item.id, badRecordOf(skipOf(e, result.reason)));
    }
  });
}

function skipOf(e: Evaluated | Withheld, reason: unknown): SkipRecordError {
  if (reason instanceof SkipRecordError) return reason;
  if (isEspoFieldsNotStoredError(reason)) return new SkipRecordError(e.item.entityType, e.item.id, reason.code, reason.fields.join(', '), undefined, { cause: reason });
  const code = typeof reason === 'object' && reason !== null && 'code' in reason ? String(reason.code) : 'WRITE_FAILED';
  const status = typeof reason === 'object' && reason !== null && 'status' in reason && typeof reason.status === 'number' ? reason.status : undefined;
  return new SkipRecordError(e.item.entityType, e.item.id, code, undefined, status, { cause: reason });
}

async function processBatch(input: ScoreJobInput, ctx: ScoreJobContext, batch: ScoreBatch, models: ModelSet, tally: Tally): Promise<void> {
  for (const bad of batch.rejected) tally.report(bad);
  const now = ctx.now();
  const scoredAt = scoredAtOf(input.stampedByClock === true ? now.toISOString().slice(0, 10) : input.today, now);
  const done: Evaluated[] = [];
  const withheld: Withheld[] = [];
  for (const outcome of evaluateItems(batch.items, models, scoredAt, input.today)) {
    if (isSkipped(outcome)) tally.report(badRecordOf(outcome));
    else if (isWithheld(outcome)) withheld.push(outcome);
    else done.push(outcome);
  }
  tally.skippedRetention += withheld.length;
  await writeBatch(input, ctx, done, withheld, tally);
  for (const e of done) {
    tally.summary.add(e.model, e.result, e.channels);
    tally.perType[e.item.entityType] += 1;
    ctx.onLine?.(lineOf(e));
  }
}

/** Runs one entity type; false when the signal stopped it. */
async function runType(input: ScoreJobInput, ctx: ScoreJobContext, step: { type: ScoredType; index: number; ids: readonly string[] }, run: RunState, models: ModelSet, tally: Tally): Promise<boolean> {
  const since = run.since;
  const plan = {
    after: run.after(step.type), batchSize: input.batchSize ?? 50, ids: step.ids,
    all: input.mode === 'full' || (input.mode === 'incremental' && since === null),
    modifiedSince: input.mode === 'incremental' ? since : null,
  };
  for await (const batch of input.source.batches(step.type, plan, ctx.signal)) {
    await processBatch(input, ctx, batch, models, tally);
    await run.batchDone(step.type, batch.lastId, tally.takeFailed());
    ctx.progress({ step: step.type, done: tally.perType[step.type], stepIndex: step.index, stepCount: SCORED_TYPES.length });
    if (ctx.signal.aborted) return false;
  }
  await run.typeDone(step.type);
  return true;
}

/**
 * What the state keeps of a run that is not a dry run: a finished run's watermark once its target has every write
 * (a file target flushed), a targeted run's failed writes. An interrupted run's checkpoint is already saved.
 */
async function remember(input: ScoreJobInput, run: RunState, tally: Tally, interrupted: boolean): Promise<void> {
  if (input.mode === 'targets') {
    await RunState.rememberFailures(input, tally.allFailed);
    return;
  }
  if (interrupted) return;
  // A write the target only buffered may still fail: then the run did not succeed, and its checkpoint stays.
  await input.target?.end?.();
  await run.finish();
}

export async function runScoreJob(input: ScoreJobInput, ctx: ScoreJobContext): Promise<ScoreReport> {
  const models = new ModelSet(input.models, input.today);
  // A run with nowhere to write (offline without --out) saves nothing, so it keeps no state either, as a dry run:
  // a checkpoint or a watermark would make a later run with a target skip the records this one only counted.
  const keepsState = !ctx.dryRun && input.target !== undefined;
  const run = await RunState.start(input, { now: ctx.now(), dryRun: !keepsState, models: models.versions });
  if (!ctx.dryRun) await input.target?.begin?.({ resumed: run.resumed });
  const tally = new Tally(input.mode === 'targets');
  let interrupted = false;
  try {
    const read = (step: string, done: number): void => ctx.progress({ step, done, stepIndex: 0, stepCount: SCORED_TYPES.length, reading: true });
    for (const bad of (await input.source.prepare?.(ctx.signal, read)) ?? []) tally.report(bad);
    const ids = await extraIds(input, run, ctx);
    for (const [index, type] of SCORED_TYPES.entries()) {
      if (run.isCompleted(type)) continue;
      if (!(await runType(input, ctx, { type, index, ids: ids[type] }, run, models, tally))) {
        interrupted = true;
        break;
      }
    }
  } catch (error) {
    // A read cut short by the signal: the batch in progress was not scored, the checkpoint is the previous one.
    if (!ctx.signal.aborted) throw error;
    interrupted = true;
  }
  if (keepsState) await remember(input, run, tally, interrupted);
  ctx.log.info('score run done', {
    mode: input.mode, interrupted, written: tally.written, errors: tally.errors, skippedRetention: tally.skippedRetention, cleared: tally.cleared,
  });
  return {
    ...tally.summary.summary(),
    mode: input.mode, today: input.today, dryRun: ctx.dryRun, since: input.mode === 'incremental' ? run.since?.toISOString() ?? null : null,
    written: tally.written, unchanged: tally.unchanged, errors: tally.errors, unwritten: tally.unwritten, badRecords: tally.bad,
    skippedRetention: tally.skippedRetention, cleared: tally.cleared,
    interrupted, resumed: run.resumed, modelChange: run.modelChange, perType: { ...tally.perType },
  };
}
