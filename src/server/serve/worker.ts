/**
 * Runs score jobs one at a time for `serve`: scheduled full and incremental runs, and rescoring of the records
 * webhooks named. Requests coalesce while one runs (one pending run per mode; targets merge). `stop()` aborts the
 * running job, which finishes its batch and saves its checkpoint, and returns the targets not yet rescored.
 */
import type { ScoreReport } from '../jobs/score';
import type { RescoreTargets } from './debouncer';
import { mergeTargets, NO_TARGETS, targetCount } from './debouncer';

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

export class ScoreWorker {
  private readonly queue: ('full' | 'incremental')[] = [];
  private targets: RescoreTargets = NO_TARGETS;
  private running: { readonly request: RunRequest; readonly controller: AbortController } | null = null;
  private loop: Promise<void> = Promise.resolve();
  private stopped = false;
  lastRun: LastRun | null = null;

  constructor(
    private readonly runJob: RunJob,
    private readonly now: () => Date,
    private readonly log: WorkerLog,
  ) {}

  /** Runs waiting (a pending targets run counts once) plus the one in progress. */
  get queueLength(): number {
    return this.queue.length + (targetCount(this.targets) > 0 ? 1 : 0) + (this.running === null ? 0 : 1);
  }

  get current(): RunRequest['mode'] | null {
    return this.running?.request.mode ?? null;
  }

  enqueue(request: RunRequest): void {
    if (this.stopped) return;
    if (request.mode === 'targets') this.targets = mergeTargets(this.targets, request.targets);
    else if (!this.queue.includes(request.mode)) this.queue.push(request.mode);
    if (this.running === null) this.loop = this.drain();
  }

  /** Resolves when nothing runs and nothing waits (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running !== null || (!this.stopped && (this.queue.length > 0 || targetCount(this.targets) > 0))) await this.loop;
  }

  /** Stops taking work, interrupts the running job after its batch, and returns targets left to rescore. */
  async stop(): Promise<RescoreTargets> {
    this.stopped = true;
    this.queue.length = 0;
    const interrupted = this.running?.request;
    this.running?.controller.abort();
    await this.loop;
    // A targeted run cut short may have skipped some of its records: hand them all back (rewriting is a no-op).
    const left = interrupted?.mode === 'targets' && this.lastRun?.interrupted === true ? mergeTargets(this.targets, interrupted.targets) : this.targets;
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
    try {
      const report = await this.runJob(request, signal);
      this.lastRun = {
        mode: request.mode, finishedAt: this.now().toISOString(), ok: true,
        scored: report.scored, written: report.written, errors: report.errors, interrupted: report.interrupted,
      };
      this.log.info('score run finished', { mode: request.mode, scored: report.scored, written: report.written, errors: report.errors });
    } catch (error) {
      const failure = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'UNEXPECTED';
      this.lastRun = { mode: request.mode, finishedAt: this.now().toISOString(), ok: false, scored: 0, written: 0, errors: 0, interrupted: false, failure };
      this.log.warn('score run failed', { mode: request.mode, failure });
    }
  }
}
