import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../src/core/scoring';
import { computeWebhookSignature, MemoryGateway } from '../../../src/server/espo';
import { GatewaySource } from '../../../src/server/jobs/score';
import type { IdsByType, ScoreBatch, ScoreSource, SourcePlan } from '../../../src/server/jobs/score';
import { ServeConfigSchema, startServe } from '../../../src/server/serve';
import type { ServeHandle } from '../../../src/server/serve';
import { ScoreStateStore, writeWebhooks } from '../../../src/server/state';
import type { RegisteredWebhook, ScoredType, SourceState } from '../../../src/server/state';
import { ID, seed, T0, tempDir } from '../jobs/score/fixtures';
import type { Seed } from '../jobs/score/fixtures';
import { ManualTimers } from './manual-timers';

const KEY = 'memory:runs';
const HOOK: RegisteredWebhook = { id: 'w000000000000c0u1', event: 'Contact.update', url: 'http://127.0.0.1/webhooks/espocrm', secretKey: 'contact-secret' };
const BATCH = 50;

type LinkedQuery = Parameters<ScoreSource['linkedRecords']>[0];

/** The gateway's records, where one batch of the runs that read everything may wait for the test, or fail. */
class ControlledSource implements ScoreSource {
  /** Where each read of every record of a type started: the checkpoint a run continued from. */
  readonly readsAll: { readonly type: ScoredType; readonly after: string | null }[] = [];
  /** The batch (counted over every such read, from 1) that waits for `release()`. */
  holdAt: number | null = null;
  /** The batch that fails as an EspoCRM outage would. */
  failAt: number | null = null;
  private batchesRead = 0;
  private reached: () => void = () => undefined;
  /** Resolves once the batch `holdAt` is read and waits. */
  readonly holding = new Promise<void>((resolve) => {
    this.reached = resolve;
  });
  private opened: () => void = () => undefined;
  private readonly released = new Promise<void>((resolve) => {
    this.opened = resolve;
  });

  constructor(private readonly inner: ScoreSource) {}
  get key(): string {
    return this.inner.key;
  }
  release(): void {
    this.opened();
  }
  vehicleOwners(query: { readonly since: Date } | { readonly ids: readonly string[] }, signal: AbortSignal): Promise<IdsByType> {
    return this.inner.vehicleOwners(query, signal);
  }
  linkedRecords(query: LinkedQuery, signal: AbortSignal): Promise<IdsByType> {
    return this.inner.linkedRecords(query, signal);
  }
  async *batches(type: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncIterable<ScoreBatch> {
    if (plan.all) this.readsAll.push({ type, after: plan.after });
    for await (const batch of this.inner.batches(type, plan, signal)) {
      if (plan.all) {
        this.batchesRead += 1;
        if (this.batchesRead === this.failAt) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ESPO_NETWORK_ERROR' });
        if (this.batchesRead === this.holdAt) {
          this.reached();
          await this.released;
        }
      }
      yield batch;
    }
  }
}

const handles: ServeHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((h) => h.close()));
});

async function setup(options: { readonly records?: Seed; readonly state?: SourceState } = {}) {
  const dir = await tempDir();
  const webhooksFile = join(dir, 'webhooks.json');
  await writeWebhooks(webhooksFile, { version: 1, webhooks: [HOOK] });
  const gateway = new MemoryGateway({ records: options.records ?? seed(60), now: () => T0 });
  const state = new ScoreStateStore(join(dir, 'state.json'));
  const previous = options.state;
  if (previous !== undefined) await state.update(KEY, () => previous);
  const timers = new ManualTimers();
  const source = new ControlledSource(new GatewaySource(gateway, KEY));
  const fire: Partial<Record<'full' | 'incremental', () => void>> = {};
  const runs: string[] = [];
  const log = {
    info: (message: string, data?: Readonly<Record<string, unknown>>) => {
      if (message.startsWith('score run ') && message !== 'score run done') runs.push(`${message}: ${String(data?.mode)}`);
    },
    warn: (message: string, data?: Readonly<Record<string, unknown>>) => void runs.push(`${message}: ${String(data?.mode)}`),
  };
  const handle = await startServe({
    config: ServeConfigSchema.parse({ port: 0, timezone: 'UTC' }), source, target: gateway, models: DEFAULT_MODELS, state, webhooksFile,
    now: () => T0, timers, log, batchSize: BATCH,
    schedule: (schedule, _zone, run) => {
      fire[schedule.mode] = run;
      return { stop: () => undefined };
    },
  });
  handles.push(handle);
  const run = (mode: 'full' | 'incremental'): void => fire[mode]?.();
  return { gateway, state, timers, source, handle, run, runs };
}

