import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, addMonthsToDay, dayFromCivil, isoFromDay, monthsBetween, parseDay, wholeMonthsBetween } from '../../../src/core/catalogue';
import { toDay } from '../../../src/core/scoring';

const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('day numbers', () => {
  it('count days since 1970-01-01 like Date.UTC does', () => {
    fc.assert(fc.property(isoDate, (iso) => {
      expect(parseDay(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      expect(isoFromDay(parseDay(iso) ?? 0)).toBe(iso);
    }));
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
  });

  it('reject dates that do not exist, and accept datetimes by their day', () => {
    expect([parseDay('2023-02-29'), parseDay('2024-02-29'), parseDay('2024-13-01'), parseDay('2024-1-01'), parseDay('2024-03-01T23:59:59Z')])
      .toEqual([undefined, 19_782, undefined, undefined, 19_783]);
  });

  it('add months and count whole months as the catalogue does', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (iso, months) => {
      expect(isoFromDay(addMonthsToDay(parseDay(iso) ?? 0, months))).toBe(addMonthsIso(iso, months));
    }));
    fc.assert(fc.property(isoDate, isoDate, (a, b) => {
      fc.pre(a <= b);
      expect(wholeMonthsBetween(parseDay(a) ?? 0, parseDay(b) ?? 0)).toBe(monthsBetween(a, b));
    }));
  });

  it('take today as YYYY-MM-DD or as the UTC day of a Date, and refuse anything else', () => {
    expect(toDay('2024-02-29')).toBe(19_782);
    expect(toDay(new Date('2024-02-29T23:30:00Z'))).toBe(19_782);
    expect(() => toDay('29/02/2024')).toThrow(expect.objectContaining({ code: 'DOMAIN_INPUT_INVALID', input: 'today' }) as Error);
    expect(() => toDay(new Date(Number.NaN))).toThrow(expect.objectContaining({ input: 'today' }) as Error);
  });
});
