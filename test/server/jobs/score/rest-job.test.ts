import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { renderScoreSummary } from '../../../../src/server/cli/commands/score-messages';
import { GatewaySource, runScoreJob, SCORE_ATTRIBUTES, SCORED_AT_ATTRIBUTE } from '../../../../src/server/jobs/score';
import type { ScoreJobInput } from '../../../../src/server/jobs/score';
import { useMswServer } from '../../../msw/server';
import { restHarness } from './fake-espo';
import { ID, jobContext, seed, T0, tempState, TODAY } from './fixtures';

const server = useMswServer();

async function setup(extraContacts = 0) {
  const clock = { now: T0 };
  const harness = restHarness(server, seed(extraContacts), () => clock.now);
  const state = await tempState();
  const key = `espo:${harness.fake.baseUrl}`;
  const input: ScoreJobInput = { source: new GatewaySource(harness.gateway, key), target: harness.gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full', state };
  const run = (overrides: Partial<ScoreJobInput> = {}, ctx = jobContext({ now: () => clock.now })) => runScoreJob({ ...input, ...overrides }, ctx).then((report) => ({ report, ctx }));
  return { ...harness, clock, state, key, run };
}

const updates = (fake: ReturnType<typeof restHarness>['fake']) => fake.writes.flatMap((w) => (w.kind === 'update' ? [w] : []));

describe('score job against the fake EspoCRM through the REST gateway', () => {
  it('PATCHes only score fields, once per changed record, and sends no request at all on a second run', async () => {
    const { fake, patches, run } = await setup();
    const first = await run();
    expect(first.report).toMatchObject({ scored: 5, written: 5, errors: 1 });
    expect(updates(fake).map((w) => w.id).sort()).toEqual([ID.lease, ID.oldCar, ID.driver, ID.lead, ID.fleet].sort());
    for (const write of updates(fake)) expect(Object.keys(write.attributes ?? {}).every((k) => k.startsWith('autoCibleScore'))).toBe(true);
    const stored = fake.store.find('Contact', ID.lease);
    expect(stored).toMatchObject({ autoCibleScoreModel: 'b2c-renewal@2025.1.1', autoCibleScoredAt: '2025-03-15 08:00:00' });
    const before = patches();
    const second = await run();
    expect(patches()).toBe(before);
    expect(second.report).toMatchObject({ written: 0, unchanged: 5 });
  });

  it('fetches vehicles and accounts per batch with one `in` query, not one request per record', async () => {
    const { fake, run } = await setup(40);
    await run({ batchSize: 50 });
    const vehicleLists = fake.requests.filter((r) => r.method === 'GET' && r.path === 'AutoCibleVehicle');
    // One per batch of each owner type (Contact, Account).
    expect(vehicleLists).toHaveLength(2);
    expect(decodeURIComponent(vehicleLists[0]?.search ?? '')).toContain('[type]=in&where[0][attribute]=contactId');
  });

  it('rescores in an incremental run only the modified records and the owners of modified vehicles', async () => {
    const { fake, clock, run } = await setup(3);
    await run();
    clock.now = new Date('2025-03-15T09:00:00Z');
    await run({ mode: 'incremental' });
    clock.now = new Date('2025-03-15T10:00:00Z');
    fake.store.put('AutoCibleVehicle', { ...fake.store.find('AutoCibleVehicle', ID.fleetCar), id: ID.fleetCar, financingEndDate: '2025-09-30', modifiedAt: '2025-03-15 10:00:00' });
    fake.store.put('Lead', { ...fake.store.find('Lead', ID.lead), id: ID.lead, autoCibleLifecycleStage: 'PROSPECT', modifiedAt: '2025-03-15 10:00:00' });
    clock.now = new Date('2025-03-15T11:00:00Z');
    const { ctx } = await run({ mode: 'incremental' });
    expect(ctx.lines.map((l) => `${l.entityType}:${l.id}`)).toEqual([`Contact:${ID.driver}`, `Lead:${ID.lead}`, `Account:${ID.fleet}`]);
  });

  it('continues an interrupted run where it stopped, with no record written twice', async () => {
    const { fake, key, state, run } = await setup(12);
    const first = await run({ batchSize: 4 }, jobContext({ now: () => T0, abortAfter: 1 }));
    expect(first.report.interrupted).toBe(true);
    // The first batch is the four lowest ids; the last of them is the bad record, skipped but processed.
    expect(first.ctx.lines).toHaveLength(3);
    expect((await state.read(key)).checkpoint?.lastIds.Contact).toBe(ID.bad);
    const second = await run({ batchSize: 4 });
    expect(second.report).toMatchObject({ resumed: true, interrupted: false });
    const ids = updates(fake).map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(12 + 3 + 1 + 1);
  });

  it('counts a score EspoCRM answered without storing (a role that may not edit the field) as not written, names the field and keeps it for a retry', async () => {
    const clock = { now: T0 };
    const harness = restHarness(server, seed(), () => clock.now, { Contact: { autoCibleScore: { edit: 'no' } } });
    const state = await tempState();
    const key = `espo:${harness.fake.baseUrl}`;
    const ctx = jobContext({ now: () => clock.now });
    const report = await runScoreJob({ source: new GatewaySource(harness.gateway, key), target: harness.gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full', state }, ctx);
    const contacts = [ID.lease, ID.oldCar, ID.driver];
    expect(report).toMatchObject({ written: 2, unwritten: contacts.length });
    const refused = report.badRecords.filter((bad) => bad.reason === 'ESPO_FIELDS_NOT_STORED');
    expect(refused.map((bad) => bad.id).sort()).toEqual([...contacts].sort());
    expect(refused[0]).toMatchObject({ entityType: 'Contact', field: 'autoCibleScore' });
    expect(renderScoreSummary(report, 'fr').join('\n')).toContain('ESPO_FIELDS_NOT_STORED (autoCibleScore) — EspoCRM a répondu sans enregistrer ces champs');
    expect(renderScoreSummary(report, 'en').join('\n')).toContain('the API user’s role must be allowed to edit them');
    expect((await state.read(key)).retry?.Contact?.slice().sort()).toEqual([...contacts].sort());
  });
});


describe('score job PATCH bodies through the REST gateway', () => {
  it('PATCHes exactly the score fields a vehicle change moved, plus autoCibleScoredAt', async () => {
    const { fake, clock, run } = await setup();
    await run();
    const before: Readonly<Record<string, unknown>> = { ...fake.store.find('Contact', ID.oldCar) };
    clock.now = new Date('2025-03-15T10:00:00Z');
    // Under 100 000 km the mileage rule stops firing: score, fit and reasons move; engagement, grade and model stay.
    fake.store.put('AutoCibleVehicle', { ...fake.store.find('AutoCibleVehicle', ID.oldCarVehicle), id: ID.oldCarVehicle, mileage: 90_000, modifiedAt: '2025-03-15 10:00:00' });
    const writesBefore = updates(fake).length;
    const { report } = await run();
    const after: Readonly<Record<string, unknown>> = fake.store.find('Contact', ID.oldCar) ?? {};
    const patched = updates(fake).slice(writesBefore);
    expect(patched.map((w) => w.id)).toEqual([ID.oldCar]);
    const moved = SCORE_ATTRIBUTES.filter((attribute) => JSON.stringify(after[attribute]) !== JSON.stringify(before[attribute]));
    // Some fields moved and some did not: a body with all six would not pass for "only the changed ones".
    expect(moved).toContain('autoCibleScoreFit');
    expect(moved.length).toBeLessThan(SCORE_ATTRIBUTES.length);
    expect(Object.keys(patched[0]?.attributes ?? {}).sort()).toEqual([...moved, SCORED_AT_ATTRIBUTE].sort());
    expect(patched[0]?.attributes).toMatchObject({ autoCibleScoredAt: '2025-03-15 10:00:00' });
    expect(report).toMatchObject({ written: 1, unchanged: 4 });
  });
});
