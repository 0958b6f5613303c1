import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../src/core/scoring';
import { MemoryGateway } from '../../../src/server/espo';
import { GatewaySource } from '../../../src/server/jobs/score';
import type { IdsByType, ScoreBatch, ScoreSource, SourcePlan } from '../../../src/server/jobs/score';
import { ServeConfigSchema, startServe } from '../../../src/server/serve';
import type { ServeHandle } from '../../../src/server/serve';
import { ScoreStateStore, writeWebhooks } from '../../../src/server/state';
import type { ScoredType } from '../../../src/server/state';
import { seed, T0, tempDir } from '../jobs/score/fixtures';
import { ManualTimers } from './manual-timers';

const KEY = 'memory:lost';
type LinkedQuery = Parameters<ScoreSource['linkedRecords']>[0];

/** EspoCRM down while `down` (the first list call of a run fails, as ECONNREFUSED would). */
class Outage implements ScoreSource {
  down = true;
  readonly readsAll: ScoredType[] = [];
  constructor(private readonly inner: ScoreSource) {}
  get key(): string { return this.inner.key; }
  vehicleOwners(q: { readonly since: Date } | { readonly ids: readonly string[] }, s: AbortSignal): Promise<IdsByType> {
    if (this.down) return Promise.reject(Object.assign(new Error('down'), { code: 'ESPO_NETWORK_ERROR' }));
    return this.inner.vehicleOwners(q, s);
  }
  linkedRecords(q: LinkedQuery, s: AbortSignal): Promise<IdsByType> {
    if (this.down) return Promise.reject(Object.assign(new Error('down'), { code: 'ESPO_NETWORK_ERROR' }));
    return this.inner.linkedRecords(q, s);
  }
  async *batches(type: ScoredType, plan: SourcePlan, signal: AbortSignal): AsyncIterable<ScoreBatch> {
    if (this.down) throw Object.assign(new Error('down'), { code: 'ESPO_NETWORK_ERROR' });
    if (plan.all) this.readsAll.push(type);
    yield* this.inner.batches(type, plan, signal);
  }
}

const handles: ServeHandle[] = [];
afterEach(async () => { await Promise.all(handles.splice(0).map((h) => h.close())); });

async function start(dir: string, source: ScoreSource, gateway: MemoryGateway, runs: string[]) {
  const fire: Partial<Record<'full' | 'incremental', () => void>> = {};
  const handle = await startServe({
    config: ServeConfigSchema.parse({ port: 0, timezone: 'UTC' }), source, target: gateway, models: DEFAULT_MODELS,
    state: new ScoreStateStore(join(dir, 'state.json')), webhooksFile: join(dir, 'webhooks.json'), now: () => T0, timers: new ManualTimers(),
    log: { info: (m, d) => { if (m.startsWith('score run ') && m !== 'score run done') runs.push(`${m}: ${String(d?.mode)}`); }, warn: (m, d) => void runs.push(`${m}: ${String(d?.mode)}`) },
    schedule: (schedule, _z, run) => { fire[schedule.mode] = run; return { stop: () => undefined }; },
  });
  handles.push(handle);
  return { handle, fire };
}

async function setup(): Promise<{ dir: string; gateway: MemoryGateway; source: Outage; state: ScoreStateStore }> {
  const dir = await tempDir();
  await writeWebhooks(join(dir, 'webhooks.json'), { version: 1, webhooks: [] });
  const state = new ScoreStateStore(join(dir, 'state.json'));
  // Yesterday's runs succeeded.
  await state.update(KEY, () => ({ lastSuccessfulRunAt: '2025-03-14T08:00:00.000Z' }));
  const gateway = new MemoryGateway({ records: seed(), now: () => T0 });
  return { dir, gateway, source: new Outage(new GatewaySource(gateway, KEY)), state };
}

describe('a nightly full run that failed before its first batch', () => {
  it('is run at the next start when serve stops before it succeeds (EspoCRM down at 02:30, host restarted)', async () => {
    const { dir, gateway, source, state } = await setup();
    const runs: string[] = [];
    const first = await start(dir, source, gateway, runs);
    await first.handle.worker.idle();           // start-up catch-up incremental: fails too (EspoCRM down)
    first.fire.full?.();                         // 02:30: nightly full run, EspoCRM still down
    await first.handle.worker.idle();
    expect(runs).toEqual(['score run failed: incremental', 'score run failed: full']);
    await first.handle.close();                  // host restarted during the maintenance window (SIGTERM)
    source.down = false;                         // EspoCRM is back
    runs.length = 0;
    const second = await start(dir, source, gateway, runs);
    await second.handle.worker.idle();
    expect(runs).toContain('score run finished: full');
    expect(source.readsAll).toEqual(['Contact', 'Lead', 'Account']);
    // Done: the start after that one only catches up.
    expect((await state.read(KEY)).fullRunDueSince).toBeUndefined();
    await second.handle.close();
    source.down = false;
    runs.length = 0;
    const third = await start(dir, source, gateway, runs);
    await third.handle.worker.idle();
    expect(runs).toEqual(['score run finished: incremental']);
  });

  it('is recorded as due when the schedule asks for it, before it runs', async () => {
    const { dir, gateway, source, state } = await setup();
    const runs: string[] = [];
    const first = await start(dir, source, gateway, runs);
    await first.handle.worker.idle();
    first.fire.full?.();
    await first.handle.worker.idle();
    expect((await state.read(KEY)).fullRunDueSince).toBe(T0.toISOString());
  });
});
