import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS, validateScoringModel } from '../../../../src/core/scoring';
import type { ScoringModel } from '../../../../src/core/scoring';
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
    expect(record?.autoCibleScoreModel).toBe('b2c-renewal@2025.1.1');
    expect(record?.autoCibleScoredAt).toBe('2025-03-15 08:00:00');
    const parsed = parseScoreReasons(record?.autoCibleScoreReasons);
    const reasons = parsed.status === 'ok' ? parsed.reasons : null;
    expect(reasons?.modelVersion).toBe('2025.1.1');
    expect(reasons?.fired.map((r) => r.rule)).toContain('lease-end-3m');
  });

  it('stores the words of the codes a rule saw, for the panel’s "value seen" column', async () => {
    const { gateway, input } = setup();
    await runScoreJob(input, jobContext());
    const parsed = parseScoreReasons((await gateway.get('Account', ID.fleet))?.autoCibleScoreReasons);
    const fired = parsed.status === 'ok' ? parsed.reasons.fired : [];
    const byRule = new Map(fired.map((r) => [r.rule, r]));
    expect(byRule.get('decision-maker')).toMatchObject({ value: ['RESP_PARC'], valueLabel: { fr: 'Responsable ou gestionnaire de parc', en: 'Fleet manager' } });
    expect(byRule.get('fleet-10-49')).toMatchObject({ value: 'F10_49', valueLabel: { fr: '10 à 49 véhicules (flotte moyenne)' } });
    // A date and a number are left to the panel, which writes them in the user's format.
    expect(byRule.get('lease-end-3m')).not.toHaveProperty('valueLabel');
    expect(byRule.get('vul-share-50')).not.toHaveProperty('valueLabel');
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

/**
 * A model whose caps, floors and ceilings the seed's records reach: the customer with a lease goes over the fit
 * group's cap and then over 100, the lead (no vehicle, a recent request) under 0 on fit and over the engagement
 * group's cap, the fleet account over 100 on engagement.
 */
const ADJUSTED_MODEL: ScoringModel = validateScoringModel({
  id: 'adjusted', version: '1', name: { fr: 'Ajusté', en: 'Adjusted' },
  appliesTo: { customerKinds: ['PARTICULIER', 'PROFESSIONNEL'], entityTypes: ['Contact', 'Lead', 'Account'] },
  grades: { A: 70, B: 50, C: 30 }, combine: { fitWeight: 50, engagementWeight: 50 }, decay: { halfLifeDays: 90 },
  groups: [
    { id: 'relationship', label: { fr: 'Relation', en: 'Relationship' }, cap: 70 },
    { id: 'requests', label: { fr: 'Demandes', en: 'Requests' }, cap: 30 },
  ],
  rules: [
    { id: 'customer', axis: 'fit', group: 'relationship', points: 60, when: { fact: 'autoCibleLifecycleStage', operator: 'equals', value: 'CLIENT' }, reason: { fr: 'Client', en: 'Customer' } },
    { id: 'car-2y', axis: 'fit', group: 'relationship', points: 50, when: { fact: 'oldestVehicleMecDate', operator: 'olderThanYears', value: 2 }, reason: { fr: 'Véhicule de 2 ans', en: '2-year-old car' } },
    { id: 'mileage', axis: 'fit', points: 60, when: { fact: 'maxVehicleMileage', operator: 'greaterThanOrEquals', value: 100_000 }, reason: { fr: 'Kilométrage', en: 'Mileage' } },
    { id: 'no-vehicle', axis: 'fit', points: -20, when: { fact: 'oldestVehicleMecDate', operator: 'isEmpty' }, reason: { fr: 'Sans véhicule', en: 'No vehicle' } },
    { id: 'request', axis: 'engagement', group: 'requests', points: 50, when: { fact: 'lastInboundContactDate', operator: 'withinLastDays', value: 30 }, reason: { fr: 'Demande', en: 'Request' } },
    { id: 'fleet', axis: 'engagement', points: 120, when: { fact: 'fleetSize', operator: 'greaterThan', value: 10 }, reason: { fr: 'Flotte', en: 'Fleet' } },
  ],
});

interface Pointed {
  readonly rule: string;
  readonly axis: string;
  readonly points: number;
}

const axisSum = (reasons: readonly Pointed[], axis: string): number => reasons.filter((r) => r.axis === axis).reduce((sum, r) => sum + r.points, 0);

describe('score job reasons with caps, floors and ceilings', () => {
  it('adds up, per axis, to fit and engagement in every line and in every record\'s stored reasons, adjustments included', async () => {
    const { gateway, input } = setup();
    const ctx = jobContext();
    const report = await runScoreJob({ ...input, models: [ADJUSTED_MODEL] }, ctx);
    expect(report).toMatchObject({ scored: 5, written: 5 });
    const rules = (id: string): string[] => ctx.lines.find((l) => l.id === id)?.reasons.map((r) => r.rule) ?? [];
    // The data reaches every kind of adjustment.
    expect(rules(ID.lease)).toEqual(expect.arrayContaining(['cap:relationship', 'ceiling:fit']));
    expect(rules(ID.lead)).toEqual(expect.arrayContaining(['cap:requests', 'floor:fit']));
    expect(rules(ID.fleet)).toContain('ceiling:engagement');
    for (const line of ctx.lines) {
      expect(axisSum(line.reasons, 'fit'), `${line.id} line fit`).toBe(line.fit);
      expect(axisSum(line.reasons, 'engagement'), `${line.id} line engagement`).toBe(line.engagement);
      const record = await gateway.get(line.entityType, line.id);
      const parsed = parseScoreReasons(record?.autoCibleScoreReasons);
      if (parsed.status !== 'ok') throw new Error(`${line.id}: stored reasons unreadable (${parsed.error.problem})`);
      const stored = parsed.reasons.fired;
      expect(record).toMatchObject({ autoCibleScoreFit: line.fit, autoCibleScoreEngagement: line.engagement });
      expect(axisSum(stored, 'fit'), `${line.id} stored fit`).toBe(line.fit);
      expect(axisSum(stored, 'engagement'), `${line.id} stored engagement`).toBe(line.engagement);
      expect(stored.map((r) => r.rule), `${line.id} stored reasons`).toEqual(line.reasons.map((r) => r.rule));
    }
    const lease = parseScoreReasons((await gateway.get('Contact', ID.lease))?.autoCibleScoreReasons);
    expect(lease.status === 'ok' ? lease.reasons.fired.find((r) => r.rule === 'cap:relationship') : undefined).toMatchObject({ axis: 'fit', points: -40 });
  });
});

describe('a bad record anywhere in a batch', () => {
  /** A second bad contact, whose id sorts before every other: the first record of the run. */
  const FIRST_BAD = 'c0000000000000000';

  // Contacts in id order: FIRST_BAD, lease, oldCar, driver, bad, then 3 plain ones. Batches of 4: [FIRST_BAD, …],
  // [bad, plain…]: each bad record opens its batch. Of 3: bad is the second of [driver, bad, plain]. Of 50: all in one.
  it.each([4, 3, 50])('with batches of %i, every other record is scored, written and has a line', async (batchSize) => {
    const { gateway, input } = setup(3);
    const lease = await gateway.get('Contact', ID.lease);
    gateway.insert('Contact', { ...lease, id: FIRST_BAD, autoCibleLastInboundContactAt: 'not-a-date' });
    const ctx = jobContext();
    const report = await runScoreJob({ ...input, batchSize }, ctx);
    const expected = [ID.lease, ID.oldCar, ID.driver, ...seed(3).Contact.slice(4).map((c) => c.id), ID.lead, ID.fleet].sort();
    expect(ctx.lines.map((l) => l.id).sort()).toEqual(expected);
    expect(updates(gateway.writes).map((w) => w.id).sort()).toEqual(expected);
    expect(report.badRecords.map((b) => b.id).sort()).toEqual([FIRST_BAD, ID.bad].sort());
    expect(report).toMatchObject({ scored: expected.length, written: expected.length, errors: 2 });
  });
});
