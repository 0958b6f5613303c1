import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEspoDate, fromEspoDateTime, toEspoDate, toEspoDateTime } from '../../../src/server/espo';

describe('EspoCRM dates and datetimes', () => {
  it('writes datetimes in UTC whatever the local offset', () => {
    expect(toEspoDateTime(new Date('2026-11-22T11:50:58+01:00'))).toBe('2026-11-22 10:50:58');
    expect(toEspoDateTime(new Date('2026-03-29T00:30:00.999Z'))).toBe('2026-03-29 00:30:00');
  });

  it('writes the UTC calendar date', () => {
    expect(toEspoDate(new Date('2026-01-01T00:30:00+02:00'))).toBe('2025-12-31');
  });

  it('reads datetimes as UTC instants and dates as UTC midnight', () => {
    expect(fromEspoDateTime('2026-11-22 10:50:58').toISOString()).toBe('2026-11-22T10:50:58.000Z');
    expect(fromEspoDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it.each(['2025-02-29', '2026-13-01', '2026-1-01', '22/11/2026', ''])('refuses the date %j', (value) => {
    expect(() => fromEspoDate(value)).toThrow(expect.objectContaining({ code: 'DOMAIN_INPUT_INVALID', input: 'date' }));
  });

  it.each(['2026-11-22T10:50:58', '2026-11-22 24:00:00', '2026-11-22 10:60:00'])('refuses the datetime %j', (value) => {
    expect(() => fromEspoDateTime(value)).toThrow(expect.objectContaining({ input: 'dateTime' }));
  });

  it('refuses an invalid Date', () => {
    expect(() => toEspoDateTime(new Date('nope'))).toThrow(expect.objectContaining({ input: 'dateTime' }));
  });

  it('round-trips every instant at second precision', () => {
    const instant = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(fc.property(instant, (date) => {
      const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000);
      expect(fromEspoDateTime(toEspoDateTime(date)).getTime()).toBe(seconds.getTime());
      expect(toEspoDate(fromEspoDate(toEspoDate(date)))).toBe(toEspoDate(date));
    }));
  });
});
