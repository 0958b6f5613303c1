import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, calendarDay, retentionDeadline } from '../../../src/core/retention';
import { isoDate, orderedDates } from '../catalogue/arbitraries';

describe('calendarDay', () => {
  it('takes the day of a date or of an EspoCRM UTC datetime', () => {
    expect(calendarDay('2024-03-05')).toBe('2024-03-05');
    expect(calendarDay('2024-03-05 14:30:00')).toBe('2024-03-05');
    expect(calendarDay('2024-03-05T23:59:59.123Z')).toBe('2024-03-05');
  });

  it('refuses what is not a day, and datetimes in another offset', () => {
    for (const value of ['', '2024-02-30', '05/03/2024', '2024-03-05 nope', '2024-03-05T10:00:00+02:00']) {
      expect(calendarDay(value), value).toBeUndefined();
    }
  });
});

describe('addDaysIso', () => {
  it('crosses months, years and 29 February', () => {
    expect(addDaysIso('2025-05-10', -30)).toBe('2025-04-10');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDaysIso('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDaysIso('0050-01-01', 1)).toBe('0050-01-02');
  });

  it('undoes itself', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (date, days) => {
        expect(addDaysIso(addDaysIso(date, days), -days)).toBe(date);
      }),
    );
  });
});

describe('retentionDeadline', () => {
  it('is 36 months later on the same day', () => {
    expect(retentionDeadline('2022-05-10', 36)).toBe('2025-05-10');
  });

  it('ends an anchor of 29 February on 28 February of a common year, or 29 February of a leap year', () => {
    expect(retentionDeadline('2024-02-29', 36)).toBe('2027-02-28');
    expect(retentionDeadline('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('never gives an earlier deadline to a later anchor', () => {
    fc.assert(
      fc.property(orderedDates, fc.integer({ min: 1, max: 120 }), ([early, late], months) => {
        expect(retentionDeadline(late, months) >= retentionDeadline(early, months)).toBe(true);
      }),
    );
  });
});
