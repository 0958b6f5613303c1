import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import type { ScoreJobInput } from '../../../../src/server/jobs/score';
import { jobContext, seed, T0, tempState, TODAY } from './fixtures';

const KEY = 'memory:full-due';

async function runWithDue(fullRunDueSince: string, mode: 'full' | 'incremental') {
  const gateway = new MemoryGateway({ records: seed(), now: () => T0 });
  const state = await tempState();
  await state.update(KEY, () => ({ lastSuccessfulRunAt: '2025-03-14T08:00:00.000Z', fullRunDueSince }));
  const input: ScoreJobInput = { source: new GatewaySource(gateway, KEY), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode, state };
  await runScoreJob(input, jobContext());
  return (await state.read(KEY)).fullRunDueSince;
}

describe('the full run serve’s schedule asked for (fullRunDueSince)', () => {
  it('is done once a full run started since then completes', async () => {
    expect(await runWithDue(T0.toISOString(), 'full')).toBeUndefined();
    expect(await runWithDue('2025-03-15T02:30:00.000Z', 'full')).toBeUndefined();
  });

  it('is still due after a full run that started before it was asked for, or after an incremental run', async () => {
    expect(await runWithDue('2025-03-15T08:00:01.000Z', 'full')).toBe('2025-03-15T08:00:01.000Z');
    expect(await runWithDue('2025-03-15T02:30:00.000Z', 'incremental')).toBe('2025-03-15T02:30:00.000Z');
  });
});
