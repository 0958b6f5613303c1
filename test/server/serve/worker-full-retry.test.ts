import { describe, expect, it } from 'vitest';
import { NO_TARGETS, ScoreWorker } from '../../../src/server/serve';
import type { RunRequest } from '../../../src/server/serve';
import { ManualTimers } from './manual-timers';
import { scoreReport } from './score-report';

/** A worker whose jobs fail (EspoCRM unreachable after the client's retries) while `down` is true. */
function outage() {
  const timers = new ManualTimers();
  const runs: RunRequest['mode'][] = [];
  const warnings: unknown[] = [];
  const espo = { down: true };
  const worker = new ScoreWorker(async (request) => {
    runs.push(request.mode);
    if (espo.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ESPO_NETWORK_ERROR' });
    return scoreReport(request.mode);
  }, () => new Date(0), { info: () => undefined, warn: (_m, data) => void warnings.push(data) }, { timers });
  const advance = async (ms: number): Promise<void> => {
    timers.advance(ms);
    await worker.idle();
  };
  return { timers, runs, warnings, espo, worker, advance };
}

describe('score worker: a full run that fails', () => {
  it('runs it again after 30 s, doubling the wait up to 10 minutes, until it completes', async () => {
    const { worker, runs, advance, espo, timers, warnings } = outage();
    worker.enqueue({ mode: 'full' });
    await worker.idle();
    expect(warnings).toEqual([{ mode: 'full', failure: 'ESPO_NETWORK_ERROR', retryInSeconds: 30 }]);
    expect(worker.queueLength).toBe(1);
    for (const seconds of [30, 60, 120, 240, 480, 600, 600]) {
      const before = runs.length;
      await advance(seconds * 1000 - 1);
      expect(runs).toHaveLength(before);
      await advance(1);
      expect(runs).toEqual(Array(before + 1).fill('full'));
    }
    espo.down = false;
    await advance(600_000);
    expect(worker.lastRun).toMatchObject({ mode: 'full', ok: true });
    expect(timers.pending).toBe(0);
    expect(worker.queueLength).toBe(0);
  });

  it('runs the full run in place of an incremental run while it waits (the incremental run would remove its checkpoint)', async () => {
    const { worker, runs, espo, timers } = outage();
    worker.enqueue({ mode: 'full' });
    await worker.idle();
    espo.down = false;
    worker.enqueue({ mode: 'incremental' });
    await worker.idle();
    expect(runs).toEqual(['full', 'full']);
    expect(timers.pending).toBe(0);
    // Once it completed, incremental runs are incremental again.
    worker.enqueue({ mode: 'incremental' });
    await worker.idle();
    expect(runs).toEqual(['full', 'full', 'incremental']);
  });

  it('lets incremental runs go ahead once it failed 3 times in a row, still retrying it, so recent changes are scored', async () => {
    const timers = new ManualTimers();
    const runs: RunRequest['mode'][] = [];
    const infos: unknown[] = [];
    // EspoCRM answers, but the full run fails each time at the same place (a record EspoCRM cannot list).
    const worker = new ScoreWorker(async (request) => {
      runs.push(request.mode);
      if (request.mode === 'full') throw Object.assign(new Error('Internal Server Error'), { code: 'ESPO_HTTP_ERROR' });
      return scoreReport(request.mode);
    }, () => new Date(0), { info: (message, data) => void infos.push({ message, ...data }), warn: () => undefined }, { timers });
    worker.enqueue({ mode: 'full' });
    await worker.idle();
    for (const expected of [['full', 'full'], ['full', 'full', 'full']]) {
      worker.enqueue({ mode: 'incremental' });
      await worker.idle();
      expect(runs).toEqual(expected);
    }
    // Third failure in a row: the next incremental run is incremental, and the full run still waits for its retry.
    worker.enqueue({ mode: 'incremental' });
    await worker.idle();
    expect(runs).toEqual(['full', 'full', 'full', 'incremental']);
    expect(infos).toContainEqual({ message: 'incremental run goes ahead of a failing full run', fullRunFailures: 3 });
    expect(worker.lastRun).toMatchObject({ mode: 'incremental', ok: true });
    expect(timers.pending).toBe(1);
    timers.advance(120_000);
    await worker.idle();
    expect(runs).toEqual(['full', 'full', 'full', 'incremental', 'full']);
  });

  it('does not retry a failed incremental run: the next one continues from its checkpoint', async () => {
    const { worker, runs, advance, timers } = outage();
    worker.enqueue({ mode: 'incremental' });
    await worker.idle();
    expect(timers.pending).toBe(0);
    await advance(600_000);
    expect(runs).toEqual(['incremental']);
  });

  it('cancels the wait at stop: the checkpoint lets the next start continue the run', async () => {
    const { worker, timers } = outage();
    worker.enqueue({ mode: 'full' });
    await worker.idle();
    expect(timers.pending).toBe(1);
    expect(await worker.stop()).toEqual(NO_TARGETS);
    expect(timers.pending).toBe(0);
  });
});
