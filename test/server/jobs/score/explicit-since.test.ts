import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput } from '../../../../src/server/jobs/score';
import { ID, jobContext, seed, T0, tempState, TODAY } from './fixtures';

const KEY = 'memory:since';
const at = (iso: string): Date => new Date(iso);

async function setup() {
  const clock = { now: T0 };
  const gateway = new MemoryGateway({ records: seed(), now: () => clock.now });
  const state = await tempState();
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full', state };
  const run = (overrides: Partial<ScoreJobInput> = {}) => {
    const ctx = jobContext({ now: () => clock.now });
    return runScoreJob({ ...input, ...overrides }, ctx).then((report) => ({ report, ctx }));
  };
  await run();
  clock.now = at('2025-03-15T09:00:00Z');
  await run({ mode: 'incremental' });
  return { gateway, state, clock, run };
}

describe('an incremental run given an explicit --since', () => {
  it('later than the watermark, leaves it where it was: what it did not read is read by the next run', async () => {
    const { gateway, state, clock, run } = await setup();
    // A vehicle edited at 09:30, then an admin checks the edits since 09:55 only.
    const car = await gateway.get('AutoCibleVehicle', ID.leaseCar);
    gateway.insert('AutoCibleVehicle', { ...car, mileage: 190_000, financingMode: null, financingEndDate: null, modifiedAt: '2025-03-15 09:30:00' });
    clock.now = at('2025-03-15T10:00:00Z');
    const checked = await run({ mode: 'incremental', since: at('2025-03-15T09:55:00Z') });
    expect(checked.ctx.lines.map((line) => line.id)).not.toContain(ID.lease);
    expect((await state.read(KEY)).lastSuccessfulRunAt).toBe('2025-03-15T09:00:00.000Z');
    clock.now = at('2025-03-15T11:00:00Z');
    const next = await run({ mode: 'incremental' });
    expect(next.report.since).toBe('2025-03-15T08:58:00.000Z');
    expect(next.ctx.lines.map((line) => line.id)).toContain(ID.lease);
    expect((await state.read(KEY)).lastSuccessfulRunAt).toBe('2025-03-15T11:00:00.000Z');
  });

  it('earlier than the watermark, read all the next run would: the watermark moves to its start', async () => {
    const { state, clock, run } = await setup();
    clock.now = at('2025-03-15T10:00:00Z');
    await run({ mode: 'incremental', since: at('2025-03-15T06:00:00Z') });
    expect((await state.read(KEY)).lastSuccessfulRunAt).toBe('2025-03-15T10:00:00.000Z');
  });
});
