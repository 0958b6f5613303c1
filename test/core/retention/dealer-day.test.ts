import { describe, expect, it } from 'vitest';
import type { DayOf } from '../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY, calendarDay, planRetention } from '../../../src/core/retention';

// Fixed offsets stand in for a time zone here (the core knows none); the server's Europe/Paris is tested with its
// summer time in test/server/jobs/retention/dealer-day-of.test.ts.
const offset = (hours: number): DayOf => (instant) => new Date(instant.getTime() + hours * 3_600_000).toISOString().slice(0, 10);
const PARIS_WINTER = offset(1);

describe('calendarDay in the dealership’s day', () => {
  it('dates a UTC datetime by the dealership’s day', () => {
    expect(calendarDay('2023-03-05 23:30:00', PARIS_WINTER)).toBe('2023-03-06');
    expect(calendarDay('2023-03-05 22:59:59', PARIS_WINTER)).toBe('2023-03-05');
    expect(calendarDay('2023-03-05T23:00:00Z', PARIS_WINTER)).toBe('2023-03-06');
    expect(calendarDay('2023-03-05 00:30:00', offset(-5))).toBe('2023-03-04');
    expect(calendarDay('2023-12-31 23:30:00', PARIS_WINTER)).toBe('2024-01-01');
  });

  it('never shifts a plain date', () => {
    expect(calendarDay('2023-03-05', offset(-10))).toBe('2023-03-05');
    expect(calendarDay('2023-03-05', offset(10))).toBe('2023-03-05');
  });

  it('keeps the UTC day without a dealership’s day', () => {
    expect(calendarDay('2023-03-05 23:30:00')).toBe('2023-03-05');
  });

  it('refuses a time of day that does not exist', () => {
    for (const value of ['2023-03-05 24:00:00', '2023-03-05 23:60:00', '2023-03-05 23:59:60']) expect(calendarDay(value, PARIS_WINTER), value).toBeUndefined();
  });
});

describe('planRetention with the dealership’s day', () => {
  // Review finding: an e-mail sent at 00:30 in Paris on 6 March 2023 is stored as 23:30 UTC on the 5th.
  const lead = { id: 'p', entityType: 'Lead', createdAt: '2021-01-01 10:00:00', inboundEmails: ['2023-03-05 23:30:00'] } as const;

  it('keeps until 6 March 2026 a prospect who wrote at 00:30 in Paris on 6 March 2023', () => {
    expect(planRetention(lead, DEFAULT_RETENTION_POLICY, '2026-03-05', { dayOf: PARIS_WINTER })).toMatchObject({
      anchorDate: '2023-03-06', deadline: '2026-03-06', action: 'repermission',
    });
    expect(planRetention(lead, DEFAULT_RETENTION_POLICY, '2026-03-06', { dayOf: PARIS_WINTER })).toMatchObject({ action: 'anonymise' });
  });

  it('compares with today in the same calendar: a message of the dealership’s tomorrow is in the future', () => {
    const wroteLate = { id: 'p', entityType: 'Lead', createdAt: '2021-01-01', inboundEmails: ['2024-01-09 23:30:00'] } as const;
    expect(planRetention(wroteLate, DEFAULT_RETENTION_POLICY, '2024-01-09', { dayOf: PARIS_WINTER })).toMatchObject({
      anchorDate: '2021-01-01', ignoredDates: [{ input: 'inboundEmails', value: '2024-01-09 23:30:00', reason: 'future' }],
    });
    expect(planRetention(wroteLate, DEFAULT_RETENTION_POLICY, '2024-01-10', { dayOf: PARIS_WINTER })).toMatchObject({ anchorDate: '2024-01-10' });
  });
});
