import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, compareIsoDates, isIsoDate, monthsBetween, parseIsoDate } from '../../../src/core/catalogue';
import { DomainInputError } from '../../../src/core/errors';
import { orderedDates } from './arbitraries';

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01']) expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '2024-01-01T00:00', '']) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });

  it('throws a DomainInputError naming the input when parsing a non-date', () => {
    expect(() => parseIsoDate('2023-02-29', 'mecDate')).toThrow(
      expect.objectContaining({ input: 'mecDate', value: '2023-02-29' }),
    );
    expect(() => parseIsoDate('soon', 'today')).toThrow(DomainInputError);
  });
});

describe('addMonthsIso', () => {
  it('clamps to the end of shorter months, leap years included', () => {
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsIso('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('crosses year boundaries both ways', () => {
    expect(addMonthsIso('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonthsIso('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonthsIso('2024-05-10', -29)).toBe('2021-12-10');
  });

  it('rejects a fractional number of months', () => {
    expect(() => addMonthsIso('2024-01-15', 1.5)).toThrow(expect.objectContaining({ input: 'months' }));
  });
});

describe('monthsBetween', () => {
  it('counts a month as complete on the same day, or on the month end when that day does not exist', () => {
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetween('2023-01-31', '2023-02-28')).toBe(1);
    expect(monthsBetween('2024-02-29', '2025-02-28')).toBe(12);
    expect(monthsBetween('2024-02-29', '2025-02-27')).toBe(11);
    expect(monthsBetween('2024-03-15', '2024-03-15')).toBe(0);
    expect(monthsBetween('2020-03-15', '2024-03-14')).toBe(47);
  });

  it('is negative when the second date comes first', () => {
    expect(monthsBetween('2024-03-15', '2024-01-14')).toBe(-2);
  });

  it('brackets the later date between the month counted and the next one', () => {
    fc.assert(
      fc.property(orderedDates, ([a, b]) => {
        const m = monthsBetween(a, b);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(compareIsoDates(addMonthsIso(a, m), b)).toBeLessThanOrEqual(0);
        expect(compareIsoDates(addMonthsIso(a, m + 1), b)).toBeGreaterThan(0);
        expect(monthsBetween(b, a) + m).toBe(0); // `-m` would be -0 when a === b
      }),
    );
  });
});
