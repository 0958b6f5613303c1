import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput, ScoreSource } from '../../../../src/server/jobs/score';
import type { ScoredType } from '../../../../src/server/state';
import { ID, jobContext, plainLeads, seed, T0, tempState, TODAY } from './fixtures';

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
    expect(await state.read(KEY)).toEqual({ lastSuccessfulRunAt: T0.toISOString(), models: DEFAULT_MODELS.map((m) => `${m.id}@${m.version}`) });
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

/** What a run read: one entry per `batches` call, with the checkpoint it continued after and the ids it got. */
interface Read {
  readonly type: ScoredType;
  readonly after: string | null;
  readonly ids: string[];
}

/** `inner`, recording every `batches` call. */
function recordingSource(inner: ScoreSource): { source: ScoreSource; reads: Read[] } {
  const reads: Read[] = [];
  const source: ScoreSource = {
    key: inner.key,
    vehicleOwners: async (query, signal) => inner.vehicleOwners(query, signal),
    linkedRecords: async (query, signal) => inner.linkedRecords(query, signal),
    async *batches(type, plan, signal) {
      const read: Read = { type, after: plan.after, ids: [] };
      reads.push(read);
      for await (const batch of inner.batches(type, plan, signal)) {
        read.ids.push(...batch.items.map((item) => item.id));
        yield batch;
      }
    },
  };
  return { source, reads };
}

describe('a resumed run continues after the checkpoint instead of starting over', () => {
  async function resumable(extraContacts: number, extraLeads: number) {
    const records = seed(extraContacts);
    records.Lead.push(...plainLeads(extraLeads));
    const gateway = new MemoryGateway({ records, now: () => T0 });
    const state = await tempState();
    const run = async (abortAfter?: number) => {
      const { source, reads } = recordingSource(new GatewaySource(gateway, KEY));
      const ctx = jobContext({ now: () => T0, ...(abortAfter === undefined ? {} : { abortAfter }) });
      const report = await runScoreJob({ source, target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full', state, batchSize: 5 }, ctx);
      return { report, ids: ctx.lines.map((l) => l.id), reads };
    };
    // Every record with a line in a complete run: all but the bad contact.
    const scorable = [...records.Contact, ...records.Lead, ...records.Account].map((r) => r.id).filter((id) => id !== ID.bad);
    return { run, scorable, state };
  }

  it('interrupted among Contacts: the resumed run emits only ids the first run did not, exactly the rest of them', async () => {
    const { run, scorable, state } = await resumable(20, 0);
    const first = await run(1);
    expect(first.report).toMatchObject({ interrupted: true, resumed: false });
    expect(first.ids).toHaveLength(4);
    const checkpoint = (await state.read(KEY)).checkpoint?.lastIds.Contact;
    const second = await run();
    expect(second.ids.filter((id) => first.ids.includes(id)), 'ids emitted by both runs').toEqual([]);
    expect(second.ids).toHaveLength(scorable.length - first.ids.length);
    expect([...first.ids, ...second.ids].sort()).toEqual([...scorable].sort());
    expect(second.report).toMatchObject({ interrupted: false, resumed: true, scored: scorable.length - first.ids.length });
    // The Contacts are read again from the checkpoint on: none the first run already read (the bad one included).
    const contactReads = second.reads.filter((r) => r.type === 'Contact');
    expect(contactReads.map((r) => r.after)).toEqual([checkpoint]);
    const readBefore = first.reads.filter((r) => r.type === 'Contact').flatMap((r) => r.ids);
    expect(contactReads.flatMap((r) => r.ids).filter((id) => readBefore.includes(id))).toEqual([]);
  });

  it('interrupted among Leads: Contacts, completed before, are not read again, and no Lead line repeats', async () => {
    // 7 contacts (6 scorable) in batches of 5, then 9 leads: the first Lead batch takes the run past 7 lines.
    const { run, scorable, state } = await resumable(3, 8);
    const first = await run(7);
    expect(first.report).toMatchObject({ interrupted: true, perType: { Contact: 6, Lead: 5, Account: 0 } });
    expect((await state.read(KEY)).checkpoint?.completed).toEqual(['Contact']);
    const second = await run();
    expect(second.reads.filter((r) => r.type === 'Contact'), 'Contact batches read again').toEqual([]);
    expect(second.ids.filter((id) => first.ids.includes(id)), 'ids emitted by both runs').toEqual([]);
    expect(second.ids).toHaveLength(scorable.length - first.ids.length);
    expect([...first.ids, ...second.ids].sort()).toEqual([...scorable].sort());
    expect(second.reads.map((r) => r.type)).toEqual(['Lead', 'Account']);
    expect(second.report).toMatchObject({ interrupted: false, resumed: true, perType: { Contact: 0, Lead: 4, Account: 1 } });
  });
});
