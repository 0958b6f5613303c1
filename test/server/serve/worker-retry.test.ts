import { describe, expect, it } from 'vitest';
import { halves, NO_TARGETS, ScoreWorker } from '../../../src/server/serve';
import type { RescoreTargets, RunRequest } from '../../../src/server/serve';
import { ManualTimers } from './manual-timers';
import { scoreReport } from './score-report';

const targets = (contacts: string[], vehicles: string[] = []): RescoreTargets => ({ ...NO_TARGETS, Contact: contacts, AutoCibleVehicle: vehicles });

/** A worker whose job fails (EspoCRM unreachable after the client's retries) while `down` is true. */
function outage() {
  const timers = new ManualTimers();
  const runs: RunRequest[] = [];
  const warnings: unknown[] = [];
  const rescored: RescoreTargets[] = [];
  const espo = { down: true };
  const worker = new ScoreWorker(async (request) => {
    runs.push(request);
    if (espo.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ESPO_NETWORK_ERROR' });
    return scoreReport(request.mode);
  }, () => new Date(0), { info: () => undefined, warn: (_m, data) => void warnings.push(data) }, {
    timers, onRescored: async (done) => void rescored.push(done),
  });
  const advance = async (ms: number): Promise<void> => {
    timers.advance(ms);
    await worker.idle();
  };
  return { timers, runs, warnings, rescored, espo, worker, advance };
}

describe('score worker: a targeted run that fails', () => {
  it('hands the records of a failed targeted run back at stop, so that serve saves them', async () => {
    const { worker, runs, timers } = outage();
    worker.enqueue({ mode: 'targets', targets: targets(['c1'], ['v1']) });
    await worker.idle();
    expect(runs).toHaveLength(1);
    expect(worker.lastRun).toMatchObject({ mode: 'targets', ok: false, failure: 'ESPO_NETWORK_ERROR' });
    const left = await worker.stop();
    expect(left).toEqual(targets(['c1'], ['v1']));
    // The retry is cancelled with the stop: nothing runs after it.
    expect(timers.pending).toBe(0);
  });

  it('tries the records again after 30 s, doubling the wait up to 10 minutes, then rescores them once EspoCRM answers', async () => {
    const { worker, runs, advance, espo, rescored } = outage();
    worker.enqueue({ mode: 'targets', targets: targets(['c1']) });
    await worker.idle();
    const waits = [30, 60, 120, 240, 480, 600, 600];
    for (const seconds of waits) {
      const before = runs.length;
      await advance(seconds * 1000 - 1);
      expect(runs).toHaveLength(before);
      await advance(1);
      expect(runs).toHaveLength(before + 1);
    }
    expect(worker.queueLength).toBe(1);
    espo.down = false;
    await advance(600_000);
    expect(runs.at(-1)).toEqual({ mode: 'targets', targets: targets(['c1']) });
    expect(rescored).toEqual([targets(['c1'])]);
    expect(worker.queueLength).toBe(0);
    expect(await worker.stop()).toEqual(NO_TARGETS);
  });

  it('logs the failure with counts and the wait, never the record ids', async () => {
    const { worker, warnings } = outage();
    worker.enqueue({ mode: 'targets', targets: targets(['c1', 'c2'], ['v1']) });
    await worker.idle();
    expect(warnings).toEqual([{ mode: 'targets', failure: 'ESPO_NETWORK_ERROR', records: 3, retryInSeconds: 30 }]);
    expect(JSON.stringify(warnings)).not.toMatch(/c1|c2|v1/u);
    await worker.stop();
  });

  it('runs new webhook records at once while failed ones wait, then the failed ones as soon as a run succeeds', async () => {
    const { worker, runs, advance, espo, rescored } = outage();
    worker.enqueue({ mode: 'targets', targets: targets(['c1']) });
    await worker.idle();
    espo.down = false;
    worker.enqueue({ mode: 'targets', targets: targets(['c2']) });
    await worker.idle();
    // c2 succeeded: EspoCRM answers again, c1 does not wait for the rest of its 30 s.
    expect(runs.map((r) => (r.mode === 'targets' ? r.targets.Contact : []))).toEqual([['c1'], ['c2'], ['c1']]);
    expect(rescored).toEqual([targets(['c2']), targets(['c1'])]);
    expect(worker.queueLength).toBe(0);
    await advance(600_000);
    expect(runs).toHaveLength(3);
    // Nothing waits any more: when EspoCRM goes down again, the first wait is 30 s again.
    espo.down = true;
    worker.enqueue({ mode: 'targets', targets: targets(['c3']) });
    await worker.idle();
    await advance(29_999);
    expect(runs).toHaveLength(4);
    await advance(1);
    expect(runs).toHaveLength(5);
    expect(await worker.stop()).toEqual(targets(['c3']));
  });

  it('hands back at stop the records whose retry falls due while stop waits for the running job', async () => {
    const timers = new ManualTimers();
    let release: () => void = () => undefined;
    const worker = new ScoreWorker(async (request) => {
      if (request.mode === 'targets') throw Object.assign(new Error('down'), { code: 'ESPO_NETWORK_ERROR' });
      // A batch whose writes hang (EspoCRM stopped answering): stop() waits for it.
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return scoreReport(request.mode, true);
    }, () => new Date(0), { info: () => undefined, warn: () => undefined }, { timers });
    worker.enqueue({ mode: 'targets', targets: targets(['c1']) });
    await worker.idle();
    worker.enqueue({ mode: 'full' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(worker.current).toBe('full');
    const stopping = worker.stop();
    timers.advance(30_000);
    release();
    expect(await stopping).toEqual(targets(['c1']));
    expect(timers.pending).toBe(0);
  });
});

/** EspoCRM answers, but every run that includes `bad` fails (a record its list call fails on). */
function poisoned() {
  const timers = new ManualTimers();
  const runs: RunRequest[] = [];
  const rescored: string[] = [];
  const warnings: Record<string, unknown>[] = [];
  const espo = { down: false };
  const worker = new ScoreWorker(async (request) => {
    runs.push(request);
    if (espo.down) throw Object.assign(new Error('down'), { code: 'ESPO_NETWORK_ERROR' });
    if (request.mode === 'targets' && request.targets.Contact.includes('bad')) throw Object.assign(new Error('500'), { code: 'ESPO_HTTP_ERROR' });
    return scoreReport(request.mode);
  }, () => new Date(0), { info: () => undefined, warn: (_m, data) => void warnings.push(data ?? {}) }, {
    timers, onRescored: async (done) => void rescored.push(...done.Contact),
  });
  const runsWith = (id: string): number => runs.filter((r) => r.mode === 'targets' && r.targets.Contact.includes(id)).length;
  return { timers, runs, rescored, warnings, espo, worker, runsWith };
}

describe('score worker: one record at fault among the records of a failed run', () => {
  it('rescores the others of its delivery, and tries the one at fault with a growing wait, not after every run', async () => {
    const { worker, timers, rescored, runsWith } = poisoned();
    worker.enqueue({ mode: 'targets', targets: targets(['bad', 'c1', 'c2', 'c3']) });
    await worker.idle();
    // An hour of traffic: a delivery that succeeds every minute.
    for (let minute = 1; minute <= 60; minute += 1) {
      worker.enqueue({ mode: 'targets', targets: targets([`other${minute}`]) });
      timers.advance(60_000);
      await worker.idle();
    }
    expect(rescored).toEqual(expect.arrayContaining(['c1', 'c2', 'c3']));
    expect(rescored).not.toContain('bad');
    // Its waits grow (30 s, 1, 2, 4, 8, 10, 10… minutes): a dozen attempts in the hour, not sixty.
    expect(runsWith('bad')).toBeLessThan(15);
    // Never dropped: still waiting, and handed back at stop for the state file.
    expect(worker.waiting.Contact).toEqual(['bad']);
    expect((await worker.stop()).Contact).toEqual(['bad']);
  });

  it('never runs the records of a failed run with new deliveries once they fail with EspoCRM answering', async () => {
    const timers = new ManualTimers();
    const runs: string[][] = [];
    let release: () => void = () => undefined;
    const worker = new ScoreWorker(async (request) => {
      if (request.mode !== 'targets') {
        // A scheduled run whose batch takes a while: the split halves fall due and a delivery arrives meanwhile.
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return scoreReport(request.mode);
      }
      runs.push([...request.targets.Contact]);
      if (request.targets.Contact.includes('bad')) throw Object.assign(new Error('500'), { code: 'ESPO_HTTP_ERROR' });
      return scoreReport(request.mode);
    }, () => new Date(0), { info: () => undefined, warn: () => undefined }, { timers });
    worker.enqueue({ mode: 'targets', targets: targets(['ok']) });
    await worker.idle();
    // EspoCRM answered the run before: the failure is this delivery's own, its records are split.
    worker.enqueue({ mode: 'targets', targets: targets(['bad', 'c1', 'c2', 'c3']) });
    await worker.idle();
    worker.enqueue({ mode: 'full' });
    await new Promise((resolve) => setImmediate(resolve));
    timers.advance(30_000);
    worker.enqueue({ mode: 'targets', targets: targets(['new1']) });
    release();
    await worker.idle();
    expect(runs.slice(2)).toEqual([['new1'], ['bad', 'c1'], ['c2', 'c3']]);
    await worker.stop();
  });

  it('does not split records during an outage: they wait together, the wait growing', async () => {
    const { worker, timers, runs, espo, warnings } = poisoned();
    worker.enqueue({ mode: 'targets', targets: targets(['c1', 'c2', 'c3', 'c4']) });
    espo.down = true;
    await worker.idle();
    for (let minute = 1; minute <= 60; minute += 1) {
      timers.advance(60_000);
      await worker.idle();
    }
    expect(runs.every((r) => r.mode === 'targets' && r.targets.Contact.length === 4)).toBe(true);
    expect(warnings.some((w) => 'splitInto' in w)).toBe(false);
    espo.down = false;
    timers.advance(600_000);
    await worker.idle();
    expect(worker.waiting).toEqual(NO_TARGETS);
    await worker.stop();
  });

  it('tries split records that failed again during an outage as soon as EspoCRM answers, still apart', async () => {
    const { worker, timers, runs, espo, rescored } = poisoned();
    worker.enqueue({ mode: 'targets', targets: targets(['ok']) });
    await worker.idle();
    // The first failing run of an outage follows a success: its records are split, then fail again while it lasts.
    espo.down = true;
    worker.enqueue({ mode: 'targets', targets: targets(['c1', 'c2', 'c3', 'c4']) });
    await worker.idle();
    for (let minute = 1; minute <= 30; minute += 1) {
      timers.advance(60_000);
      await worker.idle();
    }
    espo.down = false;
    worker.enqueue({ mode: 'targets', targets: targets(['n1']) });
    await worker.idle();
    // Not after the rest of their wait (up to 10 minutes): at once, each half on its own.
    expect(rescored).toEqual(expect.arrayContaining(['n1', 'c1', 'c2', 'c3', 'c4']));
    expect(runs.slice(-2).map((r) => (r.mode === 'targets' ? r.targets.Contact : []))).toEqual([['c1', 'c2'], ['c3', 'c4']]);
    expect(worker.waiting).toEqual(NO_TARGETS);
    await worker.stop();
  });

  it('logs a split with counts only', async () => {
    const { worker, warnings } = poisoned();
    worker.enqueue({ mode: 'targets', targets: targets(['bad', 'c1']) });
    await worker.idle();
    worker.enqueue({ mode: 'targets', targets: targets(['c9']) });
    await worker.idle();
    expect(warnings).toEqual([
      { mode: 'targets', failure: 'ESPO_HTTP_ERROR', records: 2, retryInSeconds: 30 },
      { mode: 'targets', failure: 'ESPO_HTTP_ERROR', records: 2, retryInSeconds: 30, splitInto: 2 },
    ]);
    expect(JSON.stringify(warnings)).not.toMatch(/bad|c1|c9/u);
    await worker.stop();
  });
});

describe('halves', () => {
  it('splits the records of every type in two, losing none', () => {
    const [first, second] = halves({ Contact: ['c1', 'c2'], Lead: ['l1'], Account: [], AutoCibleVehicle: ['v1', 'v2'] });
    expect(first).toEqual({ Contact: ['c1', 'c2'], Lead: ['l1'], Account: [], AutoCibleVehicle: [] });
    expect(second).toEqual({ Contact: [], Lead: [], Account: [], AutoCibleVehicle: ['v1', 'v2'] });
  });
});
