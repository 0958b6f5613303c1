import { describe, expect, it } from 'vitest';
import { summariseVmcBySegment } from '../../../src/core/vmc';

describe('VMC summary per segment', () => {
  it('counts, averages and takes the median of brute and nette per segment, sorted by segment', () => {
    const rows = [
      { segment: 'PROFESSIONNEL/CLIENT', vmcBrute: 100, vmcNette: 50 },
      { segment: 'PARTICULIER/CLIENT', vmcBrute: 10, vmcNette: 1 },
      { segment: 'PARTICULIER/CLIENT', vmcBrute: 20, vmcNette: 2 },
      { segment: 'PARTICULIER/CLIENT', vmcBrute: 60, vmcNette: -3 },
      { segment: 'PROFESSIONNEL/CLIENT', vmcBrute: 300, vmcNette: 150 },
    ];
    expect(summariseVmcBySegment(rows)).toEqual([
      { segment: 'PARTICULIER/CLIENT', count: 3, vmcBrute: { mean: 30, median: 20 }, vmcNette: { mean: 0, median: 1 } },
      { segment: 'PROFESSIONNEL/CLIENT', count: 2, vmcBrute: { mean: 200, median: 200 }, vmcNette: { mean: 100, median: 100 } },
    ]);
  });

  it('rounds means to the cent', () => {
    const rows = [10, 10, 20].map((v) => ({ segment: 'A', vmcBrute: v, vmcNette: v }));
    expect(summariseVmcBySegment(rows)[0]?.vmcBrute.mean).toBe(13.33);
  });

  it('returns no segment for no rows', () => {
    expect(summariseVmcBySegment([])).toEqual([]);
  });
});
