import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntList } from '../../../../src/server/jobs/score/int-list';

describe('paged int list', () => {
  it('reads back what was set, the fill value elsewhere, and grows to the highest index set', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat({ max: 70_000 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), { maxLength: 50 }), (writes) => {
      const list = new IntList(-1);
      const expected = new Map<number, number>();
      for (const [index, value] of writes) {
        list.set(index, value);
        expected.set(index, value);
      }
      expect(list.length).toBe(writes.length === 0 ? 0 : Math.max(...writes.map(([i]) => i)) + 1);
      for (const [index, value] of expected) expect(list.get(index)).toBe(value);
      for (const index of [list.length, list.length + 20_000, -1]) expect(list.get(index)).toBe(-1);
    }));
  });

  it('appends after the last entry', () => {
    const list = new IntList(0);
    for (let i = 0; i < 20_000; i += 1) list.push(i * 3);
    expect([list.length, list.get(0), list.get(16_384), list.get(19_999)]).toEqual([20_000, 0, 49_152, 59_997]);
  });
});
