import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../../src/core/scoring';
import { MemoryGateway } from '../../../../src/server/espo';
import { GatewaySource, runScoreJob } from '../../../../src/server/jobs/score';
import { jobContext, seed, T0, tempState, TODAY } from './fixtures';

/** 23:59:30 UTC until the first write, then 00:00:30 UTC the next day: a run whose second batch passes midnight UTC. */
function midnightClock(gateway: MemoryGateway): () => Date {
  return () => (gateway.writes.length === 0 ? new Date('2025-03-14T23:59:30Z') : new Date('2025-03-15T00:00:30Z'));
}

async function stamps(stampedByClock: boolean): Promise<string[]> {
  const gateway = new MemoryGateway({ records: seed(), now: () => T0 });
  const input = { source: new GatewaySource(gateway, 'memory:stamp'), target: gateway, models: DEFAULT_MODELS, today: TODAY, mode: 'full' as const, state: await tempState(), batchSize: 3 };
  await runScoreJob({ ...input, ...(stampedByClock ? { stampedByClock } : {}) }, jobContext({ now: midnightClock(gateway) }));
  return [...new Set(gateway.writes.flatMap((w) => (w.kind === 'update' && typeof w.changed.autoCibleScoredAt === 'string' ? [w.changed.autoCibleScoredAt] : [])))].sort();
}

describe('autoCibleScoredAt', () => {
  it('is the UTC day and time of each batch when stamped by the clock, even when the run passes midnight UTC', async () => {
    expect(await stamps(true)).toEqual(['2025-03-14 23:59:30', '2025-03-15 00:00:30']);
  });

  it('is the day scored as of, with the clock’s time, for a run of another day (--today)', async () => {
    expect(await stamps(false)).toEqual([`${TODAY} 00:00:30`, `${TODAY} 23:59:30`]);
  });
});
