import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { parseScoreReasons } from '../../../../src/core/score-reasons';
import { MemoryGateway } from '../../../../src/server/espo';
import type { MemoryWrite } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput, ScoreTarget } from '../../../../src/server/jobs/score';
import { ID, jobContext, PERSONAL_NAME, seed, T0, tempState, TODAY } from './fixtures';

const KEY = 'memory:test';

function setup(extraContacts = 0, clock: { now: Date } = { now: T0 }) {
  const gateway = new MemoryGateway({ records: seed(extraContacts), now: () => clock.now });
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full' };
  return { gateway, input, clock };
}

const updates = (writes: readonly MemoryWrite[]) => writes.flatMap((w) => (w.kind === 'update' ? [w] : []));

describe('score job on the memory gateway', () => {
  it('writes the six score fields and scoredAt of every scorable record, then nothing on a second run', async () => {
    const { gateway, input } = setup();
    const first = await runScoreJob(input, jobContext());
    expect(first).toMatchObject({ scored: 5, written: 5, unchanged: 0, errors: 1, interrupted: false });
    const written = updates(gateway.writes);
    expect(written.map((w) => w.id).sort()).toEqual([ID.lease, ID.oldCar, ID.driver, ID.lead, ID.fleet].sort());
    expect(Object.keys(written[0]?.changed ?? {}).sort()).toEqual([
      'autoCibleScore', 'autoCibleScoreEngagement', 'autoCibleScoreFit', 'autoCibleScoreGrade', 'autoCibleScoreModel', 'autoCibleScoreReasons',
      'autoCibleScoredAt',
    ]);
    const before = gateway.writes.length;
    const second = await runScoreJob(input, jobContext());
    expect(gateway.writes.length).toBe(before);
    expect(second).toMatchObject({ scored: 5, written: 0, unchanged: 5 });
  });

  it('stores reasons the score panel can read, and the model as id@version', async () => {
    const { gateway, input } = setup();
    await runScoreJob(input, jobContext());
    const record = await gateway.get('Contact', ID.lease);
    expect(record?.autoCibleScoreModel).toBe('b2c-renewal@2025.1.0');
    expect(record?.autoCibleScoredAt).toBe('2025-03-15 08:00:00');
    const parsed = parseScoreReasons(record?.autoCibleScoreReasons);
    const reasons = parsed.status === 'ok' ? parsed.reasons : null;
    expect(reasons?.modelVersion).toBe('2025.1.0');
    expect(reasons?.fired.map((r) => r.rule)).toContain('lease-end-3m');
  });

  it('writes only the fields that changed when a vehicle moves the score', async () => {
    const { gateway, input, clock } = setup();
    await runScoreJob(input, jobContext());
    clock.now = new Date('2025-03-15T10:00:00Z');
    const car = await gateway.get('AutoCibleVehicle', ID.oldCarVehicle);
    gateway.insert('AutoCibleVehicle', { ...car, mileage: 90_000 });
    const before = gateway.writes.length;
    const report = await runScoreJob(input, jobContext({ now: () => clock.now }));
    const written = updates(gateway.writes.slice(before));
    expect(written.map((w) => w.id)).toEqual([ID.oldCar]);
    expect(Object.keys(written[0]?.changed ?? {})).not.toContain('autoCibleScoreModel');
    expect(written[0]?.changed).toMatchObject({ autoCibleScoredAt: '2025-03-15 10:00:00' });
    expect(report).toMatchObject({ written: 1, unchanged: 4 });
  });

  it('reports a bad record by id, code and field, without its personal data, and scores the others', async () => {
    const { input } = setup();
    const report = await runScoreJob(input, jobContext());
    expect(report.badRecords).toEqual([{ entityType: 'Contact', id: ID.bad, reason: 'SCORING_FACT_INVALID', field: 'autoCibleLastInboundContactAt' }]);
    expect(JSON.stringify(report)).not.toContain(PERSONAL_NAME);
    expect(report.perType).toEqual({ Contact: 3, Lead: 1, Account: 1 });
  });

  it('counts a write that fails as an error of that record and writes the others', async () => {
    const { gateway, input } = setup();
    const failing: ScoreTarget = {
      update: async (entityType, id, changed) => {
        if (id === ID.oldCar) throw Object.assign(new Error('HTTP 500'), { code: 'ESPO_HTTP_ERROR', status: 500 });
        await gateway.update(entityType, id, changed);
      },
    };
    const report = await runScoreJob({ ...input, target: failing }, jobContext());
    expect(report.badRecords).toContainEqual({ entityType: 'Contact', id: ID.oldCar, reason: 'ESPO_HTTP_ERROR', status: 500 });
    expect(report).toMatchObject({ written: 4, errors: 2 });
  });

  it('computes and reports in a dry run but writes nothing, not even state', async () => {
    const { gateway, input } = setup();
    const state = await tempState();
    const report = await runScoreJob({ ...input, state }, jobContext({ dryRun: true }));
    expect(report).toMatchObject({ dryRun: true, written: 5 });
    expect(gateway.writes).toEqual([]);
    expect(await state.read(KEY)).toEqual({});
  });

  it('gives the same lines for the same data and day, and date rules move with --today', async () => {
    const a = jobContext({ dryRun: true });
    const b = jobContext({ dryRun: true });
    await runScoreJob(setup().input, a);
    await runScoreJob(setup().input, b);
    expect(b.lines).toEqual(a.lines);
    const later = jobContext({ dryRun: true });
    await runScoreJob({ ...setup().input, today: '2025-06-15' }, later);
    const rules = (lines: typeof a.lines) => lines.find((l) => l.id === ID.lease)?.reasons.map((r) => r.rule);
    expect(rules(a.lines)).toContain('lease-end-3m');
    expect(rules(later.lines)).not.toContain('lease-end-3m');
  });

  it('rescores the owners of the vehicles a targeted run names, and only them', async () => {
    const { input } = setup();
    const ctx = jobContext();
    await runScoreJob({ ...input, mode: 'targets', targets: { AutoCibleVehicle: [ID.fleetCar], Lead: [ID.lead] } }, ctx);
    expect(ctx.lines.map((l) => `${l.entityType}:${l.id}`)).toEqual([`Contact:${ID.driver}`, `Lead:${ID.lead}`, `Account:${ID.fleet}`]);
  });
});
