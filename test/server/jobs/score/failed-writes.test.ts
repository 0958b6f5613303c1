import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { renderScoreSummary } from '../../../../src/server/cli/commands/score-messages';
import { EspoHttpError, MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, RETRY_LIMIT, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput, ScoreTarget } from '../../../../src/server/jobs/score';
import { ID, jobContext, seed, T0, tempState, TODAY } from './fixtures';

const KEY = 'memory:test';

const refusal = (path: string, status: number): EspoHttpError =>
  new EspoHttpError({ method: 'PATCH', path, url: `http://espo.test/api/v1/${path}`, entityType: path.split('/')[0] ?? null, id: path.split('/')[1] ?? null }, { status, statusReason: null, validation: null, duplicates: [], retryAfterMs: null });

/** A target that refuses the records in `refused` as EspoCRM would a PATCH it cannot save (500), and writes the others. */
function flakyTarget(gateway: MemoryGateway, refused: Set<string>): ScoreTarget {
  return {
    update: async (entityType, id, changed) => {
      if (refused.has(id)) throw refusal(`${entityType}/${id}`, 500);
      await gateway.update(entityType, id, changed);
    },
  };
}

async function setup(extraContacts = 0) {
  const clock = { now: T0 };
  const gateway = new MemoryGateway({ records: seed(extraContacts), now: () => clock.now });
  const state = await tempState();
  const refused = new Set<string>();
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: flakyTarget(gateway, refused), models: DEFAULT_MODELS, today: TODAY, mode: 'full', state };
  const run = (overrides: Partial<ScoreJobInput> = {}) => {
    const ctx = jobContext({ now: () => clock.now });
    return runScoreJob({ ...input, ...overrides }, ctx).then((report) => ({ report, ctx }));
  };
  return { gateway, state, clock, refused, run };
}

