import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import type { ScoringModel } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput } from '../../../../src/server/jobs/score';
import { jobContext, seed, T0, tempState, TODAY } from './fixtures';

const KEY = 'memory:test';

/** The default models with the B2B one given another version (its rules unchanged). */
const bumped = (version: string): ScoringModel[] => DEFAULT_MODELS.map((model) => (model.id === 'b2b-fleet' ? { ...model, version } : model));

async function setup() {
  const clock = { now: T0 };
  const gateway = new MemoryGateway({ records: seed(3), now: () => clock.now });
  const state = await tempState();
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full', state };
  const run = (overrides: Partial<ScoreJobInput> = {}) => {
    const ctx = jobContext({ now: () => clock.now });
    return runScoreJob({ ...input, ...overrides }, ctx).then((report) => ({ report, ctx }));
  };
  return { clock, state, run };
}

describe('an incremental run after the models changed (domain.md §3.5: a new version recomputes every score)', () => {
  it('rescores every record, says why, and records the new models; the next incremental run reads the modified ones only again', async () => {
    const { clock, state, run } = await setup();
    const full = await run();
    expect((await state.read(KEY)).models).toEqual(['b2b-fleet@2025.2.1', 'b2c-renewal@2025.1.1']);
    clock.now = new Date('2025-03-15T09:00:00Z');
    await run({ mode: 'incremental' });
    clock.now = new Date('2025-03-15T10:00:00Z');
    const quiet = await run({ mode: 'incremental' });
    expect(quiet.report).toMatchObject({ scored: 0, modelChange: null });
    clock.now = new Date('2025-03-15T11:00:00Z');
    const changed = await run({ mode: 'incremental', models: bumped('2025.3.0') });
    expect(changed.report.scored).toBe(full.report.scored);
    expect(changed.report.modelChange).toEqual({ from: ['b2b-fleet@2025.2.1', 'b2c-renewal@2025.1.1'], to: ['b2b-fleet@2025.3.0', 'b2c-renewal@2025.1.1'] });
    expect(changed.report.written).toBeGreaterThan(0);
    expect((await state.read(KEY)).models).toEqual(['b2b-fleet@2025.3.0', 'b2c-renewal@2025.1.1']);
    clock.now = new Date('2025-03-15T12:00:00Z');
    await run({ mode: 'incremental', models: bumped('2025.3.0') });
    clock.now = new Date('2025-03-15T13:00:00Z');
    const after = await run({ mode: 'incremental', models: bumped('2025.3.0') });
    expect(after.report).toMatchObject({ scored: 0, modelChange: null });
  });

  it('overrides an explicit --since too, and leaves a state without models (written before they were kept) alone', async () => {
    const { clock, state, run } = await setup();
    const full = await run();
    clock.now = new Date('2025-03-15T09:00:00Z');
    const explicit = await run({ mode: 'incremental', since: new Date('2025-03-15T08:59:00Z'), models: bumped('2025.3.0') });
    expect(explicit.report).toMatchObject({ scored: full.report.scored, since: null });
    await state.update(KEY, ({ models: _models, ...rest }) => rest);
    // Without the models of the last run nothing says they changed: the run reads what was modified since, as before.
    clock.now = new Date('2025-03-15T10:00:00Z');
    const unknown = await run({ mode: 'incremental', models: bumped('2025.4.0') });
    expect(unknown.report).toMatchObject({ modelChange: null, since: '2025-03-15T08:58:00.000Z' });
  });
});
