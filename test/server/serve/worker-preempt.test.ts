import { describe, expect, it } from 'vitest';
import { NO_TARGETS, ScoreWorker } from '../../../src/server/serve';
import type { RunJob } from '../../../src/server/serve';
import { scoreReport } from './score-report';

const QUIET = { info: () => undefined, warn: () => undefined };
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const targets = (contacts: string[]) => ({ ...NO_TARGETS, Contact: contacts });

/**
 * Scheduled runs of `batches` batches each, every batch ending when the test says so. A run saves its checkpoint
 * after each batch, tells the worker (`batchDone`), then stops if its signal fired; the next run of the same mode
 * continues after the checkpoint, as the score job does.
 */
function batchedJobs(batches: number) {
  const events: string[] = [];
  const checkpoint = { full: 0, incremental: 0 };
  const gates: (() => void)[] = [];
  const runJob: RunJob = async (request, signal, batchDone) => {
    if (request.mode === 'targets') {
      events.push(`targets ${request.targets.Contact.join(',')}`);
      return scoreReport('targets');
    }
    const { mode } = request;
    events.push(`${mode} from batch ${checkpoint[mode]}`);
    while (checkpoint[mode] < batches) {
      await new Promise<void>((resolve) => gates.push(resolve));
      checkpoint[mode] += 1;
      batchDone();
      if (signal.aborted) return scoreReport(mode, true);
    }
    checkpoint[mode] = 0;
    events.push(`${mode} done`);
    return scoreReport(mode);
  };
  const endBatch = async (): Promise<void> => {
    await settle();
    gates.shift()?.();
    await settle();
  };
  return { events, runJob, endBatch };
}

describe('score worker: webhook records during a scheduled run', () => {
  it('stops a full run after its current batch, rescores the records, then continues the run from its checkpoint', async () => {
    const jobs = batchedJobs(3);
    const worker = new ScoreWorker(jobs.runJob, () => new Date(0), QUIET);
    worker.enqueue({ mode: 'full' });
    await jobs.endBatch();
    worker.enqueue({ mode: 'targets', targets: targets(['c1']) });
    await settle();
    // The batch in progress is not cut short.
    expect(jobs.events).toEqual(['full from batch 0']);
    await jobs.endBatch();
    expect(jobs.events).toEqual(['full from batch 0', 'targets c1', 'full from batch 2']);
    await jobs.endBatch();
    await worker.idle();
    expect(jobs.events).toEqual(['full from batch 0', 'targets c1', 'full from batch 2', 'full done']);
    expect(worker.lastRun).toMatchObject({ mode: 'full', ok: true, interrupted: false });
  });

  it('continues an interrupted incremental run before the runs queued after it', async () => {
    const jobs = batchedJobs(2);
    const worker = new ScoreWorker(jobs.runJob, () => new Date(0), QUIET);
    worker.enqueue({ mode: 'incremental' });
    worker.enqueue({ mode: 'full' });
    worker.enqueue({ mode: 'targets', targets: targets(['c1']) });
    await jobs.endBatch();
    expect(jobs.events).toEqual(['incremental from batch 0', 'targets c1', 'incremental from batch 1']);
    for (let batch = 0; batch < 3; batch += 1) await jobs.endBatch();
    await worker.idle();
    expect(jobs.events).toEqual(['incremental from batch 0', 'targets c1', 'incremental from batch 1', 'incremental done', 'full from batch 0', 'full done']);
  });

  it('does not continue the interrupted run after stop: its checkpoint waits for the next start', async () => {
    const jobs = batchedJobs(3);
    const worker = new ScoreWorker(jobs.runJob, () => new Date(0), QUIET);
    worker.enqueue({ mode: 'full' });
    await settle();
    worker.enqueue({ mode: 'targets', targets: targets(['c1']) });
    const stopping = worker.stop();
    await jobs.endBatch();
    expect(await stopping).toEqual(targets(['c1']));
    expect(jobs.events).toEqual(['full from batch 0']);
    expect(worker.queueLength).toBe(0);
  });
});