function deliver(url: string, items: readonly Record<string, unknown>[]): Promise<Response> {
  const body = JSON.stringify(items);
  return fetch(`${url}/webhooks/espocrm`, { method: 'POST', body, headers: { 'content-type': 'application/json', signature: computeWebhookSignature(body, HOOK.secretKey, HOOK.id) } });
}

const updatedIds = (gateway: MemoryGateway): string[] => gateway.writes.flatMap((w) => (w.kind === 'update' ? [w.id] : []));
/** The contacts in id order: the first batch of a full run is the first `BATCH` of them. */
const contactIds = (): string[] => seed(60).Contact.map((c) => c.id).sort();

describe('serve: webhook records during a scheduled run', () => {
  it('rescores them once the batch in progress is done, then continues the full run from its checkpoint', async () => {
    const { handle, source, timers, gateway, state, run, runs } = await setup();
    const late = contactIds().at(-1) ?? '';
    source.holdAt = 1;
    run('full');
    await source.holding;
    expect((await deliver(handle.url, [{ id: late }])).status).toBe(200);
    timers.advance(2000);
    source.release();
    await handle.worker.idle();
    expect(runs).toEqual(['score run paused for webhook records: full', 'score run finished: targets', 'score run finished: full']);
    const lastOfFirstBatch = contactIds()[BATCH - 1] ?? '';
    expect(source.readsAll.filter((r) => r.type === 'Contact')).toEqual([{ type: 'Contact', after: null }, { type: 'Contact', after: lastOfFirstBatch }]);
    // Rescored before the full run reached it, and not written again by it (unchanged).
    const written = updatedIds(gateway);
    expect(written.filter((id) => id === late)).toHaveLength(1);
    expect(written.indexOf(late)).toBeGreaterThan(written.indexOf(lastOfFirstBatch));
    expect(written.indexOf(late)).toBeLessThan(written.indexOf(contactIds()[BATCH] ?? ''));
    expect((await state.read(KEY)).checkpoint).toBeUndefined();
    expect(handle.worker.lastRun).toMatchObject({ mode: 'full', ok: true, interrupted: false });
  });
});

describe('serve: a full run that fails', () => {
  it('continues it from its checkpoint in place of the next incremental run, which would remove that checkpoint', async () => {
    const { handle, source, state, run, runs } = await setup();
    source.failAt = 2;
    run('full');
    await handle.worker.idle();
    const lastOfFirstBatch = contactIds()[BATCH - 1] ?? '';
    expect((await state.read(KEY)).checkpoint).toMatchObject({ mode: 'full', lastIds: { Contact: lastOfFirstBatch } });
    run('incremental');
    await handle.worker.idle();
    expect(runs).toEqual(['score run failed: full', 'score run finished: full']);
    expect(source.readsAll.filter((r) => r.type === 'Contact')).toEqual([{ type: 'Contact', after: null }, { type: 'Contact', after: lastOfFirstBatch }]);
    expect(await state.read(KEY)).toEqual({ lastSuccessfulRunAt: T0.toISOString(), models: ['b2b-fleet@2025.2.1', 'b2c-renewal@2025.1.1'] });
  });

  it('runs it again after a wait, from its checkpoint', async () => {
    const { handle, source, state, timers, runs } = await setup();
    source.failAt = 2;
    handle.worker.enqueue({ mode: 'full' });
    await handle.worker.idle();
    timers.advance(30_000);
    await handle.worker.idle();
    expect(runs).toEqual(['score run failed: full', 'score run finished: full']);
    expect(source.readsAll.filter((r) => r.type === 'Contact').map((r) => r.after)).toEqual([null, contactIds()[BATCH - 1]]);
    expect((await state.read(KEY)).checkpoint).toBeUndefined();
  });
});

describe('serve: start-up', () => {
  const records = (): Seed => {
    const data = seed();
    // Edited while serve was down: EspoCRM 9.3.2 and later dropped its delivery (connection refused, no retry).
    data.Contact = data.Contact.map((c) => (c.id === ID.oldCar ? { ...c, modifiedAt: '2025-03-15 07:00:00' } : c));
    return data;
  };

  it('catches up what changed while serve was down: an incremental run from the last successful run', async () => {
    const { handle, gateway, runs } = await setup({ records: records(), state: { lastSuccessfulRunAt: '2025-03-15T06:00:00.000Z' } });
    await handle.worker.idle();
    expect(runs).toEqual(['score run finished: incremental']);
    expect(updatedIds(gateway)).toEqual([ID.oldCar]);
  });

  it('runs nothing at start when no run ever succeeded (the first scheduled run reads everything)', async () => {
    const { handle, gateway, runs } = await setup({ records: records() });
    await handle.worker.idle();
    expect(runs).toEqual([]);
    expect(gateway.writes).toEqual([]);
  });
});
