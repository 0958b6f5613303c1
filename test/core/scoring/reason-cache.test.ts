import { describe, expect, it } from 'vitest';
import type { FactValue } from '../../../src/core/scoring';
import { ReasonCache } from '../../../src/core/scoring/reason-cache';

function countingCache(): { cache: ReasonCache; made: () => number } {
  let made = 0;
  const cache = new ReasonCache((value) => {
    made += 1;
    return { fr: `valeur ${String(value)}`, en: `value ${String(value)}` };
  }, (value) => value);
  return { cache, made: () => made };
}

describe('reason cache', () => {
  it.each([
    ['consecutive days', Array.from({ length: 1500 }, (_, i) => 20_000 + i)],
    ['decimals with one digit (average ages in months)', Array.from({ length: 1200 }, (_, i) => i / 10)],
    ['shares in percent', Array.from({ length: 101 }, (_, i) => i)],
  ])('formats each of %s once while they keep coming back', (_name, values) => {
    const { cache, made } = countingCache();
    for (const value of values) cache.get(value);
    const first = made();
    for (const value of values) cache.get(value);
    expect(first).toBe(values.length);
    // A few collisions are allowed; a hash that folds the values onto a few slots is not.
    expect(made() - first).toBeLessThan(values.length * 0.25);
  });

  it('gives the text made for the value it is asked for, never a neighbour that shares its slot', () => {
    const { cache } = countingCache();
    const values: FactValue[] = [1, 4097, 1.5, 2.5, 'A', true, null, ['DAF', 'RH'], ['DAF'], 'DAF'];
    for (let round = 0; round < 2; round += 1) {
      for (const value of values) expect(cache.get(value).label.en).toBe(`value ${String(value)}`);
    }
  });

  it('keeps lists by their codes: the same codes in a new array reuse the text', () => {
    const { cache, made } = countingCache();
    const first = cache.get(['DAF', 'RH']);
    expect(cache.get(['DAF', 'RH'])).toBe(first);
    expect(made()).toBe(1);
  });
});
