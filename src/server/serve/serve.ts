/**
 * `autocible serve` assembled: an HTTP server for webhooks and health, a debouncer, the score worker and the
 * schedules. A delivery's records are saved in the state file before it is answered, and leave it once rescored.
 * `close()` is the graceful shutdown: stop accepting, save the records webhooks named that were not rescored yet,
 * let the running job finish its batch (its checkpoint is saved), then save those records again without the ones
 * it finished; the next start rescores them, resumes an interrupted scheduled run and catches up what changed
 * while it was down.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ScoringModel } from '../../core/scoring';
import type { EspoGateway } from '../espo/gateway';
import { deriveVehiclesByIds } from '../jobs/derive/derive-by-ids';
import type { ScoreSource, ScoreTarget } from '../jobs/score';
import { runScoreJob } from '../jobs/score';
import { readWebhooks } from '../state';
import type { RegisteredWebhook, ScoreStateStore } from '../state';
import { acquireScoreLock } from '../audit/run-lock';
import type { RunLock } from '../audit/run-lock';
import type { ServeConfig } from './config';
import { dayIn } from './config';
import { Debouncer, mergeTargets, targetCount } from './debouncer';
import type { RescoreTargets } from './debouncer';
import { createHandler } from './http-handler';
import { queueLeftWork } from './left-work';
import { PendingRecords } from './pending-records';
import type { ScheduleFactory } from './scheduler';
import { cronSchedule, startSchedules } from './scheduler';
import type { Timers } from './timers';
import { NODE_TIMERS } from './timers';
import type { RunJob, WorkerLog } from './worker';
import { errorCode, ScoreWorker } from './worker';

export interface ServeOptions {
  readonly config: ServeConfig;
  readonly source: ScoreSource;
  readonly target: ScoreTarget;
  readonly models: readonly ScoringModel[];
  readonly state: ScoreStateStore;
  /** The secrets file `webhooks register` writes. */
  readonly webhooksFile: string;
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** @defaultValue Node's timers */
  readonly timers?: Timers;
  /** @defaultValue croner */
  readonly schedule?: ScheduleFactory;
  readonly log?: WorkerLog;
  readonly batchSize?: number;
  /**
   * Where the targeted runs derive the vehicles a webhook names (category, energy family, next contrôle technique)
   * before rescoring their owners; absent: they are not derived (the nightly `autocible derive` does it).
   */
  readonly vehicles?: Pick<EspoGateway, 'iterate' | 'update'>;
}

export interface ServeHandle {
  /** `http://host:port`, with the port actually bound (config port 0 picks a free one). */
  readonly url: string;
  readonly worker: ScoreWorker;
  readonly debouncer: Debouncer;
  /** Graceful shutdown; resolves once state is saved. Safe to call twice. */
  close(): Promise<void>;
}

const QUIET_LOG: WorkerLog = { info: () => undefined, warn: () => undefined };

interface ServeParts {
  readonly debouncer: Debouncer;
  readonly worker: ScoreWorker;
  readonly pending: PendingRecords;
  readonly log: WorkerLog;
}

/**
 * Stops listening and saves the records not rescored yet before waiting for the running batch: an EspoCRM that
 * hangs can keep it past systemd's `TimeoutStopSec`, and the SIGKILL that follows must not lose them. Once the job
 * has stopped, saves them again without those its run finished. Deliveries still being read get a 503 (the
 * handler checks again before queueing), so EspoCRM sends them again after the restart.
 */
async function shutdown(server: Server, parts: ServeParts): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const waiting = parts.debouncer.take();
  const unfinished = mergeTargets(waiting, parts.worker.unfinished);
  const stopped = parts.worker.stop();
  await parts.pending.save(unfinished).catch((error: unknown) => {
    // The second save below tries again once the job has stopped.
    parts.log.warn('pending records not saved', { failure: errorCode(error) });
  });
  const all = mergeTargets(waiting, await stopped);
  await parts.pending.save(all);
  await closed;
  parts.log.info('serve stopped', { pending: targetCount(all) });
}

/**
 * Records in the state file that a full run is due, until one started since completes: a full run that fails before
 * its first checkpoint, or waits behind another run, is then not lost when serve stops or crashes.
 */
async function markFullRunDue(options: ServeOptions, at: Date, log: WorkerLog): Promise<void> {
  try {
    await options.state.update(options.source.key, (current) => ({ ...current, fullRunDueSince: at.toISOString() }));
  } catch (error) {
    log.warn('full run not recorded as due', { failure: errorCode(error) });
  }
}

/**
 * Derives the vehicles a webhook named, as `autocible derive` would, so a rep sees their computed fields within
 * seconds. Never fails: vehicles that cannot be derived are counted per error code in the log, a list that fails (EspoCRM out of
 * reach) is logged, and the score run goes on (the nightly `derive` catches up). The signal only cuts the listing.
 */
