import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../src/core/scoring';
import { computeWebhookSignature, MemoryGateway } from '../../../src/server/espo';
import { GatewaySource } from '../../../src/server/jobs/score';
import type { IdsByType, ScoreBatch, ScoreSource, ScoreTarget, SourcePlan } from '../../../src/server/jobs/score';
import { ServeConfigSchema, startServe } from '../../../src/server/serve';
import type { ServeHandle } from '../../../src/server/serve';
import { ScoreStateStore, writeWebhooks } from '../../../src/server/state';
import type { RegisteredWebhook, ScoredType, SourceState } from '../../../src/server/state';
import { ID, seed, T0, tempDir } from '../jobs/score/fixtures';
import { ManualTimers } from './manual-timers';

const KEY = 'memory:shutdown';
const HOOK: RegisteredWebhook = { id: 'w000000000000c0u1', event: 'Contact.update', url: 'http://127.0.0.1/webhooks/espocrm', secretKey: 'contact-secret' };

type LinkedQuery = Parameters<ScoreSource['linkedRecords']>[0];

/** EspoCRM unreachable (after the client's own retries) while `down` is true. */
class OutageSource implements ScoreSource {
  constructor(private readonly inner: ScoreSource, public down: boolean) {}
  get key(): string {
    return this.inner.key;
  }
  private check(): void {
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ESPO_NETWORK_ERROR' });
  }
  async vehicleOwners(query: { readonly since: Date } | { readonly ids: readonly string[] }, signal: AbortSignal): Promise<IdsByType> {
    this.check();
    return this.inner.vehicleOwners(query, signal);
  }
  async linkedRecords(query: LinkedQuery, signal: AbortSignal): Promise<IdsByType> {
    this.check();
    return this.inner.linkedRecords(query, signal);
  }
  async *batches(entityType: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncIterable<ScoreBatch> {
    this.check();
    yield* this.inner.batches(entityType, plan, signal);
  }
}

/** Score writes that hang (an EspoCRM that stopped answering) until the test releases them; ignores the abort signal. */
class HangingTarget implements ScoreTarget {
  private readonly held: (() => void)[] = [];
  private hung: () => void = () => undefined;
  /** Resolves once a write hangs. */
  readonly hanging = new Promise<void>((resolve) => {
    this.hung = resolve;
  });
  constructor(private readonly gateway: MemoryGateway) {}
  async update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>): Promise<void> {
    await new Promise<void>((resolve) => {
      this.held.push(resolve);
      this.hung();
    });
    await this.gateway.update(entityType, id, changed);
  }
  releaseAll(): void {
    for (const release of this.held.splice(0)) release();
  }
}

/** The state store, telling the test when a write matching `predicate` has been made. */
class WatchedState extends ScoreStateStore {
  private readonly waiters: { readonly predicate: (s: SourceState) => boolean; readonly resolve: (s: SourceState) => void }[] = [];
  override async update(sourceKey: string, change: (current: SourceState) => SourceState): Promise<SourceState> {
    const updated = await super.update(sourceKey, change);
    for (const waiter of this.waiters.filter((w) => w.predicate(updated))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(updated);
    }
    return updated;
  }
  written(predicate: (s: SourceState) => boolean): Promise<SourceState> {
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }
}

const handles: ServeHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((h) => h.close()));
});

const newGateway = (): MemoryGateway => new MemoryGateway({ records: seed(), now: () => T0 });

interface SetupOptions {
  readonly gateway?: MemoryGateway;
  /** EspoCRM unreachable at start. */
  readonly espoDown?: boolean;
  readonly target?: ScoreTarget;
  /** The state the previous process left. */
  readonly state?: SourceState;
}

async function setup(options: SetupOptions = {}) {
  const dir = await tempDir();
  const webhooksFile = join(dir, 'webhooks.json');
  await writeWebhooks(webhooksFile, { version: 1, webhooks: [HOOK] });
  const gateway = options.gateway ?? newGateway();
  const state = new WatchedState(join(dir, 'state.json'));
  const previous = options.state;
  if (previous !== undefined) await state.update(KEY, () => previous);
  const timers = new ManualTimers();
  const source = new OutageSource(new GatewaySource(gateway, KEY), options.espoDown ?? false);
  const handle = await startServe({
    config: ServeConfigSchema.parse({ port: 0, timezone: 'UTC' }), source, target: options.target ?? gateway,
    models: DEFAULT_MODELS, state, webhooksFile, now: () => T0, timers, schedule: () => ({ stop: () => undefined }),
  });
  handles.push(handle);
  return { gateway, timers, state, handle, source };
}

