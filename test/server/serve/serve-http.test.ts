import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../src/core/scoring';
import { computeWebhookSignature, MemoryGateway } from '../../../src/server/espo';
import { GatewaySource } from '../../../src/server/jobs/score';
import { ServeConfigSchema, startServe } from '../../../src/server/serve';
import type { Schedule, ServeHandle } from '../../../src/server/serve';
import { ScoreStateStore, writeWebhooks } from '../../../src/server/state';
import type { RegisteredWebhook, SourceState } from '../../../src/server/state';
import { ID, seed, T0, tempDir } from '../jobs/score/fixtures';
import { ManualTimers } from './manual-timers';

const KEY = 'memory:serve';
const CONTACT_HOOK: RegisteredWebhook = { id: 'w000000000000c0u1', event: 'Contact.update', url: 'http://127.0.0.1/webhooks/espocrm', secretKey: 'contact-secret' };
const VEHICLE_HOOK: RegisteredWebhook = { id: 'w000000000000v0u1', event: 'AutoCibleVehicle.update', url: CONTACT_HOOK.url, secretKey: 'vehicle-secret' };

const handles: ServeHandle[] = [];
afterEach(async () => {
  await Promise.all(handles.splice(0).map((h) => h.close()));
});

async function setup(options: { dir?: string; gateway?: MemoryGateway; state?: ScoreStateStore } = {}) {
  const dir = options.dir ?? (await tempDir());
  const webhooksFile = join(dir, 'webhooks.json');
  if (options.dir === undefined) await writeWebhooks(webhooksFile, { version: 1, webhooks: [CONTACT_HOOK, VEHICLE_HOOK] });
  const gateway = options.gateway ?? new MemoryGateway({ records: seed(), now: () => T0 });
  const timers = new ManualTimers();
  const fired: { schedule: Schedule; fire: () => void }[] = [];
  const state = options.state ?? new ScoreStateStore(join(dir, 'state.json'));
  const warnings: { message: string; data: unknown }[] = [];
  const handle = await startServe({
    config: ServeConfigSchema.parse({ port: 0, timezone: 'UTC' }), source: new GatewaySource(gateway, KEY), target: gateway,
    models: DEFAULT_MODELS, state, webhooksFile, now: () => T0, timers,
    log: { info: () => undefined, warn: (message, data) => void warnings.push({ message, data }) },
    schedule: (schedule, _zone, fire) => {
      fired.push({ schedule, fire });
      return { stop: () => undefined };
    },
  });
  handles.push(handle);
  return { dir, gateway, timers, fired, state, handle, webhooksFile, warnings };
}

function deliver(url: string, hook: RegisteredWebhook, items: readonly Record<string, unknown>[], signature?: string | null): Promise<Response> {
  const body = JSON.stringify(items);
  const sign = signature === undefined ? computeWebhookSignature(body, hook.secretKey, hook.id) : signature;
  return fetch(`${url}/webhooks/espocrm`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(sign === null ? {} : { signature: sign }) } });
}

const updatedIds = (gateway: MemoryGateway): string[] => gateway.writes.flatMap((w) => (w.kind === 'update' ? [w.id] : []));