async function deriveNamedVehicles(vehicles: ServeOptions['vehicles'], ids: readonly string[], today: string, signal: AbortSignal, log: WorkerLog): Promise<void> {
  if (vehicles === undefined || ids.length === 0) return;
  try {
    const report = await deriveVehiclesByIds(vehicles, ids, today, signal);
    log.info('vehicles derived', { written: report.written, unchanged: report.unchanged, errors: report.errors.length });
    // As serve's other log lines, counts and codes, never an id: `autocible derive --dry-run` names the vehicles.
    const byFailure = new Map<string, { code: string; status?: number; vehicles: number }>();
    for (const { code, status } of report.errors) {
      const key = `${code} ${status ?? ''}`;
      const seen = byFailure.get(key) ?? { code, ...(status === undefined ? {} : { status }), vehicles: 0 };
      byFailure.set(key, { ...seen, vehicles: seen.vehicles + 1 });
    }
    for (const failure of byFailure.values()) log.warn('vehicles not derived', failure);
  } catch (error) {
    log.warn('vehicles not derived', { code: errorCode(error) });
  }
}

/**
 * The score job of a run; the worker hears of each batch done (not of the reading before the first). A targeted run
 * first derives the vehicles it names, when `options.vehicles` is set.
 */
function jobRunner(options: ServeOptions, now: () => Date, log: WorkerLog): RunJob {
  return async (request, signal, batchDone) => {
    if (request.mode === 'targets') {
      await deriveNamedVehicles(options.vehicles, request.targets.AutoCibleVehicle, dayIn(options.config.timezone, now()), signal, log);
    }
    return runScoreJob({
      source: options.source, target: options.target, models: options.models, state: options.state,
      today: dayIn(options.config.timezone, now()), stampedByClock: true, mode: request.mode,
      ...(request.mode === 'targets' ? { targets: request.targets } : {}), ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    }, {
      signal, progress: (progress) => (progress.reading === true ? undefined : batchDone()), log: { debug: () => undefined, ...log }, dryRun: false, now,
    });
  };
}

export async function startServe(options: ServeOptions): Promise<ServeHandle> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? QUIET_LOG;
  // The only writer of the state file while it runs: a `score` by hand would overwrite its checkpoints.
  const lock = await acquireScoreLock(options.state.path);
  try {
    return await listening(options, now, log, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function listening(options: ServeOptions, now: () => Date, log: WorkerLog, lock: RunLock): Promise<ServeHandle> {
  let webhooks: readonly RegisteredWebhook[] = (await readWebhooks(options.webhooksFile)).webhooks;
  const timers = options.timers ?? NODE_TIMERS;
  const pending = new PendingRecords(options.state, options.source.key);
  const debouncer = new Debouncer(
    { delayMs: options.config.debounceMs, maxWaitMs: options.config.maxWaitMs, timers },
    (targets) => worker.enqueue({ mode: 'targets', targets }),
  );
  // Records named again while they were rescored stay in the file: the run may not have read that edit.
  const waiting = (): RescoreTargets => mergeTargets(debouncer.targets, worker.waiting);
  const worker = new ScoreWorker(jobRunner(options, now, log), now, log, { timers, onRescored: (targets) => pending.rescored(targets, waiting) });
  let stopping = false;
  const server = createServer(createHandler({
    webhooks: () => webhooks,
    reloadWebhooks: async () => {
      webhooks = (await readWebhooks(options.webhooksFile)).webhooks;
    },
    debouncer, keep: (targets, queue) => pending.received(targets, queue), worker, maxBodyBytes: options.config.maxBodyBytes, isStopping: () => stopping, log,
  }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.config.port, options.config.host, () => resolve());
  });
  try {
    await queueLeftWork(options.state, options.source.key, worker, pending);
  } catch (error) {
    // A state file it cannot read: serve must exit (systemd restarts it, the message says how to repair the file),
    // not stay up answering /health with nothing scheduled.
    stopping = true;
    await worker.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  const schedules = startSchedules(options.config.schedules, options.config.timezone, options.schedule ?? cronSchedule, (schedule) => {
    // Written first (state writes are queued in order): the run reads the state after it.
    if (schedule.mode === 'full') void markFullRunDue(options, now(), log);
    worker.enqueue({ mode: schedule.mode });
  });
  // A TCP listener's address is always an AddressInfo (a string only for pipes and sockets).
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    stopping = true;
    for (const schedule of schedules) schedule.stop();
    try {
      await shutdown(server, { debouncer, worker, pending, log });
    } finally {
      await lock.release();
    }
  };
  return {
    url: `http://${options.config.host.includes(':') ? `[${options.config.host}]` : options.config.host}:${port}`,
    worker,
    debouncer,
    close: () => (closing ??= close()),
  };
}
