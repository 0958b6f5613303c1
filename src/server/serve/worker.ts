/**
 * Runs score jobs one at a time for `serve`: scheduled full and incremental runs, and rescoring of the records
 * webhooks named. Requests coalesce while one runs (one pending run per mode; targets merge). Webhook records go
 * first: records that arrive during a full or incremental run stop it after its current batch (its checkpoint is
 * saved), are rescored, and the run then continues from its checkpoint. A targeted run that fails keeps its
 * records for another attempt after a backoff (`TargetRetry`), a full run that fails runs again after a backoff
 * (`FullRunRetry`). `stop()` aborts the running job, which finishes its batch and saves its checkpoint, and returns
 * every record not yet rescored.
 */
import type { ScoreReport } from '../jobs/score';
import type { RetryDelays } from './backoff';
import { DEFAULT_RETRY_DELAYS } from './backoff';
import type { RescoreTargets } from './debouncer';
import { mergeTargets, NO_TARGETS, targetCount } from './debouncer';
import { FullRunRetry } from './full-run-retry';
import { TargetRetry } from './target-retry';
import type { RetryProbe } from './target-retry';
import type { Timers } from './timers';
import { NODE_TIMERS } from './timers';

export type ScheduledMode = 'full' | 'incremental';

/** `probe`: records a failed run left, run on their own (not merged with new deliveries): see `TargetRetry`. */
export type RunRequest =
  | { readonly mode: ScheduledMode }
  | { readonly mode: 'targets'; readonly targets: RescoreTargets; readonly probe?: RetryProbe };

/**
 * Runs one job. `batchDone` is to be called after each batch whose checkpoint is saved, before the job looks at
 * `signal` again: the worker aborts it there when webhook records wait, so the run stops between two batches.
 */
export type RunJob = (request: RunRequest, signal: AbortSignal, batchDone: () => void) => Promise<ScoreReport>;

export interface LastRun {
  readonly mode: RunRequest['mode'];
  readonly finishedAt: string;
  readonly ok: boolean;
  readonly scored: number;
  readonly written: number;
  readonly errors: number;
  readonly interrupted: boolean;
  /** The error code when the run failed (an EspoCRM outage…). */
  readonly failure?: string;
}

export interface WorkerLog {
  info(message: string, data?: Readonly<Record<string, unknown>>): void;
  warn(message: string, data?: Readonly<Record<string, unknown>>): void;
}

export interface WorkerOptions {
  /** @defaultValue Node's timers */
  readonly timers?: Timers;
  /** Wait before a failed targeted run, or a failed full run, is tried again. @defaultValue 30 s doubling up to 10 minutes */
  readonly retryDelays?: RetryDelays;
  /** Told the records of each targeted run that completed (not failed, not interrupted). */
  readonly onRescored?: (targets: RescoreTargets) => Promise<void>;
}

/** The code of a thrown error (`ESPO_NETWORK_ERROR`…), for logs that never carry its message. */
export const errorCode = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'UNEXPECTED');

interface Running {
  readonly request: RunRequest;
  readonly controller: AbortController;
  /** Webhook records wait: a full or incremental run stops after its current batch. */
  yielding: boolean;
}

export class ScoreWorker {
  private readonly queue: ScheduledMode[] = [];
  private targets: RescoreTargets = NO_TARGETS;
  /** Records of failed runs due again, each group run on its own. */
  private readonly probes: { readonly targets: RescoreTargets; readonly probe: RetryProbe }[] = [];
  private readonly retry: TargetRetry;
  private readonly fullRetry: FullRunRetry;
  private running: Running | null = null;
  private loop: Promise<void> = Promise.resolve();
  private stopped = false;
  lastRun: LastRun | null = null;