describe('serve: webhook endpoint', () => {
  it('answers 200 at once and rescores the named records once the quiet delay has passed', async () => {
    const { handle, gateway, timers } = await setup();
    const response = await deliver(handle.url, CONTACT_HOOK, [{ id: ID.lease, title: 'x' }, { id: ID.oldCar }]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ queued: 2 });
    expect(gateway.writes).toEqual([]);
    timers.advance(1999);
    expect(handle.worker.queueLength).toBe(0);
    timers.advance(1);
    await handle.worker.idle();
    expect(updatedIds(gateway).sort()).toEqual([ID.lease, ID.oldCar]);
  });

  it('rescores the owners of a vehicle named by a vehicle event', async () => {
    const { handle, gateway, timers } = await setup();
    expect((await deliver(handle.url, VEHICLE_HOOK, [{ id: ID.fleetCar, mileage: 10 }])).status).toBe(200);
    timers.advance(2000);
    await handle.worker.idle();
    expect(updatedIds(gateway).sort()).toEqual([ID.fleet, ID.driver].sort());
  });

  it('answers 401 to a wrong or missing signature and queues nothing', async () => {
    const { handle } = await setup();
    const wrong = computeWebhookSignature('[]', 'not-the-secret', CONTACT_HOOK.id);
    expect((await deliver(handle.url, CONTACT_HOOK, [{ id: ID.lease }], wrong)).status).toBe(401);
    expect((await deliver(handle.url, CONTACT_HOOK, [{ id: ID.lease }], null)).status).toBe(401);
    expect(handle.debouncer.size).toBe(0);
  });

  it('answers 400 to a signed body that is not an array of records', async () => {
    const { handle } = await setup();
    const body = '{"id": "x"}';
    const response = await fetch(`${handle.url}/webhooks/espocrm`, {
      method: 'POST', body, headers: { signature: computeWebhookSignature(body, CONTACT_HOOK.secretKey, CONTACT_HOOK.id) },
    });
    expect(response.status).toBe(400);
  });

  it('saves the records in the state file before answering 200, so a crash loses none, and removes them once rescored', async () => {
    const { handle, state, timers } = await setup();
    expect((await deliver(handle.url, CONTACT_HOOK, [{ id: ID.lease }])).status).toBe(200);
    expect((await state.read(KEY)).pending).toEqual({ Contact: [ID.lease], Lead: [], Account: [], AutoCibleVehicle: [] });
    expect((await deliver(handle.url, VEHICLE_HOOK, [{ id: ID.fleetCar }])).status).toBe(200);
    expect((await state.read(KEY)).pending).toEqual({ Contact: [ID.lease], Lead: [], Account: [], AutoCibleVehicle: [ID.fleetCar] });
    timers.advance(2000);
    await handle.worker.idle();
    expect((await state.read(KEY)).pending).toBeUndefined();
  });

  it('answers 503 (EspoCRM delivers again) when the records cannot be saved, and queues nothing', async () => {
    const dir = await tempDir();
    const state = new (class extends ScoreStateStore {
      override update(): Promise<SourceState> {
        return Promise.reject(Object.assign(new Error('read-only'), { code: 'STATE_FILE_INVALID' }));
      }
    })(join(dir, 'state.json'));
    const { handle, warnings } = await setup({ state });
    const response = await deliver(handle.url, CONTACT_HOOK, [{ id: ID.lease }]);
    expect(response.status).toBe(503);
    expect(handle.debouncer.size).toBe(0);
    expect(warnings).toEqual([{ message: 'webhook records not saved', data: { failure: 'STATE_FILE_INVALID' } }]);
  });

  it('answers 404 to a POST to another path and logs it: a webhook registered with that path never reaches serve', async () => {
    const { handle, warnings } = await setup();
    const response = await fetch(`${handle.url}/webhook/espocrm`, { method: 'POST', body: '[]' });
    expect(response.status).toBe(404);
    expect(warnings).toEqual([{ message: 'POST to an unknown path', data: { path: '/webhook/espocrm', webhookPath: '/webhooks/espocrm' } }]);
    expect((await fetch(`${handle.url}/favicon.ico`)).status).toBe(404);
    expect(warnings).toHaveLength(1);
  });

  it('accepts a webhook registered after start by reading the secrets file again', async () => {
    const { handle, webhooksFile } = await setup();
    const late: RegisteredWebhook = { ...CONTACT_HOOK, id: 'w000000000000l0u1', event: 'Lead.create', secretKey: 'late-secret' };
    await writeWebhooks(webhooksFile, { version: 1, webhooks: [CONTACT_HOOK, VEHICLE_HOOK, late] });
    expect((await deliver(handle.url, late, [{ id: ID.lead }])).status).toBe(200);
  });
});

describe('serve: health, schedules and shutdown', () => {
  it('reports status, last run and queue length on /health', async () => {
    const { handle, fired } = await setup();
    expect(await (await fetch(`${handle.url}/health`)).json()).toEqual({ status: 'ok', running: null, lastRun: null, queueLength: 0, pendingRecords: 0 });
    fired.find((f) => f.schedule.mode === 'full')?.fire();
    await handle.worker.idle();
    const health = (await (await fetch(`${handle.url}/health`)).json()) as Record<string, unknown>;
    expect(health.lastRun).toMatchObject({ mode: 'full', ok: true, scored: 5, written: 5 });
  });

  it('starts one timer per configured schedule, nightly full and hourly incremental by default', async () => {
    const { fired } = await setup();
    expect(fired.map((f) => f.schedule)).toEqual([{ cron: '30 2 * * *', mode: 'full' }, { cron: '5 * * * *', mode: 'incremental' }]);
  });

  it('saves the records not rescored yet at shutdown, stops listening, and rescores them after a restart', async () => {
    const first = await setup();
    await deliver(first.handle.url, CONTACT_HOOK, [{ id: ID.lease }]);
    await first.handle.close();
    expect((await first.state.read(KEY)).pending).toMatchObject({ Contact: [ID.lease] });
    await expect(fetch(`${first.handle.url}/health`)).rejects.toThrow();
    expect(first.gateway.writes).toEqual([]);
    const second = await setup({ dir: first.dir, gateway: first.gateway });
    await second.handle.worker.idle();
    expect(updatedIds(first.gateway)).toEqual([ID.lease]);
    expect((await second.state.read(KEY)).pending).toBeUndefined();
  });
});
