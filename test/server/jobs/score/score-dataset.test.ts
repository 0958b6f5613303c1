import { describe, expect, it } from 'vitest';
import { scoreDataset } from '../../../../src/server/jobs/score';
import { seed, TODAY } from './fixtures';

describe('scoreDataset (the npm start summary)', () => {
  it('counts every scorable record in one grade and reports the unscorable ones', () => {
    const summary = scoreDataset(seed(), { today: TODAY });
    expect(summary.scored).toBe(5);
    expect(Object.values(summary.grades).reduce((a, b) => a + b, 0)).toBe(5);
    expect(summary).toMatchObject({ errors: 1, perType: { Contact: 3, Lead: 1, Account: 1 } });
  });

  it('lists the rules that gave points most often, most frequent first, with their reason', () => {
    const { topReasons } = scoreDataset(seed(), { today: TODAY });
    const counts = topReasons.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The fleet's lease ending in May fires for the account and for its fleet manager.
    expect(topReasons).toContainEqual({ modelId: 'b2b-fleet', rule: 'lease-end-3m', count: 2, label: { fr: 'Fin de location le …', en: 'Lease ends on …' } });
  });

  it('depends only on the data and the day', () => {
    const data = seed();
    expect(scoreDataset(data, { today: TODAY })).toEqual(scoreDataset(structuredClone(data), { today: TODAY }));
    expect(scoreDataset(data, { today: '2026-03-15' })).not.toEqual(scoreDataset(data, { today: TODAY }));
  });
});
