import { describe, expect, it } from 'vitest';
import { parseSinceValue } from '../../../../src/server/cli/commands/since-option';

const PARIS = 'Europe/Paris';
const iso = (value: string, zone = PARIS): string | undefined => parseSinceValue(value, zone)?.toISOString();

describe('score --since values', () => {
  it('takes a day as midnight in the dealership’s time zone, summer and winter', () => {
    expect(iso('2025-06-15')).toBe('2025-06-14T22:00:00.000Z');
    expect(iso('2025-01-15')).toBe('2025-01-14T23:00:00.000Z');
  });

  it('takes a date-time without offset on the dealership’s wall clock, whatever the machine’s zone', () => {
    expect(iso('2025-06-15T10:00:00')).toBe('2025-06-15T08:00:00.000Z');
    expect(iso('2025-06-15 10:00')).toBe('2025-06-15T08:00:00.000Z');
    expect(iso('2025-06-15T10:00:00', 'America/New_York')).toBe('2025-06-15T14:00:00.000Z');
  });

  it('takes an instant with its offset as it is', () => {
    expect(iso('2025-06-15T10:00:00Z')).toBe('2025-06-15T10:00:00.000Z');
    expect(iso('2025-06-15T10:00:00.250+02:00')).toBe('2025-06-15T08:00:00.250Z');
  });

  it('refuses a day that does not exist, loose forms and anything else, instead of rolling them over', () => {
    for (const value of ['2025-02-30', '2025-04-31', '2025-02-29', '2025-2-3', '0', '', 'yesterday', '2025-06-15T24:00', '2025-06-15T10:60', '2025-06-15T10:00+2']) {
      expect(iso(value), value).toBeUndefined();
    }
  });
});

describe('score --since around the changes of time in Paris', () => {
  it('takes the first of a time read twice, and an hour earlier for a time never read: a lower bound skips nothing', () => {
    expect(iso('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(iso('2026-03-29T02:30')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('keeps the one instant of a time near a change but not at it', () => {
    expect(iso('2026-10-24T15:00')).toBe('2026-10-24T13:00:00.000Z');
    expect(iso('2026-10-25T15:00')).toBe('2026-10-25T14:00:00.000Z');
    expect(iso('2026-03-28T15:00')).toBe('2026-03-28T14:00:00.000Z');
    expect(iso('2026-03-29T15:00')).toBe('2026-03-29T13:00:00.000Z');
    expect(iso('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(iso('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
  });
});