  constructor(
    private readonly runJob: RunJob,
    private readonly now: () => Date,
    private readonly log: WorkerLog,
    private readonly options: WorkerOptions = {},
  ) {
    const timers = options.timers ?? NODE_TIMERS;
    const delays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;
    this.retry = new TargetRetry(timers, delays, (targets, probe) => this.enqueue(probe === undefined ? { mode: 'targets', targets } : { mode: 'targets', targets, probe }));
    this.fullRetry = new FullRunRetry(timers, delays, () => this.enqueue({ mode: 'full' }));
  }

  /**
   * Runs waiting (a pending targets run counts once, so does a failed one waiting to be retried, and a failed full
   * run waiting to run again) plus the one in progress.
   */
  get queueLength(): number {
    return this.queue.length + (targetCount(this.targets) > 0 ? 1 : 0) + this.probes.length + (this.retry.size > 0 ? 1 : 0)
      + (this.fullRetry.waiting ? 1 : 0) + (this.running === null ? 0 : 1);
  }

  get current(): RunRequest['mode'] | null {
    return this.running?.request.mode ?? null;
  }

  /** Records waiting to be rescored, or waiting for a retry; not those of the targeted run in progress. */
  get waiting(): RescoreTargets {
    return this.probes.reduce((all, group) => mergeTargets(all, group.targets), mergeTargets(this.targets, this.retry.targets));
  }

  /** Every record not rescored yet: waiting, waiting for a retry, or in the targeted run in progress. */
  get unfinished(): RescoreTargets {
    const running = this.running?.request;
    return mergeTargets(this.waiting, running?.mode === 'targets' ? running.targets : NO_TARGETS);
  }

  enqueue(request: RunRequest): void {
    if (request.mode === 'targets') {
      if (targetCount(request.targets) === 0) return;
      // Kept once stopped too (a retry falling due while stop() waits for the job): stop() hands them back.
      if (request.probe === undefined) this.targets = mergeTargets(this.targets, request.targets);
      else this.probes.push({ targets: request.targets, probe: request.probe });
      if (this.running !== null && this.running.request.mode !== 'targets') this.running.yielding = true;
    } else if (!this.stopped && !this.queue.includes(request.mode)) {
      this.queue.push(request.mode);
    }
    // A full run is coming anyway: no need for the retry of a failed one.
    if (request.mode === 'full') this.fullRetry.cancel();
    if (!this.stopped && this.running === null) this.loop = this.drain();
  }

  /** Resolves when nothing runs and nothing waits (tests, shutdown); a failed run waiting for its retry does not count. */
  async idle(): Promise<void> {
    while (this.running !== null || (!this.stopped && (this.queue.length > 0 || targetCount(this.targets) > 0 || this.probes.length > 0))) await this.loop;
  }

  /** Stops taking work, interrupts the running job after its batch, and returns targets left to rescore. */
  async stop(): Promise<RescoreTargets> {
    this.stopped = true;
    this.queue.length = 0;
    this.fullRetry.cancel();
    // Taken before waiting for the job: a retry that fell due meanwhile would start nothing.
    const waiting = this.retry.take();
    this.running?.controller.abort();
    await this.loop;
    const probes = this.probes.splice(0).reduce((all, group) => mergeTargets(all, group.targets), NO_TARGETS);
    const left = mergeTargets(mergeTargets(mergeTargets(waiting, this.targets), this.retry.take()), probes);
    this.targets = NO_TARGETS;
    return left;
  }

  private next(): RunRequest | null {
    if (this.stopped) return null;
    // Webhook targets first: they are small and someone is waiting to see the new score.
    if (targetCount(this.targets) > 0) {
      const targets = this.targets;
      this.targets = NO_TARGETS;
      return { mode: 'targets', targets };
    }
    const group = this.probes.shift();
    if (group !== undefined) return { mode: 'targets', targets: group.targets, probe: group.probe };
    const mode = this.queue.shift();
    if (mode === 'incremental' && this.fullRetry.waiting && !this.fullRetry.replacesIncremental) {
      this.log.info('incremental run goes ahead of a failing full run', { fullRunFailures: this.fullRetry.failures });
    }
    if (mode !== 'incremental' || !this.fullRetry.replacesIncremental) return mode === undefined ? null : { mode };
    // A failed full run waits: an incremental run would remove its checkpoint, the full run reads all it would.
    this.fullRetry.cancel();
    this.unqueue('full');
    return { mode: 'full' };
  }