describe('records whose score could not be written', () => {
  it('are rescored by the next incremental run though nobody modified them, then forgotten once written', async () => {
    const { gateway, state, clock, refused, run } = await setup();
    refused.add(ID.oldCar);
    const full = await run();
    expect(full.report).toMatchObject({ errors: 2, unwritten: 1 }); // the bad record, and the refused write
    expect(renderScoreSummary(full.report, 'en')).toContain('Not written: 1; the next incremental run (--since) will rescore them and try again.');
    expect(renderScoreSummary(full.report, 'fr')).toContain('Non écrits : 1 ; le prochain passage incrémental (--since) les recalculera et réessaiera.');
    expect(await state.read(KEY)).toEqual({ lastSuccessfulRunAt: T0.toISOString(), models: DEFAULT_MODELS.map((m) => `${m.id}@${m.version}`), retry: { Contact: [ID.oldCar] } });
    // An hour later nobody modified it: the incremental run reads it again all the same, and writes it.
    refused.clear();
    clock.now = new Date('2025-03-15T09:00:00Z');
    const { report, ctx } = await run({ mode: 'incremental' });
    expect(ctx.lines.map((line) => line.id)).toContain(ID.oldCar);
    // A record whose data cannot be scored is not retried: it is read again once someone corrects it.
    expect(report.errors).toBe(0);
    expect((await gateway.get('Contact', ID.oldCar))?.autoCibleScore).toEqual(expect.any(Number));
    expect((await state.read(KEY)).retry).toBeUndefined();
  });

  it('stay remembered while their write keeps failing, and an incremental run writes them once it works', async () => {
    const { state, clock, refused, run } = await setup();
    refused.add(ID.oldCar);
    await run();
    // The first incremental run reads again what the full run wrote (their modifiedAt moved).
    clock.now = new Date('2025-03-15T09:00:00Z');
    await run({ mode: 'incremental' });
    clock.now = new Date('2025-03-15T12:00:00Z');
    const again = await run({ mode: 'incremental' });
    expect(again.ctx.lines.map((line) => line.id)).toEqual([ID.oldCar]);
    expect(again.report.written).toBe(0);
    expect((await state.read(KEY)).retry).toEqual({ Contact: [ID.oldCar] });
    refused.clear();
    clock.now = new Date('2025-03-15T18:00:00Z');
    const fixed = await run({ mode: 'incremental' });
    expect(fixed.ctx.lines.map((line) => line.id)).toEqual([ID.oldCar]);
    expect(fixed.report).toMatchObject({ written: 1, errors: 0 });
    expect((await state.read(KEY)).retry).toBeUndefined();
  });

  it('are kept across an interruption: the resumed run remembers the failures of its first part', async () => {
    const { state, refused, run } = await setup(20);
    refused.add(ID.lease);
    const first = await runScoreJob(
      { source: new GatewaySource(new MemoryGateway({ records: seed(20), now: () => T0 }), KEY), models: DEFAULT_MODELS, today: TODAY, mode: 'full', state, batchSize: 5,
        target: { update: async (_type, id) => { if (id === ID.lease) throw refusal(`Contact/${id}`, 503); } } },
      jobContext({ abortAfter: 1 }),
    );
    expect(first.interrupted).toBe(true);
    expect((await state.read(KEY)).checkpoint?.failed).toEqual({ Contact: [ID.lease] });
    const second = await run({ batchSize: 5 });
    expect(second.report.resumed).toBe(true);
    expect((await state.read(KEY)).retry).toEqual({ Contact: [ID.lease] });
  });

  it('of a targeted run while a full run is paused are kept when it finishes, also for records it had passed', async () => {
    const { gateway, state, refused, run } = await setup(20);
    // A full run stops after its first batch (serve pauses it for webhook records)…
    const first = await runScoreJob(
      { source: new GatewaySource(gateway, KEY), target: flakyTarget(gateway, refused), models: DEFAULT_MODELS, today: TODAY, mode: 'full', state, batchSize: 5 },
      jobContext({ abortAfter: 1, now: () => T0 }),
    );
    expect(first.interrupted).toBe(true);
    const checkpoint = (await state.read(KEY)).checkpoint;
    const passed = Object.entries(checkpoint?.lastIds ?? {}).flatMap(([type, lastId]) =>
      gateway.records(type).map((record) => record.id).filter((id) => id <= (lastId ?? '')).map((id) => ({ type, id })));
    const behind = passed.find((record) => record.type === 'Contact');
    expect(behind).toBeDefined();
    const id = behind?.id ?? '';
    // …a webhook names a contact it had already scored, whose write is refused…
    gateway.insert('Contact', { ...(await gateway.get('Contact', id)), autoCibleLifecycleStage: 'ANCIEN_CLIENT' });
    refused.add(id);
    const targeted = await run({ mode: 'targets', targets: { Contact: [id] } });
    expect(targeted.report.errors).toBe(1);
    // …then the full run continues from its checkpoint and finishes: the contact still waits for its retry.
    const rest = await run({ batchSize: 5 });
    expect(rest.report.resumed).toBe(true);
    expect((await state.read(KEY)).retry?.Contact).toContain(id);
  });

  it('of an unfinished full run are kept by an incremental run that replaces its checkpoint', async () => {
    const { gateway, state, refused, run } = await setup(20);
    await run();
    refused.add(ID.lease);
    // A full run on the next day cannot write a record, then stops (it keeps failing further on)…
    const first = await runScoreJob(
      { source: new GatewaySource(gateway, KEY), target: flakyTarget(gateway, refused), models: DEFAULT_MODELS, today: '2025-06-01', mode: 'full', state, batchSize: 5 },
      jobContext({ abortAfter: 3, now: () => T0 }),
    );
    expect(first.interrupted).toBe(true);
    expect((await state.read(KEY)).checkpoint?.failed?.Contact).toContain(ID.lease);
    // …and an incremental run goes ahead and finishes (the record, not modified, is not among those it reads): the
    // record waits for the next incremental run.
    refused.clear();
    const incremental = await run({ mode: 'incremental' });
    expect(incremental.report.interrupted).toBe(false);
    const after = await state.read(KEY);
    expect(after.checkpoint).toBeUndefined();
    expect(after.retry?.Contact).toContain(ID.lease);
  });

  it('past the limit, are not remembered one by one: the watermark stays (incremental) or goes (full)', async () => {
    const { state, refused, run, gateway } = await setup(RETRY_LIMIT + 1);
    for (const record of gateway.records('Contact')) refused.add(record.id);
    const earlier = { lastSuccessfulRunAt: '2024-12-01T00:00:00.000Z', retry: { Lead: [ID.lead] } };
    await state.update(KEY, () => earlier);
    // Everything was modified since the watermark: the next incremental run will read them all again.
    const incremental = await run({ mode: 'incremental', batchSize: 200 });
    expect(incremental.report.errors).toBeGreaterThan(RETRY_LIMIT);
    expect(await state.read(KEY)).toEqual(earlier);
    // A full run read records the watermark would skip: the next incremental run must read everything.
    const full = await run({ batchSize: 200 });
    expect(full.report.errors).toBeGreaterThan(RETRY_LIMIT);
    expect(await state.read(KEY)).toEqual({});
  });

  it('of a targeted run (a webhook) join the records the next incremental run retries', async () => {
    const { gateway, state, refused, run } = await setup();
    await run();
    // Two customers become former customers: their scores change, one write is refused.
    for (const id of [ID.lease, ID.oldCar]) gateway.insert('Contact', { ...(await gateway.get('Contact', id)), autoCibleLifecycleStage: 'ANCIEN_CLIENT' });
    refused.add(ID.lease);
    const { report } = await run({ mode: 'targets', targets: { Contact: [ID.lease, ID.oldCar] } });
    expect(report).toMatchObject({ written: 1, errors: 1 });
    expect(await state.read(KEY)).toEqual({ lastSuccessfulRunAt: T0.toISOString(), models: DEFAULT_MODELS.map((m) => `${m.id}@${m.version}`), retry: { Contact: [ID.lease] } });
  });

  it('are not recorded, nor is the run, when the target cannot flush its last writes', async () => {
    const { gateway, state, run } = await setup();
    const target: ScoreTarget = {
      update: gateway.update.bind(gateway),
      end: async () => {
        throw new Error('disk full');
      },
    };
    await expect(run({ target })).rejects.toThrow('disk full');
    const saved = await state.read(KEY);
    expect(saved.lastSuccessfulRunAt).toBeUndefined();
    expect(saved.checkpoint?.completed).toEqual(['Contact', 'Lead', 'Account']);
  });
});
