import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../../src/server/jobs/score';
import { NO_TARGETS, ScoreWorker } from '../../../src/server/serve';
import type { RunRequest } from '../../../src/server/serve';
import { scoreReport } from './score-report';

const QUIET = { info: () => undefined, warn: () => undefined };

/** A job that runs until the test releases it, or until its signal fires (then it reports an interrupted run). */
function controlledJobs() {
  const started: RunRequest[] = [];
  const releases: (() => void)[] = [];
  const runJob = (request: RunRequest, signal: AbortSignal): Promise<ScoreReport> => {
    started.push(request);
    return new Promise((resolve) => {
      releases.push(() => resolve(scoreReport(request.mode)));
      signal.addEventListener('abort', () => resolve(scoreReport(request.mode, true)), { once: true });
    });
  };
  const releaseNext = async (): Promise<void> => {
    releases.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { started, runJob, releaseNext };
}

const targets = (contacts: string[]) => ({ ...NO_TARGETS, Contact: contacts });

describe('score worker', () => {
  it('runs one job at a time, webhook targets first, and coalesces what waits', async () => {
    const jobs = controlledJobs();
    const worker = new ScoreWorker(jobs.runJob, () => new Date(0), QUIET);
    worker.enqueue({ mode: 'full' });
    worker.enqueue({ mode: 'incremental' });
    worker.enqueue({ mode: 'incremental' });
    worker.enqueue({ mode: 'targets', targets: targets(['c2']) });
    worker.enqueue({ mode: 'targets', targets: targets(['c1', 'c2']) });
    expect(worker.queueLength).toBe(3);
    await jobs.releaseNext();
    await jobs.releaseNext();
    await jobs.releaseNext();
    await worker.idle();
    expect(jobs.started).toEqual([{ mode: 'full' }, { mode: 'targets', targets: targets(['c1', 'c2']) }, { mode: 'incremental' }]);
    expect(worker.lastRun).toMatchObject({ mode: 'incremental', ok: true, written: 1 });
  });

  it('stops by interrupting the running job and gives back the targets it did not finish', async () => {
    const jobs = controlledJobs();
    const worker = new ScoreWorker(jobs.runJob, () => new Date(0), QUIET);
    worker.enqueue({ mode: 'targets', targets: targets(['c1']) });
    worker.enqueue({ mode: 'targets', targets: targets(['c9']) });
    worker.enqueue({ mode: 'full' });
    const left = await worker.stop();
    expect(left.Contact).toEqual(['c1', 'c9']);
    expect(worker.lastRun).toMatchObject({ mode: 'targets', interrupted: true });
    worker.enqueue({ mode: 'full' });
    expect(jobs.started).toHaveLength(1);
  });

  it('records a failed run with its error code and goes on with the next one', async () => {
    let calls = 0;
    const warnings: unknown[] = [];
    const log = { info: () => undefined, warn: (_m: string, data?: unknown) => void warnings.push(data) };
    const worker = new ScoreWorker(async (request) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('down'), { code: 'ESPO_NETWORK_ERROR' });
      return scoreReport(request.mode);
    }, () => new Date(0), log);
    worker.enqueue({ mode: 'incremental' });
    worker.enqueue({ mode: 'full' });
    await worker.idle();
    expect(calls).toBe(2);
    expect(warnings).toEqual([{ mode: 'incremental', failure: 'ESPO_NETWORK_ERROR' }]);
    expect(worker.lastRun).toMatchObject({ mode: 'full', ok: true });
  });
});