function deliver(url: string, items: readonly Record<string, unknown>[]): Promise<Response> {
  const body = JSON.stringify(items);
  return fetch(`${url}/webhooks/espocrm`, { method: 'POST', body, headers: { 'content-type': 'application/json', signature: computeWebhookSignature(body, HOOK.secretKey, HOOK.id) } });
}

const updatedIds = (gateway: MemoryGateway): string[] => gateway.writes.flatMap((w) => (w.kind === 'update' ? [w.id] : []));

describe('serve: shutdown while a delivery is in flight', () => {
  it('answers 503 (EspoCRM delivers again) to a delivery whose body was still arriving at SIGTERM, instead of a 200 for records nobody keeps', async () => {
    const { handle, state, gateway } = await setup();
    const body = JSON.stringify([{ id: ID.lease, title: 'x' }]);
    const url = new URL(`${handle.url}/webhooks/espocrm`);
    let closing: Promise<void> = Promise.resolve();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
        headers: {
          // The server answers 100 Continue just before it hands the request to serve: serve has checked it is not
          // stopping and is waiting for the body when the client sees it.
          expect: '100-continue', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
          signature: computeWebhookSignature(body, HOOK.secretKey, HOOK.id),
        },
      }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.on('continue', () => {
        closing = handle.close();
        req.end(body);
      });
    });
    await closing;
    expect(status).toBe(503);
    expect((await state.read(KEY)).pending).toBeUndefined();
    expect(gateway.writes).toEqual([]);
  });
});

describe('serve: shutdown while EspoCRM hangs', () => {
  it('saves the records not rescored yet before waiting for the running batch, so a SIGKILL after TimeoutStopSec loses none', async () => {
    const gateway = newGateway();
    const target = new HangingTarget(gateway);
    const { handle, state, timers } = await setup({ gateway, target });
    expect((await deliver(handle.url, [{ id: ID.lease }])).status).toBe(200);
    timers.advance(2000);
    await target.hanging;
    expect((await deliver(handle.url, [{ id: ID.oldCar }])).status).toBe(200);
    const saved = state.written((s) => s.pending !== undefined);
    const closing = handle.close();
    // What a SIGKILL would leave: the batch in progress has not ended, and the records are already in the file,
    // the one it is rescoring included.
    expect((await saved).pending).toEqual({ Contact: [ID.lease, ID.oldCar], Lead: [], Account: [], AutoCibleVehicle: [] });
    expect(gateway.writes).toEqual([]);
    target.releaseAll();
    await closing;
    // The interrupted run may have skipped some of its records: they stay saved with the ones it never reached.
    expect((await state.read(KEY)).pending?.Contact).toEqual([ID.lease, ID.oldCar]);
  });
});

describe('serve: EspoCRM unreachable', () => {
  const previous: SourceState = { pending: { Contact: [ID.lease] } };

  it('keeps the records the previous process saved while EspoCRM is still starting, and saves them again at stop', async () => {
    const { handle, state, gateway } = await setup({ state: previous, espoDown: true });
    await handle.worker.idle();
    expect(handle.worker.lastRun).toMatchObject({ mode: 'targets', ok: false, failure: 'ESPO_NETWORK_ERROR' });
    // A crash now would lose nothing: the ids stay in the file until a run has rescored them.
    expect((await state.read(KEY)).pending?.Contact).toEqual([ID.lease]);
    await handle.close();
    expect((await state.read(KEY)).pending?.Contact).toEqual([ID.lease]);
    expect(gateway.writes).toEqual([]);
  });

  it('tries the restored records again after 30 s and clears them from the state once rescored', async () => {
    const { handle, state, gateway, timers, source } = await setup({ state: previous, espoDown: true });
    await handle.worker.idle();
    expect((await state.read(KEY)).pending?.Contact).toEqual([ID.lease]);
    source.down = false;
    timers.advance(29_999);
    await handle.worker.idle();
    expect(gateway.writes).toEqual([]);
    timers.advance(1);
    await handle.worker.idle();
    expect(updatedIds(gateway)).toEqual([ID.lease]);
    expect((await state.read(KEY)).pending).toBeUndefined();
  });

  it('keeps the records of a webhook whose targeted run failed, and saves them at stop', async () => {
    const { handle, state, timers } = await setup({ espoDown: true });
    expect((await deliver(handle.url, [{ id: ID.oldCar }])).status).toBe(200);
    timers.advance(2000);
    await handle.worker.idle();
    expect(handle.worker.lastRun).toMatchObject({ mode: 'targets', ok: false });
    expect(handle.worker.queueLength).toBe(1);
    await handle.close();
    expect((await state.read(KEY)).pending?.Contact).toEqual([ID.oldCar]);
  });
});
