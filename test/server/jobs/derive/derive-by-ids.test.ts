import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isEspoNetworkError } from '../../../../src/server/espo';
import type { EspoGateway } from '../../../../src/server/espo';
import { DERIVE_SELECT } from '../../../../src/server/jobs/derive';
import { deriveVehiclesByIds } from '../../../../src/server/jobs/derive/derive-by-ids';
import { forbidden } from '../../../msw/fake-espo/responses';
import { useMswServer } from '../../../msw/server';
import { rejectionOf } from '../../espo/helpers';
import { deriveHarness, EXPECTED_CHANGES, ID, PERSONAL, seedVehicles, TODAY } from './fixtures';
import type { HarnessOptions } from './fixtures';

const server = useMswServer();

function setup(options: HarnessOptions = {}) {
  const harness = deriveHarness(server, options);
  const derive = (ids: readonly string[], signal = new AbortController().signal) => deriveVehiclesByIds(harness.gateway, ids, TODAY, signal);
  /** The list calls: the ids each named in its `where in id`, and its `select`. */
  const lists = () => harness.fake.requests.filter((r) => r.method === 'GET' && r.path === 'AutoCibleVehicle').map((r) => {
    const query = new URLSearchParams(r.search);
    const select = (query.get('select') ?? '').split(',').sort();
    return { type: query.get('where[0][type]'), attribute: query.get('where[0][attribute]'), ids: query.getAll('where[0][value][]'), select };
  });
  /** Every request but the list calls: the PATCHes, by path. */
  const others = () => harness.fake.requests.filter((r) => !(r.method === 'GET' && r.path === 'AutoCibleVehicle')).map((r) => `${r.method} ${r.path}`);
  return { ...harness, derive, lists, others };
}

