import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../src/core/scoring';
import { computeWebhookSignature, EspoNetworkError, MemoryGateway } from '../../../src/server/espo';
import type { EspoGateway } from '../../../src/server/espo';
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

type Vehicles = Pick<EspoGateway, 'iterate' | 'update'>;

async function setup(options: { dir?: string; gateway?: MemoryGateway; state?: ScoreStateStore; vehicles?: Vehicles } = {}) {
  const dir = options.dir ?? (await tempDir());
  const webhooksFile = join(dir, 'webhooks.json');
  if (options.dir === undefined) await writeWebhooks(webhooksFile, { version: 1, webhooks: [CONTACT_HOOK, VEHICLE_HOOK] });
  const gateway = options.gateway ?? new MemoryGateway({ records: seed(), now: () => T0 });
  const timers = new ManualTimers();
  const fired: { schedule: Schedule; fire: () => void }[] = [];
  const state = options.state ?? new ScoreStateStore(join(dir, 'state.json'));
  const warnings: { message: string; data: unknown }[] = [];
  const infos: { message: string; data: unknown }[] = [];
  const handle = await startServe({
    config: ServeConfigSchema.parse({ port: 0, timezone: 'UTC' }), source: new GatewaySource(gateway, KEY), target: gateway,
    models: DEFAULT_MODELS, state, webhooksFile, now: () => T0, timers,
    log: { info: (message, data) => void infos.push({ message, data }), warn: (message, data) => void warnings.push({ message, data }) },
    schedule: (schedule, _zone, fire) => {
      fired.push({ schedule, fire });
      return { stop: () => undefined };
    },
    ...(options.vehicles === undefined ? {} : { vehicles: options.vehicles }),
  });
  handles.push(handle);
  return { dir, gateway, timers, fired, state, handle, webhooksFile, warnings, infos };
}

function deliver(url: string, hook: RegisteredWebhook, items: readonly Record<string, unknown>[], signature?: string | null): Promise<Response> {
  const body = JSON.stringify(items);
  const sign = signature === undefined ? computeWebhookSignature(body, hook.secretKey, hook.id) : signature;
  return fetch(`${url}/webhooks/espocrm`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...(sign === null ? {} : { signature: sign }) } });
}

const updatedIds = (gateway: MemoryGateway): string[] => gateway.writes.flatMap((w) => (w.kind === 'update' ? [w.id] : []));

/** The seed, with the fleet's van entered by a rep: its J.1 genre set, its category not derived yet. */
function gatewayWithNewVan(): MemoryGateway {
  const records = seed();
  records.AutoCibleVehicle = records.AutoCibleVehicle.map((vehicle) => (vehicle.id === ID.fleetCar ? { ...vehicle, genre: 'CTTE', category: null } : vehicle));
  return new MemoryGateway({ records, now: () => T0 });
}

/** The gateway, except that listing vehicles by id fails as an EspoCRM out of reach would. */
function unreachableForVehicles(gateway: MemoryGateway): Vehicles {
  const request = { method: 'GET' as const, path: 'AutoCibleVehicle', url: 'http://espo.test/api/v1/AutoCibleVehicle', entityType: 'AutoCibleVehicle', id: null };
  return {
    iterate: (entityType, options) => {
      if (entityType !== 'AutoCibleVehicle' || options.where === undefined) return gateway.iterate(entityType, options);
      return (async function* fails() {
        yield* [];
        throw new EspoNetworkError(request, 'ECONNREFUSED', new Error('connect ECONNREFUSED'));
      })();
    },
    update: (entityType, id, changed, callOptions) => gateway.update(entityType, id, changed, callOptions),
  };
}

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

  it('derives a vehicle named by a vehicle event (changed fields only) before rescoring its owners', async () => {
    const gateway = gatewayWithNewVan();
    const { handle, timers, infos, warnings } = await setup({ gateway, vehicles: gateway });
    expect((await deliver(handle.url, VEHICLE_HOOK, [{ id: ID.fleetCar, genre: 'CTTE' }])).status).toBe(200);
    timers.advance(2000);
    await handle.worker.idle();
    // CTTE is a VUL; MEC 2021-05-03 + 4 years is after T0's day (2025-03-15).
    const [derived, ...scored] = gateway.writes.filter((w) => w.kind === 'update');
    expect(derived).toEqual({ kind: 'update', entityType: 'AutoCibleVehicle', id: ID.fleetCar, changed: { category: 'VUL', nextCtDueDate: '2025-05-03' } });
    expect(scored.map((w) => (w.kind === 'update' ? w.id : '')).sort()).toEqual([ID.fleet, ID.driver].sort());
    expect(await gateway.get('AutoCibleVehicle', ID.fleetCar)).toMatchObject({ genre: 'CTTE', category: 'VUL', nextCtDueDate: '2025-05-03' });
    expect(infos).toContainEqual({ message: 'vehicles derived', data: { written: 1, unchanged: 0, errors: 0 } });
    expect(warnings).toEqual([]);
  });

  it('derives no vehicle when serve is given none to derive: the nightly derive does it', async () => {
    const gateway = gatewayWithNewVan();
    const { handle, timers, infos } = await setup({ gateway });
    expect((await deliver(handle.url, VEHICLE_HOOK, [{ id: ID.fleetCar, genre: 'CTTE' }])).status).toBe(200);
    timers.advance(2000);
    await handle.worker.idle();
    expect(updatedIds(gateway).sort()).toEqual([ID.fleet, ID.driver].sort());
    expect((await gateway.get('AutoCibleVehicle', ID.fleetCar))?.category).toBeNull();
    expect(infos.map((i) => i.message)).not.toContain('vehicles derived');
  });

  it('logs a derivation that fails and still rescores the owners of the vehicle', async () => {
    const gateway = gatewayWithNewVan();
    const { handle, timers, warnings } = await setup({ gateway, vehicles: unreachableForVehicles(gateway) });
    expect((await deliver(handle.url, VEHICLE_HOOK, [{ id: ID.fleetCar }])).status).toBe(200);
    timers.advance(2000);
    await handle.worker.idle();
    expect(warnings).toEqual([{ message: 'vehicles not derived', data: { code: 'ESPO_NETWORK_ERROR' } }]);
    expect(updatedIds(gateway).sort()).toEqual([ID.fleet, ID.driver].sort());
    expect(handle.worker.lastRun).toMatchObject({ mode: 'targets', ok: true });
  });

  it('logs how many vehicles could not be derived and why (never an id), and still rescores their owners', async () => {
    const records = seed();
    records.AutoCibleVehicle = records.AutoCibleVehicle.map((vehicle) => (vehicle.id === ID.fleetCar ? { ...vehicle, genre: 'XX' } : vehicle));
    const gateway = new MemoryGateway({ records, now: () => T0 });
    const { handle, timers, warnings } = await setup({ gateway, vehicles: gateway });
    expect((await deliver(handle.url, VEHICLE_HOOK, [{ id: ID.fleetCar }])).status).toBe(200);
    timers.advance(2000);
    await handle.worker.idle();
    expect(warnings).toEqual([{ message: 'vehicles not derived', data: { code: 'DERIVE_SOURCE_INVALID', vehicles: 1 } }]);
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
