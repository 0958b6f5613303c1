import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedAttributes } from '../../../src/server/espo';

describe('changedAttributes', () => {
  it('keeps only what differs, treating null and missing alike and comparing arrays by value', () => {
    const current = { a: 1, b: null, tags: ['x'], score: 10 };
    expect(changedAttributes(current, { a: 1, b: undefined, c: null, tags: ['x'], score: 12 })).toEqual({ score: 12 });
  });

  it('applying the changes to the current record gives the desired values', () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));
    fc.assert(fc.property(fc.dictionary(fc.string(), value), fc.dictionary(fc.string(), value), (current, desired) => {
      const merged: Record<string, unknown> = { ...current, ...changedAttributes(current, desired) };
      for (const [key, wanted] of Object.entries(desired)) expect(merged[key] ?? null).toEqual(wanted ?? null);
    }));
  });
});
