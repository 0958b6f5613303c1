import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEADLINE_WARNING_DAYS, deadlineState } from '../../../src/client/rgpd';

describe('deadlineState', () => {
  it.each([
    ['2026-12-23', { kind: 'later' }],
    ['2026-12-22', { kind: 'soon', days: 30 }],
    ['2026-11-23', { kind: 'soon', days: 1 }],
    ['2026-11-22', { kind: 'today' }],
    ['2026-11-21', { kind: 'past', days: 1 }],
    ['2025-11-22', { kind: 'past', days: 365 }],
  ])('reads a deadline on %s, seen on 2026-11-22, as %o', (deadline, expected) => {
    expect(deadlineState(deadline, '2026-11-22')).toEqual(expected);
  });

  it('counts calendar days across a leap day and a DST change', () => {
    expect(deadlineState('2028-03-01', '2028-02-28')).toEqual({ kind: 'soon', days: 2 });
    expect(deadlineState('2026-03-30', '2026-03-28')).toEqual({ kind: 'soon', days: 2 });
  });

  it('gives nothing for a value that is not a calendar date', () => {
    expect(deadlineState('2026-02-30', '2026-01-01')).toBeNull();
    expect(deadlineState('2026-12-01', 'today')).toBeNull();
  });

  it('warns exactly within the 30-day window and flags every past deadline', () => {
    const base = Date.UTC(2026, 0, 1);
    const iso = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const state = deadlineState(iso(offset), iso(0));
        if (offset < 0) expect(state).toEqual({ kind: 'past', days: -offset });
        else if (offset === 0) expect(state).toEqual({ kind: 'today' });
        else if (offset <= DEADLINE_WARNING_DAYS) expect(state).toEqual({ kind: 'soon', days: offset });
        else expect(state).toEqual({ kind: 'later' });
      }),
    );
  });
});
