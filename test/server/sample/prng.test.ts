import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSiren, isValidSiret } from '../../../src/core/catalogue';
import { addDays, fromDay, toDay } from '../../../src/server/sample/dates';
import { breakLuhn, makeSiren, makeSiret } from '../../../src/server/sample/luhn';
import { Rng, recordRng } from '../../../src/server/sample/prng';

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('Rng', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(fc.property(seed, (s) => {
      const a = new Rng(s);
      const b = new Rng(s);
      for (let i = 0; i < 20; i += 1) expect(a.uint32()).toBe(b.uint32());
    }));
  });

  it('keeps int() within its bounds and next() in [0, 1)', () => {
    fc.assert(fc.property(seed, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (s, min, span) => {
      const rng = new Rng(s);
      for (let i = 0; i < 50; i += 1) {
        const n = rng.int(min, min + span);
        expect(n).toBeGreaterThanOrEqual(min);
        expect(n).toBeLessThanOrEqual(min + span);
        const x = rng.next();
        expect(x >= 0 && x < 1).toBe(true);
      }
    }));
  });

  it('gives record streams that do not depend on the records generated before', () => {
    const direct = recordRng(7, 2, 500).uint32();
    for (let i = 0; i < 500; i += 1) recordRng(7, 2, i).uint32();
    expect(recordRng(7, 2, 500).uint32()).toBe(direct);
    expect(recordRng(7, 2, 501).uint32()).not.toBe(direct);
  });

  it('picks weighted values roughly in proportion to their weights', () => {
    const rng = new Rng(42);
    let heads = 0;
    for (let i = 0; i < 10_000; i += 1) if (rng.weighted([['a', 3], ['b', 1]]) === 'a') heads += 1;
    expect(heads / 10_000).toBeGreaterThan(0.72);
    expect(heads / 10_000).toBeLessThan(0.78);
  });
});

describe('SIREN and SIRET generation', () => {
  it('always passes the catalogue checks, and fails them once the key is broken', () => {
    fc.assert(fc.property(seed, fc.boolean(), (s, headOffice) => {
      const rng = new Rng(s);
      const siren = makeSiren(rng);
      const siret = makeSiret(siren, rng, headOffice);
      expect(isValidSiren(siren)).toBe(true);
      expect(isValidSiret(siret)).toBe(true);
      expect(isValidSiren(breakLuhn(siren))).toBe(false);
      expect(isValidSiret(breakLuhn(siret))).toBe(false);
    }));
  });
});

describe('day arithmetic', () => {
  it('agrees with Date for any day between 1900 and 2200', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 84006 }), (day) => {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(fromDay(day)).toBe(iso);
      expect(toDay(iso)).toBe(day);
    }));
  });

  it('crosses month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
  });
});
