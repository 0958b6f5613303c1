import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput } from '../../../../src/server/jobs/score';
import { ID, jobContext, seed, T0, tempState, TODAY } from './fixtures';

const KEY = 'memory:test';
const at = (iso: string): Date => new Date(iso);

async function setup(extraContacts = 0) {
  const clock = { now: T0 };
  const gateway = new MemoryGateway({ records: seed(extraContacts), now: () => clock.now });
  const state = await tempState();
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full', state };
  const run = (overrides: Partial<ScoreJobInput> = {}, ctx = jobContext({ now: () => clock.now })) => runScoreJob({ ...input, ...overrides }, ctx).then((report) => ({ report, ctx }));
  return { gateway, state, clock, run };
}

const updatedIds = (gateway: MemoryGateway): string[] => gateway.writes.flatMap((w) => (w.kind === 'update' ? [w.id] : []));

describe('incremental score runs', () => {
  it('rescores only records modified since the last successful run and the owners of modified vehicles', async () => {
    const { gateway, state, clock, run } = await setup(6);
    await run();
    expect((await state.read(KEY)).lastSuccessfulRunAt).toBe(T0.toISOString());
    // The first incremental run reads again what the full run wrote (its modifiedAt moved) and writes nothing.
    clock.now = at('2025-03-15T09:00:00Z');
    const settle = await run({ mode: 'incremental' });
    expect(settle.report.written).toBe(0);
    clock.now = at('2025-03-15T10:00:00Z');
    const person = await gateway.get('Contact', ID.oldCar);
    gateway.insert('Contact', { ...person, autoCibleLifecycleStage: 'CLIENT', modifiedAt: '2025-03-15 10:00:00' });
    const car = await gateway.get('AutoCibleVehicle', ID.leaseCar);
    gateway.insert('AutoCibleVehicle', { ...car, mileage: 155_000, modifiedAt: '2025-03-15 10:00:00' });
    clock.now = at('2025-03-15T11:00:00Z');
    const { report, ctx } = await run({ mode: 'incremental' });
    expect(ctx.lines.map((l) => l.id)).toEqual([ID.lease, ID.oldCar]);
    // The last successful start (09:00) less the margin for the two clocks and in-flight saves.
    expect(report).toMatchObject({ mode: 'incremental', since: '2025-03-15T08:58:00.000Z', scored: 2, written: 2 });
  });

  it('reads again a record saved just before the last run started, by EspoCRM\'s clock', async () => {
    const { gateway, clock, run } = await setup();
    await run();
    clock.now = at('2025-03-15T09:00:00Z');
    await run({ mode: 'incremental' });
    // Saved at 08:59:30 on the host, committed after this machine's 09:00:00 start: the 09:00 run could not see it.
    const person = await gateway.get('Contact', ID.oldCar);
    gateway.insert('Contact', { ...person, autoCibleLifecycleStage: 'CLIENT', modifiedAt: '2025-03-15 08:59:30' });
    clock.now = at('2025-03-15T10:00:00Z');
    const { ctx } = await run({ mode: 'incremental' });
    expect(ctx.lines.map((l) => l.id)).toContain(ID.oldCar);
  });

  it('rescores everything when no run ever succeeded', async () => {
    const { run } = await setup();
    const { report } = await run({ mode: 'incremental' });
    expect(report).toMatchObject({ since: null, scored: 5 });
  });
});

describe('interrupted score runs', () => {
  it('stop after the current batch, save a checkpoint, and a rerun finishes without scoring a record twice', async () => {
    const { gateway, state, run } = await setup(20);
    const first = await run({ batchSize: 5 }, jobContext({ now: () => T0, abortAfter: 1 }));
    expect(first.report).toMatchObject({ interrupted: true, resumed: false });
    // The first batch holds 5 contacts, the bad one among them: 4 scored and written.
    expect(first.ctx.lines).toHaveLength(4);
    const checkpoint = (await state.read(KEY)).checkpoint;
    expect(checkpoint?.lastIds.Contact).toBe(first.ctx.lines.at(-1)?.id);
    expect((await state.read(KEY)).lastSuccessfulRunAt).toBeUndefined();
    const second = await run({ batchSize: 5 });
    expect(second.report).toMatchObject({ interrupted: false, resumed: true });
    const written = updatedIds(gateway);
    expect(new Set(written).size).toBe(written.length);
    expect(written).toHaveLength(20 + 3 + 1 + 1);
    expect(await state.read(KEY)).toEqual({ lastSuccessfulRunAt: T0.toISOString() });
  });

  it('end as interrupted, scoring nothing, when the signal fires while the first page is read', async () => {
    const { gateway, state, run } = await setup();
    const controller = new AbortController();
    controller.abort();
    const { report } = await run({}, jobContext({ signal: controller.signal }));
    expect(report).toMatchObject({ interrupted: true, scored: 0 });
    expect(gateway.writes).toEqual([]);
    expect((await state.read(KEY)).lastSuccessfulRunAt).toBeUndefined();
  });

  it('tell their target, before its first write, whether they continue an interrupted run', async () => {
    const { gateway, run } = await setup(20);
    const begun: boolean[] = [];
    const target = { update: gateway.update.bind(gateway), begin: async ({ resumed }: { resumed: boolean }) => void begun.push(resumed) };
    await run({ batchSize: 5, target }, jobContext({ now: () => T0, abortAfter: 1 }));
    await run({ batchSize: 5, target });
    expect(begun).toEqual([false, true]);
  });

  it('start over instead of resuming when the day or the mode differs', async () => {
    const { run } = await setup(20);
    await run({ batchSize: 5 }, jobContext({ now: () => T0, abortAfter: 1 }));
    const otherDay = await run({ batchSize: 5, today: '2025-03-16' });
    expect(otherDay.report).toMatchObject({ resumed: false, interrupted: false, scored: 25 });
  });
});
