/**
 * The derive job: for every `AutoCibleVehicle`, in id order, computes its category, energy family and next contrôle
 * technique from its J.1 genre, P.3 code and MEC (`deriveVehicle`) and writes only the fields whose value differs
 * (PATCH, one request per vehicle with a change), never emptying one. A vehicle whose source cannot be read, or whose
 * write fails, is reported and skipped. The signal stops the run after the batch under way; it keeps no state: a
 * rerun derives everything again and writes only what is still missing.
 */
import type { EspoRecord } from '../../espo/types';
import { chunks } from '../score/id-streams';
import { deriveVehicle, VEHICLE_ENTITY_TYPE } from './derive-fields';
import type { DerivedValues } from './derive-fields';
import { cutByInterrupt, DeriveRecordError, DeriveSourceError, writeErrorOf } from './errors';
import { DeriveTally } from './tally';
import type { DeriveJobContext, DeriveJobInput, DeriveReport } from './types';

interface Derived {
  readonly id: string;
  readonly desired: DerivedValues;
  readonly changes: DerivedValues;
}

/** Derives one vehicle and writes what changed; throws a `DeriveRecordError` or what stops the run. */
async function processRecord(input: DeriveJobInput, ctx: DeriveJobContext, record: EspoRecord): Promise<Derived> {
  const derivation = deriveVehicle(record, input.today);
  if (!derivation.ok) throw new DeriveRecordError(record.id, 'source', new DeriveSourceError(record.id, derivation.invalid));
  const { desired, changes } = derivation;
  const target = ctx.dryRun ? undefined : input.target;
  // Not given the signal: once a batch is derived its writes complete, so a rerun finds them done.
  if (target !== undefined && Object.keys(changes).length > 0) {
    await target.update(VEHICLE_ENTITY_TYPE, record.id, changes).catch((error: unknown) => {
      throw writeErrorOf(record.id, error);
    });
  }
  return { id: record.id, desired, changes };
}

/**
 * A 403 on a write while none succeeded yet: the API user's role has no edit on AutoCibleVehicle, and every vehicle
 * would fail alike. The run stops with it (exit code 1 and the role to fix) instead of skipping every vehicle.
 */
function forbiddenForAll(writtenBefore: number, results: readonly PromiseSettledResult<Derived>[]): unknown {
  const writtenNow = results.filter((result) => result.status === 'fulfilled' && Object.keys(result.value.changes).length > 0).length;
  if (writtenBefore + writtenNow > 0) return undefined;
  for (const result of results) {
    if (result.status === 'rejected' && result.reason instanceof DeriveRecordError && result.reason.bad.stage === 'write' && result.reason.bad.status === 403) {
      return result.reason.cause;
    }
  }
  return undefined;
}

/** The batch's vehicles together (the client keeps to its concurrency limit); lines and counts in id order. */
async function processBatch(input: DeriveJobInput, ctx: DeriveJobContext, tally: DeriveTally, records: readonly EspoRecord[]): Promise<void> {
  const results = await Promise.allSettled(records.map(async (record) => processRecord(input, ctx, record)));
  const writing = !ctx.dryRun && input.target !== undefined;
  // Without writes (a dry run, offline) nothing is refused.
  let stop: unknown = writing ? forbiddenForAll(tally.written, results) : undefined;
  if (stop !== undefined) throw stop;
  for (const result of results) {
    if (result.status === 'fulfilled') {
      tally.done(result.value.desired, result.value.changes);
      ctx.onLine?.({ id: result.value.id, changes: result.value.changes });
    } else if (result.reason instanceof DeriveRecordError) {
      tally.failed(result.reason.bad);
    } else if (!cutByInterrupt(result.reason, ctx.signal)) {
      stop ??= result.reason;
    }
  }
  if (stop !== undefined) throw stop;
}

export async function runDeriveJob(input: DeriveJobInput, ctx: DeriveJobContext): Promise<DeriveReport> {
  const tally = new DeriveTally();
  let interrupted = false;
  try {
    for await (const batch of chunks(input.source.records(ctx.signal), input.batchSize ?? 50)) {
      await processBatch(input, ctx, tally, batch);
      ctx.progress({ step: VEHICLE_ENTITY_TYPE, done: tally.read, stepIndex: 0, stepCount: 1 });
      if (ctx.signal.aborted) break;
    }
    interrupted = ctx.signal.aborted;
  } catch (error) {
    // A list cut short by the signal: the vehicles of the page under way were not derived.
    if (!ctx.signal.aborted) throw error;
    interrupted = true;
  }
  ctx.log.info('derive run done', { interrupted, written: tally.written, unchanged: tally.unchanged, errors: tally.errors });
  return tally.report(input.today, ctx.dryRun, interrupted);
}
