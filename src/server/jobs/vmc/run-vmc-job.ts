/**
 * The VMC job: for every Contact, then every Account, in id order, computes the four values of the side panel
 * (`recordVmc`, src/core/vmc) from the record's won opportunities, the admin defaults of its customer kind and
 * today, and writes only the VMC fields that changed (`autoCibleVmcComputedAt` along with them). A record whose
 * history cannot be read, or whose write fails, is reported and skipped. The signal stops the run after the batch
 * under way; it keeps no state: a rerun computes everything again and writes nothing twice.
 */
import { readVmcDefaults, recordVmc, vmcCustomerKind } from '../../../core/vmc';
import type { VmcDefaultsByKind } from '../../../core/vmc';
import type { EspoRecord } from '../../espo/types';
import { chunks } from '../score/id-streams';
import { cutByInterrupt, recordErrorOf, VmcRecordError } from './errors';
import { VmcTally } from './tally';
import type { VmcBadRecord, VmcEntityType, VmcJobContext, VmcJobInput, VmcLine, VmcReport } from './types';
import { VMC_ENTITY_TYPES } from './types';
import { computedAtOf, CUSTOMER_KIND_ATTRIBUTE, desiredVmcFields, vmcChanges, vmcValues } from './vmc-fields';

interface Run {
  readonly input: VmcJobInput;
  readonly ctx: VmcJobContext;
  readonly defaults: VmcDefaultsByKind;
  readonly tally: VmcTally;
  /** Records whose won opportunities were read, this run. */
  historiesRead: number;
  /** Records written, this run. */
  written: number;
}

/**
 * A 403 on the won opportunities while none could be read yet (the API user's role has no read on Opportunity), or on
 * a write while none succeeded yet (no edit on Contact or Account): every record would fail alike. The run stops with
 * it (exit code 1 and the role to fix) instead of skipping every record and finishing "successfully".
 */
function forbiddenForAll(run: Run, failures: readonly VmcRecordError[]): unknown {
  const refused = (stage: VmcBadRecord['stage']) => failures.find((failure) => failure.bad.stage === stage && failure.bad.status === 403)?.cause;
  return (run.historiesRead === 0 ? refused('history') : undefined) ?? (run.written === 0 ? refused('write') : undefined);
}

/** Reads the record's history, computes its values, writes what changed; throws a `VmcRecordError` or what stops the run. */
async function processRecord(run: Run, entityType: VmcEntityType, record: EspoRecord, computedAt: string): Promise<VmcLine> {
  const { input, ctx } = run;
  const history = await input.source.history(entityType, record.id, ctx.signal).catch((error: unknown) => {
    throw recordErrorOf(entityType, record.id, 'history', error);
  });
  const customerKind = vmcCustomerKind(entityType, record[CUSTOMER_KIND_ATTRIBUTE]);
  const vmc = recordVmc({ purchases: history.purchases, defaults: run.defaults[customerKind], customerKind, today: input.today });
  const values = vmcValues(vmc);
  const changes = vmcChanges(record, desiredVmcFields(values), computedAt);
  const target = ctx.dryRun ? undefined : input.target;
  // Not given the signal: once a record's history is read, its write completes, so a rerun finds it done.
  if (target !== undefined && Object.keys(changes).length > 0) {
    await target.update(entityType, record.id, changes).catch((error: unknown) => {
      throw recordErrorOf(entityType, record.id, 'write', error);
    });
  }
  return { id: record.id, entityType, ...values, changed: Object.keys(changes), invalidInputs: vmc.invalidInputs };
}

/** The batch's records together (the client keeps to its concurrency limit); lines and counts in id order. */
async function processBatch(run: Run, entityType: VmcEntityType, records: readonly EspoRecord[]): Promise<void> {
  const { input, ctx, tally } = run;
  const now = ctx.now();
  const computedAt = computedAtOf(input.stampedByClock === true ? now.toISOString().slice(0, 10) : input.today, now);
  const results = await Promise.allSettled(records.map(async (record) => processRecord(run, entityType, record, computedAt)));
  const failures = results.flatMap((result) => (result.status === 'rejected' && result.reason instanceof VmcRecordError ? [result.reason] : []));
  const done = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  run.historiesRead += done.length + failures.filter((failure) => failure.bad.stage === 'write').length;
  if (!ctx.dryRun && input.target !== undefined) run.written += done.filter((line) => line.changed.length > 0).length;
  let stop: unknown = forbiddenForAll(run, failures);
  if (stop !== undefined) throw stop;
  for (const result of results) {
    if (result.status === 'fulfilled') {
      tally.read[entityType] += 1;
      tally.done(result.value);
      ctx.onLine?.(result.value);
    } else if (result.reason instanceof VmcRecordError) {
      tally.read[entityType] += 1;
      tally.failed(result.reason.bad);
    } else if (!cutByInterrupt(result.reason, ctx.signal)) {
      stop ??= result.reason;
    }
  }
  if (stop !== undefined) throw stop;
}

/** One entity type; false when the signal stopped it. */
async function runType(run: Run, entityType: VmcEntityType, stepIndex: number): Promise<boolean> {
  const { input, ctx, tally } = run;
  for await (const batch of chunks(input.source.records(entityType, ctx.signal), input.batchSize ?? 50)) {
    await processBatch(run, entityType, batch);
    ctx.progress({ step: entityType, done: tally.read[entityType], stepIndex, stepCount: VMC_ENTITY_TYPES.length });
    if (ctx.signal.aborted) return false;
  }
  return !ctx.signal.aborted;
}

export async function runVmcJob(input: VmcJobInput, ctx: VmcJobContext): Promise<VmcReport> {
  const tally = new VmcTally();
  let interrupted = false;
  try {
    const settings = await input.source.settings(ctx.signal);
    const run: Run = { input, ctx, defaults: readVmcDefaults((param) => settings[param]), tally, historiesRead: 0, written: 0 };
    for (const [index, entityType] of VMC_ENTITY_TYPES.entries()) {
      if (!(await runType(run, entityType, index))) {
        interrupted = true;
        break;
      }
    }
  } catch (error) {
    // A list or a read cut short by the signal: the records of the batch under way were not computed.
    if (!ctx.signal.aborted) throw error;
    interrupted = true;
  }
  ctx.log.info('vmc run done', { interrupted, written: tally.written, unchanged: tally.unchanged, errors: tally.errors });
  return tally.report(input.today, ctx.dryRun, interrupted);
}