  private unqueue(mode: ScheduledMode): void {
    const at = this.queue.indexOf(mode);
    if (at >= 0) this.queue.splice(at, 1);
  }

  private async drain(): Promise<void> {
    for (let request = this.next(); request !== null; request = this.next()) {
      const running: Running = { request, controller: new AbortController(), yielding: false };
      this.running = running;
      await this.runOne(running);
      this.running = null;
    }
  }

  private async runOne(running: Running): Promise<void> {
    const { request, controller } = running;
    const batchDone = (): void => {
      if (running.yielding) controller.abort();
    };
    let report: ScoreReport;
    try {
      report = await this.runJob(request, controller.signal, batchDone);
    } catch (error) {
      this.failed(request, errorCode(error));
      return;
    }
    this.lastRun = {
      mode: request.mode, finishedAt: this.now().toISOString(), ok: true,
      scored: report.scored, written: report.written, errors: report.errors, interrupted: report.interrupted,
    };
    const counts = { mode: request.mode, scored: report.scored, written: report.written, errors: report.errors };
    // EspoCRM answers again: records waiting for a retry need not wait for the rest of their backoff.
    if (!this.stopped) this.retry.succeeded();
    if (request.mode !== 'targets') {
      this.scheduledDone(request.mode, report.interrupted, counts);
      return;
    }
    this.log.info('score run finished', counts);
    // Cut short by stop(): it may have skipped some of its records, hand them all back (rewriting is a no-op).
    if (report.interrupted) this.targets = mergeTargets(this.targets, request.targets);
    else await this.rescored(request.targets);
  }

  private scheduledDone(mode: ScheduledMode, interrupted: boolean, counts: Readonly<Record<string, unknown>>): void {
    if (interrupted && !this.stopped) {
      // Stopped for webhook records after a batch: it continues from its checkpoint once they are rescored.
      this.unqueue(mode);
      this.queue.unshift(mode);
      this.log.info('score run paused for webhook records', counts);
      return;
    }
    this.log.info('score run finished', counts);
    if (mode === 'full' && !interrupted) this.fullRetry.succeeded();
  }

  private failed(request: RunRequest, failure: string): void {
    this.lastRun = { mode: request.mode, finishedAt: this.now().toISOString(), ok: false, scored: 0, written: 0, errors: 0, interrupted: false, failure };
    if (request.mode === 'targets') {
      const records = targetCount(request.targets);
      if (this.stopped) {
        // No retry once stopped: stop() hands them back, and serve saves them.
        this.targets = mergeTargets(this.targets, request.targets);
        this.log.warn('score run failed', { mode: request.mode, failure, records });
        return;
      }
      // Counts only: the ids stay out of the log.
      const decision = this.retry.failed(request.targets, request.probe);
      const retryInSeconds = Math.round(decision.waitMs / 1000);
      // Split: EspoCRM answers other runs, so one of these records is at fault; the halves are tried apart.
      this.log.warn('score run failed', { mode: request.mode, failure, records, retryInSeconds, ...(decision.groups > 1 ? { splitInto: decision.groups } : {}) });
      return;
    }
    if (request.mode === 'full' && !this.stopped) {
      // Its checkpoint stays: the next attempt continues where it failed.
      const retryInSeconds = Math.round(this.fullRetry.failed() / 1000);
      this.log.warn('score run failed', { mode: request.mode, failure, retryInSeconds });
      return;
    }
    this.log.warn('score run failed', { mode: request.mode, failure });
  }

  private async rescored(targets: RescoreTargets): Promise<void> {
    try {
      await this.options.onRescored?.(targets);
    } catch (error) {
      this.log.warn('rescored records not recorded', { failure: errorCode(error) });
    }
  }
}
