import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../../src/server/cli/commands/sample-messages';

const intl = (lang: 'fr' | 'en', count: number): string => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(count);

describe('counts in the summaries', () => {
  it('are written as Intl.NumberFormat writes them, for every whole count', () => {
    const count = fc.oneof(fc.nat({ max: 10_000 }), fc.maxSafeNat());
    fc.assert(fc.property(count, fc.constantFrom('fr' as const, 'en' as const), (n, lang) => {
      expect(formatCount(lang, n)).toBe(intl(lang, n));
    }), { numRuns: 2000 });
    expect([formatCount('fr', 273_493), formatCount('en', 273_493), formatCount('en', 999)]).toEqual(['273\u202f493', '273,493', '999']);
  });

  it('leave other numbers to Intl.NumberFormat', () => {
    for (const n of [-1234, -0, 1234.5, 2 ** 60, Number.NaN]) {
      expect([formatCount('fr', n), formatCount('en', n)]).toEqual([intl('fr', n), intl('en', n)]);
    }
  });
});
