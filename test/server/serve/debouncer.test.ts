import { describe, expect, it } from 'vitest';
import { Debouncer } from '../../../src/server/serve';
import type { RescoreTargets } from '../../../src/server/serve';
import { ManualTimers } from './manual-timers';

function setup() {
  const timers = new ManualTimers();
  const flushed: RescoreTargets[] = [];
  const debouncer = new Debouncer({ delayMs: 2000, maxWaitMs: 10_000, timers }, (targets) => flushed.push(targets));
  return { timers, flushed, debouncer };
}

describe('webhook debouncing', () => {
  it('hands records over once deliveries have been quiet for the delay, each record once', () => {
    const { timers, flushed, debouncer } = setup();
    debouncer.add([{ entityType: 'Contact', id: 'c2' }, { entityType: 'Contact', id: 'c1' }]);
    timers.advance(1500);
    debouncer.add([{ entityType: 'Contact', id: 'c1' }, { entityType: 'AutoCibleVehicle', id: 'v1' }]);
    timers.advance(1999);
    expect(flushed).toEqual([]);
    timers.advance(1);
    expect(flushed).toEqual([{ Contact: ['c1', 'c2'], Lead: [], Account: [], AutoCibleVehicle: ['v1'] }]);
    expect(debouncer.size).toBe(0);
  });

  it('does not wait longer than the maximum under a steady stream of deliveries', () => {
    const { timers, flushed, debouncer } = setup();
    for (let i = 0; i < 10; i += 1) {
      debouncer.add([{ entityType: 'Lead', id: `l${i}` }]);
      timers.advance(1000);
    }
    expect(flushed).toHaveLength(1);
    expect(flushed[0]?.Lead).toHaveLength(10);
  });

  it('gives the pending records back without handing them over at shutdown, and clears its timers', () => {
    const { timers, flushed, debouncer } = setup();
    debouncer.add([{ entityType: 'Account', id: 'a1' }]);
    expect(debouncer.take()).toMatchObject({ Account: ['a1'] });
    expect(timers.pending).toBe(0);
    timers.advance(60_000);
    expect(flushed).toEqual([]);
  });
});
