/**
 * Runs score jobs one at a time for `serve`: scheduled full and incremental runs, and rescoring of the records
 * webhooks named. Requests coalesce while one runs (one pending run per mode; targets merge). A targeted run that
 * fails keeps its records for another attempt after a backoff (`TargetRetry`). `stop()` aborts the running job,
 * which finishes its batch and saves its checkpoint, and returns every record not yet rescored.
 */
import type { ScoreReport } from '../jobs/score';
import type { RescoreTargets } from './debouncer';
import { mergeTargets, NO_TARGETS, targetCount } from './debouncer';
import type { RetryDelays } from './target-retry';
import { DEFAULT_RETRY_DELAYS, TargetRetry } from './target-retry';
import type { Timers } from './timers';
import { NODE_TIMERS } from './timers';

export type RunRequest = { readonly mode: 'full' | 'incremental' } | { readonly mode: 'targets'; readonly targets: RescoreTargets };

export type RunJob = (request: RunRequest, signal: AbortSignal) => Promise<ScoreReport>;

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
  /** Wait before a failed targeted run is tried again. @defaultValue 30 s doubling up to 10 minutes */
  readonly retryDelays?: RetryDelays;
  /** Told the records of each targeted run that completed (not failed, not interrupted). */
  readonly onRescored?: (targets: RescoreTargets) => Promise<void>;
}

/** The code of a thrown error (`ESPO_NETWORK_ERROR`…), for logs that never carry its message. */
export const errorCode = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'UNEXPECTED');

export class ScoreWorker {
  private readonly queue: ('full' | 'incremental')[] = [];
  private targets: RescoreTargets = NO_TARGETS;
  private readonly retry: TargetRetry;
  private running: { readonly request: RunRequest; readonly controller: AbortController } | null = null;
  private loop: Promise<void> = Promise.resolve();
  private stopped = false;
  lastRun: LastRun | null = null;

  constructor(
    private readonly runJob: RunJob,
    private readonly now: () => Date,
    private readonly log: WorkerLog,
    private readonly options: WorkerOptions = {},
  ) {
    this.retry = new TargetRetry(options.timers ?? NODE_TIMERS, options.retryDelays ?? DEFAULT_RETRY_DELAYS, (targets) => this.enqueue({ mode: 'targets', targets }));
  }

  /** Runs waiting (a pending targets run counts once, so does a failed one waiting to be retried) plus the one in progress. */
  get queueLength(): number {
    return this.queue.length + (targetCount(this.targets) > 0 ? 1 : 0) + (this.retry.size > 0 ? 1 : 0) + (this.running === null ? 0 : 1);
  }

  get current(): RunRequest['mode'] | null {
    return this.running?.request.mode ?? null;
  }

  /** Every record not rescored yet: waiting, waiting for a retry, or in the targeted run in progress. */
  get unfinished(): RescoreTargets {
    const running = this.running?.request;
    const inProgress = running?.mode === 'targets' ? running.targets : NO_TARGETS;
    return mergeTargets(mergeTargets(this.targets, this.retry.targets), inProgress);
  }

  enqueue(request: RunRequest): void {
    if (this.stopped) return;
    if (request.mode === 'targets') this.targets = mergeTargets(this.targets, request.targets);
    else if (!this.queue.includes(request.mode)) this.queue.push(request.mode);
    if (this.running === null) this.loop = this.drain();
  }

  /** Resolves when nothing runs and nothing waits (tests, shutdown); a failed run waiting for its retry does not count. */
  async idle(): Promise<void> {
    while (this.running !== null || (!this.stopped && (this.queue.length > 0 || targetCount(this.targets) > 0))) await this.loop;
  }

  /** Stops taking work, interrupts the running job after its batch, and returns targets left to rescore. */
  async stop(): Promise<RescoreTargets> {
    this.stopped = true;
    this.queue.length = 0;
    this.running?.controller.abort();
    await this.loop;
    const left = mergeTargets(this.targets, this.retry.take());
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
    const mode = this.queue.shift();
    return mode === undefined ? null : { mode };
  }

  private async drain(): Promise<void> {
    for (let request = this.next(); request !== null; request = this.next()) {
      const controller = new AbortController();
      this.running = { request, controller };
      await this.runOne(request, controller.signal);
      this.running = null;
    }
  }

  private async runOne(request: RunRequest, signal: AbortSignal): Promise<void> {
    let report: ScoreReport;
    try {
      report = await this.runJob(request, signal);
    } catch (error) {
      this.failed(request, errorCode(error));
      return;
    }
    this.lastRun = {
      mode: request.mode, finishedAt: this.now().toISOString(), ok: true,
      scored: report.scored, written: report.written, errors: report.errors, interrupted: report.interrupted,
    };
    this.log.info('score run finished', { mode: request.mode, scored: report.scored, written: report.written, errors: report.errors });
    if (request.mode !== 'targets') return;
    // Cut short by stop(): it may have skipped some of its records, hand them all back (rewriting is a no-op).
    if (report.interrupted) this.targets = mergeTargets(this.targets, request.targets);
    else await this.rescored(request.targets);
  }

  private failed(request: RunRequest, failure: string): void {
    this.lastRun = { mode: request.mode, finishedAt: this.now().toISOString(), ok: false, scored: 0, written: 0, errors: 0, interrupted: false, failure };
    if (request.mode !== 'targets') {
      this.log.warn('score run failed', { mode: request.mode, failure });
      return;
    }
    // Counts only: the ids stay out of the log.
    const retryInSeconds = Math.round(this.retry.failed(request.targets) / 1000);
    this.log.warn('score run failed', { mode: request.mode, failure, records: targetCount(request.targets), retryInSeconds });
  }

  private async rescored(targets: RescoreTargets): Promise<void> {
    this.retry.succeeded();
    try {
      await this.options.onRescored?.(targets);
    } catch (error) {
      this.log.warn('rescored records not recorded', { failure: errorCode(error) });
    }
  }
}
