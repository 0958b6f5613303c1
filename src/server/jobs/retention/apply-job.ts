/**
 * `retention apply`: anonymises the records whose retention period is over (dry run unless the context
 * says otherwise). The decision is recomputed at apply time from live data, never read from a stored
 * plan; legal holds and already anonymised records are skipped. A record an interrupted run left halfway
 * is finished when the iteration reaches it, from its last journaled step, once its erase is done; before
 * that, it is checked again like any other, and abandoned if no longer due (abandon-record.ts). At most
 * `limit` records anonymised per run, or erased then failed at a later step (a record that fails before its erase
 * does not count: one that always fails there never blocks the others; one erased counts, whatever fails after).
 * Before the first record of each entity type, its stream is read once (stream-preflight.ts); a person
 * deleted or merged during the run is skipped as gone (person-gone.ts). An abort (Ctrl-C) anywhere ends the run
 * with its report, `stoppedBy: 'aborted'`: the record it cut short fails (ABORTED), a finished one stays anonymised.
 */
import { planRetention } from '../../../core/retention';
import { DEFAULT_RETENTION_POLICY } from '../../../core/retention';
import { isStepDone, journalKey } from '../../audit/journal';
import type { JournalEntry } from '../../audit/journal';
import type { EspoRecord } from '../../espo/types';
import { abandonedResult, abandonRecord } from './abandon-record';
import { anonymiseRecord } from './anonymise-record';
import type { ApplyOutcome, ApplyRecordResult, ApplyStop, RetentionApplyInput, RetentionApplyReport } from './apply-types';
import { failureOf, isAbort } from './apply-failure';
import { DEFAULT_TIME_ZONE, dayOfIn } from '../../config/dealer-day';
import { fieldsStillHolding } from './erase-targets';
import { gatherRetentionInput } from './gather';
import type { RgpdJobContext } from './job-context';
import { indexedLookups, liveLookups } from './lookups';
import type { RetentionLookups } from './lookups';
import { unlessGone } from './person-gone';
import type { PersonEntityType } from './persons';
import { isAnonymised, PERSON_ENTITY_TYPES, PLAN_SELECT } from './persons';
import { previewRecord, skipped } from './preview-record';
import type { Decision } from './record-audit';
import { recordAuditor } from './record-audit';
import { StartedKeys } from './started-keys';
import { StreamPreflight } from './stream-preflight';

class RunState {
  readonly results: ApplyRecordResult[] = [];
  readonly counts: Record<ApplyOutcome, number> = { anonymised: 0, wouldAnonymise: 0, failed: 0, skipped: 0 };
  /** Records worked on (anonymised or failed), for the progress. */
  acted = 0;
  /** Records erased, then failed at a later step: their data is gone, they count for `--limit`. */
  failedAfterErase = 0;
  stoppedBy: ApplyStop | null = null;

  constructor(
    readonly streams: StreamPreflight,
    /** Where an abandoned record's keys are read from: the audit log (a dry run abandons nothing). */
    readonly started: StartedKeys | null,
  ) {}

  add(result: ApplyRecordResult, input: RetentionApplyInput): void {
    this.results.push(result);
    this.counts[result.outcome] += 1;
    if (result.outcome !== 'skipped') this.acted += 1;
    input.onResult?.(result);
  }

  /**
   * Whether `--limit` is reached: it counts the records anonymised (in a dry run, those that would be) and those
   * erased that failed at a later step, never a failure before the erase.
   */
  limitReached(limit: number | undefined): boolean {
    return limit !== undefined && this.counts.anonymised + this.counts.wouldAnonymise + this.failedAfterErase >= limit;
  }
}

async function decide(input: RetentionApplyInput, entityType: PersonEntityType, record: EspoRecord, lookups: RetentionLookups, signal: AbortSignal) {
  const options = { dayOf: dayOfIn(input.timeZone ?? DEFAULT_TIME_ZONE) };
  const plan = planRetention(await gatherRetentionInput(input.gateway, entityType, record, lookups, signal), input.policy ?? DEFAULT_RETENTION_POLICY, input.today, options);
  return { plan, decision: { ruleId: plan.ruleId, anchorDate: plan.anchorDate, deadline: plan.deadline } satisfies Decision };
}

/**
 * Whether an interrupted run's erase went through: journaled, or (killed between the erase request and its entry)
 * visible on the record, which no longer holds any personal data. Only then is the decision no longer checked:
 * the person is erased, what is left is to finish.
 */
function eraseDone(entityType: PersonEntityType, record: EspoRecord, resume: JournalEntry): boolean {
  return isStepDone(resume.step, 'erased') || fieldsStillHolding(entityType, record).length === 0;
}