describe('deriveVehiclesByIds against the fake EspoCRM', () => {
  it('derives only the vehicles named, writing the fields that differ, and asks nothing about the others', async () => {
    const harness = setup();
    const report = await harness.derive([ID.truck, ID.fresh, ID.upToDate, ID.fresh]);
    expect(report).toEqual({ written: 2, unchanged: 1, errors: [] });
    expect(harness.updates()).toEqual([
      { id: ID.fresh, attributes: EXPECTED_CHANGES[ID.fresh] },
      { id: ID.truck, attributes: EXPECTED_CHANGES[ID.truck] },
    ]);
    // One list call, with the sources and derived fields only: never a plate, a VIN or a name.
    expect(harness.lists()).toEqual([{ type: 'in', attribute: 'id', ids: [ID.fresh, ID.upToDate, ID.truck], select: ['id', ...DERIVE_SELECT].sort() }]);
    expect(harness.others()).toEqual([`PATCH AutoCibleVehicle/${ID.fresh}`, `PATCH AutoCibleVehicle/${ID.truck}`]);
    // The vehicles not named are left as they are, even those the nightly run would write.
    expect(harness.stored(ID.ordered)).toEqual({ category: null, energyFamily: null, nextCtDueDate: null });
    expect(harness.stored(ID.unknown)).toEqual({ category: null, energyFamily: null, nextCtDueDate: null });
  });

  it('writes nothing on a second call: every vehicle is up to date', async () => {
    const harness = setup();
    const ids = [ID.fresh, ID.truck, ID.motorbike, ID.imported];
    expect(await harness.derive(ids)).toEqual({ written: 3, unchanged: 1, errors: [] });
    const patches = harness.patches();
    expect(await harness.derive(ids)).toEqual({ written: 0, unchanged: 4, errors: [] });
    expect(harness.patches()).toBe(patches);
    expect(harness.stored(ID.imported)).toEqual({ category: 'VP', energyFamily: 'ESSENCE', nextCtDueDate: '2027-05-05' });
  });

  it('reports a vehicle whose source cannot be read by id and code, never its plate, VIN or name, and writes the others', async () => {
    const harness = setup();
    const report = await harness.derive([ID.badMec, ID.fresh, ID.ordered]);
    expect(report).toEqual({ written: 2, unchanged: 0, errors: [{ id: ID.badMec, code: 'DERIVE_SOURCE_INVALID' }] });
    expect(harness.updates().map((u) => u.id)).toEqual([ID.fresh, ID.ordered]);
    expect(harness.stored(ID.badMec)).toEqual({ category: null, energyFamily: null, nextCtDueDate: null });
    for (const value of [...Object.values(PERSONAL), '2023-02-30']) expect(JSON.stringify(report)).not.toContain(value);
  });

  it('reports a PATCH EspoCRM refuses with 403 by id, code and status, and writes the others', async () => {
    const harness = setup();
    server.use(http.patch(`${harness.fake.apiUrl}AutoCibleVehicle/${ID.truck}`, () => forbidden('No edit access.')));
    const report = await harness.derive([ID.fresh, ID.truck, ID.ordered]);
    expect(report).toEqual({ written: 2, unchanged: 0, errors: [{ id: ID.truck, code: 'ESPO_HTTP_ERROR', status: 403 }] });
    expect(harness.updates().map((u) => u.id)).toEqual([ID.fresh, ID.ordered]);
    expect(harness.stored(ID.truck).category).toBeNull();
  });

  it('lists more than 50 ids in several queries of 50, in id order; an id EspoCRM no longer holds is just absent', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `w${String(i).padStart(16, '0')}`, genre: 'VP', mecDate: '2024-05-01' }));
    const harness = setup({ vehicles: [...seedVehicles(), ...many] });
    const deleted = 'w9999999999999999';
    const ids = [...many.map((v) => v.id).reverse(), deleted];
    const report = await harness.derive(ids);
    expect(report).toEqual({ written: 120, unchanged: 0, errors: [] });
    const lists = harness.lists();
    expect(lists.map((l) => l.ids.length)).toEqual([50, 50, 21]);
    expect(lists.flatMap((l) => l.ids)).toEqual([...ids].sort());
    expect(harness.updates().map((u) => u.id)).toEqual(many.map((v) => v.id));
  });

  it('throws when a list call fails (EspoCRM out of reach), writing nothing', async () => {
    const harness = setup();
    server.use(http.get(`${harness.fake.apiUrl}AutoCibleVehicle`, () => HttpResponse.error()));
    const error = await rejectionOf(harness.derive([ID.fresh]));
    expect(isEspoNetworkError(error)).toBe(true);
    expect(harness.patches()).toBe(0);
  });

  it('writes the vehicles already listed when the signal aborts meanwhile, and lists no more', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `w${String(i).padStart(16, '0')}`, genre: 'VP', mecDate: '2024-05-01' }));
    const harness = setup({ vehicles: many });
    const controller = new AbortController();
    // Stop requested (serve shutting down) as soon as the first list call has answered.
    const gateway: Pick<EspoGateway, 'iterate' | 'update'> = {
      iterate: async function* iterate(entityType, options) {
        yield* harness.gateway.iterate(entityType, options);
        controller.abort();
      },
      update: (entityType, id, changed, options) => harness.gateway.update(entityType, id, changed, options),
    };
    const report = await deriveVehiclesByIds(gateway, many.map((v) => v.id), TODAY, controller.signal);
    expect(report).toEqual({ written: 50, unchanged: 0, errors: [] });
    expect(harness.lists()).toHaveLength(1);
    expect(harness.updates().map((u) => u.id)).toEqual(many.slice(0, 50).map((v) => v.id));
  });

  it('lists and writes nothing once the signal is aborted', async () => {
    const harness = setup();
    const controller = new AbortController();
    controller.abort();
    expect(await harness.derive([ID.fresh], controller.signal)).toEqual({ written: 0, unchanged: 0, errors: [] });
    expect(harness.fake.requests).toEqual([]);
  });
});
