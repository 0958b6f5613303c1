import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_POLICY, calendarDay, planRetention } from '../../../../src/core/retention';
import { DEFAULT_TIME_ZONE as DEFAULT_RETENTION_TIME_ZONE, dayOfIn } from '../../../../src/server/config/dealer-day';

describe('dayOfIn', () => {
  const paris = dayOfIn(DEFAULT_RETENTION_TIME_ZONE);

  it('dates EspoCRM’s UTC datetimes by the Paris day, summer time included', () => {
    expect(calendarDay('2023-03-05 23:30:00', paris)).toBe('2023-03-06');
    expect(calendarDay('2023-03-05 22:59:59', paris)).toBe('2023-03-05');
    expect(calendarDay('2023-07-05 22:00:00', paris)).toBe('2023-07-06');
    expect(calendarDay('2023-07-05 21:59:59', paris)).toBe('2023-07-05');
    expect(calendarDay('2023-12-31 23:00:00', paris)).toBe('2024-01-01');
  });

  it('follows another time zone when the dealership is elsewhere', () => {
    expect(calendarDay('2023-03-05 03:30:00', dayOfIn('America/Martinique'))).toBe('2023-03-04');
    expect(calendarDay('2023-03-05 20:30:00', dayOfIn('Indian/Reunion'))).toBe('2023-03-06');
  });

  it('writes four-digit years', () => {
    expect(paris(new Date('0050-06-01T12:00:00Z'))).toBe('0050-06-01');
  });

  it('refuses an unknown time zone', () => {
    expect(() => dayOfIn('Europe/Atlantis')).toThrow(RangeError);
  });

  it('keeps a prospect who wrote at 00:30 in Paris on 6 March 2023 until 6 March 2026', () => {
    const lead = { id: 'p', entityType: 'Lead', createdAt: '2021-01-01 10:00:00', inboundEmails: ['2023-03-05 23:30:00'] } as const;
    expect(planRetention(lead, DEFAULT_RETENTION_POLICY, '2026-03-05', { dayOf: paris })).toMatchObject({ anchorDate: '2023-03-06', action: 'repermission' });
  });
});