/** Live re-check and the steps (or their preview) for one candidate. */
async function processCandidate(
  input: RetentionApplyInput, ctx: RgpdJobContext, entityType: PersonEntityType, id: string, resume: JournalEntry | undefined, started: StartedKeys | null,
  onErased: () => void,
): Promise<ApplyRecordResult> {
  const record = await input.gateway.get(entityType, id, { signal: ctx.signal });
  if (record === null) return skipped(entityType, { id }, 'gone');
  if (record.autoCibleLegalHold === true) return skipped(entityType, record, 'legalHold');
  const steps = (decision: Decision): Promise<ApplyRecordResult> => {
    const target = { entityType, record, decision, resume };
    return ctx.dryRun ? previewRecord(input.gateway, target, ctx.signal) : anonymiseRecord(input, target, ctx.signal, onErased);
  };
  if (resume !== undefined && eraseDone(entityType, record, resume)) return steps({ ruleId: resume.ruleId, anchorDate: null, deadline: null });
  const live = await unlessGone(entityType, id, () => decide(input, entityType, record, liveLookups(input.gateway), ctx.signal));
  if (live === null) return skipped(entityType, record, 'gone');
  if (live.plan.action === 'anonymise') return steps(live.decision);
  if (resume === undefined) return skipped(entityType, record, 'notDue');
  const abandoned = { entityType, record, decision: live.decision, action: live.plan.action, resume };
  return ctx.dryRun || started === null ? abandonedResult(abandoned) : abandonRecord(input, abandoned, started);
}

/** Whether this listed record is a candidate: unfinished earlier (checked again live), or due by the (indexed) plan. */
async function isCandidate(input: RetentionApplyInput, ctx: RgpdJobContext, entityType: PersonEntityType, record: EspoRecord, lookups: RetentionLookups, resume: JournalEntry | undefined) {
  if (resume !== undefined) return true;
  return (await decide(input, entityType, record, lookups, ctx.signal)).plan.action === 'anonymise';
}

async function runType(input: RetentionApplyInput, ctx: RgpdJobContext, entityType: PersonEntityType, state: RunState, lookups: RetentionLookups): Promise<void> {
  const journal = input.writers?.audit.journal ?? input.journal ?? new Map<string, JournalEntry>();
  for await (const record of input.gateway.iterate(entityType, { select: PLAN_SELECT, signal: ctx.signal })) {
    // Ctrl-C during the last record (after its `done`, or while nothing was read): no new record is started.
    if (ctx.signal.aborted) {
      state.stoppedBy = 'aborted';
      return;
    }
    const entry = journal.get(journalKey(entityType, record.id));
    const resume = entry !== undefined && entry.step !== 'done' ? entry : undefined;
    if (isAnonymised(record)) {
      // Killed between the status update and its journal entry: close the journal, nothing else to do.
      if (resume !== undefined && !ctx.dryRun) await recordAuditor(input, entityType, record.id, { ruleId: resume.ruleId, anchorDate: null, deadline: null })('done');
      continue;
    }
    const candidate = await unlessGone(entityType, record.id, () => isCandidate(input, ctx, entityType, record, lookups, resume));
    if (candidate === null) {
      state.add(skipped(entityType, record, 'gone'), input);
      continue;
    }
    if (!candidate) continue;
    if (state.limitReached(input.limit)) {
      state.stoppedBy = 'limit';
      return;
    }
    let erased = false;
    try {
      await state.streams.check(entityType, record.id, ctx.signal);
      state.add(await processCandidate(input, ctx, entityType, record.id, resume, state.started, () => {
        erased = true;
      }), input);
    } catch (error) {
      if (erased) state.failedAfterErase += 1;
      const failure = failureOf(error, ctx.signal, entityType, record.id);
      state.add(failure.result, input);
      if (failure.stop !== null) {
        state.stoppedBy = failure.stop;
        return;
      }
    }
    ctx.progress({ step: entityType, done: state.acted, stepIndex: 0, stepCount: 1 });
  }
}

export async function runRetentionApply(input: RetentionApplyInput, ctx: RgpdJobContext): Promise<RetentionApplyReport> {
  if (!ctx.dryRun && input.writers === undefined) throw new TypeError('retention apply needs writers unless it is a dry run');
  const state = new RunState(new StreamPreflight(input.gateway), input.writers === undefined ? null : new StartedKeys(input.writers.audit.path));
  try {
    const lookups = await indexedLookups(input.gateway, ctx.signal);
    for (const entityType of input.entityTypes ?? PERSON_ENTITY_TYPES) {
      if (state.stoppedBy !== null) break;
      await runType(input, ctx, entityType, state, lookups);
    }
  } catch (error) {
    // Ctrl-C outside a record's steps (the index, the list pages, the check of who is due): the run ends with its report.
    if (!isAbort(error, ctx.signal)) throw error;
    state.stoppedBy = 'aborted';
  }
  if (ctx.signal.aborted && state.stoppedBy === null) state.stoppedBy = 'aborted';
  ctx.log.info('retention apply', { dryRun: ctx.dryRun, ...state.counts, stoppedBy: state.stoppedBy });
  return { runId: input.runId, today: input.today, dryRun: ctx.dryRun, counts: state.counts, results: state.results, stoppedBy: state.stoppedBy };
}
