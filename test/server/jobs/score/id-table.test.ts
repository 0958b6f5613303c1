import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdPool, nthStart, pooledSize } from '../../../../src/server/jobs/score/id-pool';
import { IdTable } from '../../../../src/server/jobs/score/id-table';

const espoId = fc.stringMatching(/^[0-9a-f]{17}$/);
/** Hex, Latin-1, wider characters, long and empty strings: every kind of id the table stores differently. */
const anyId = fc.oneof(espoId, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ minLength: 120, maxLength: 140 }), fc.constantFrom('', 'ABC', '0', 'é', '\u00ff', '\u0100'));

describe('id table of the file index', () => {
  it('numbers distinct ids 0, 1, 2… in order of first sight and finds each by its number', () => {
    fc.assert(fc.property(fc.array(anyId, { maxLength: 300 }), (ids) => {
      const table = new IdTable();
      const numbers = ids.map((id) => table.intern(id));
      const distinct = [...new Set(ids)];
      expect(table.size).toBe(distinct.length);
      distinct.forEach((id, n) => {
        expect(table.find(id)).toBe(n);
        expect(table.idOf(n)).toBe(id);
      });
      ids.forEach((id, i) => expect(numbers[i]).toBe(distinct.indexOf(id)));
    }));
  });

  it('never finds an id that was not added, even one differing by a single character or by case', () => {
    fc.assert(fc.property(fc.uniqueArray(anyId, { maxLength: 200 }), anyId, (ids, other) => {
      fc.pre(!ids.includes(other));
      const table = new IdTable();
      for (const id of ids) table.intern(id);
      expect(table.find(other)).toBe(-1);
    }));
    const table = new IdTable();
    table.intern('610000004f77cb83c');
    expect([table.find('610000004f77cb83d'), table.find('610000004F77CB83C'), table.find('610000004f77cb83'), table.find('610000004f77cb83c0')]).toEqual([-1, -1, -1, -1]);
  });

  it('keeps every number when it grows past many pool pages and slot doublings', () => {
    const table = new IdTable();
    const count = 60_000;
    const id = (i: number): string => (i % 3 === 0 ? `c${i}` : i.toString(16).padStart(17, '0'));
    const numbered = Array.from({ length: count }, (_, i) => table.intern(id(i)));
    expect(numbered.filter((n, i) => n !== i)).toEqual([]);
    const wrong = Array.from({ length: count }, (_, i) => i).filter((i) => table.find(id(i)) !== i || table.idOf(i) !== id(i));
    expect(wrong).toEqual([]);
    expect(table.intern(id(12_345))).toBe(12_345);
    expect(table.size).toBe(count);
  });
});

describe('ids of one size', () => {
  it('sit where their number times their size says, page after page', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 127 }), fc.boolean(), (length, hex) => {
      const pool = new IdPool();
      // Hex digits only, or a leading `k`: no id of the other kind, so all of one size.
      const id = (n: number): string => (hex ? n.toString(16).padStart(length, '0').slice(-length) : `k${n.toString(36)}`.padEnd(length, 'z').slice(0, length));
      const size = pooledSize(id(0));
      const count = Math.ceil((2 * 65_536) / size) + 2;
      const misplaced: number[] = [];
      for (let n = 0; n < count; n += 1) if (pooledSize(id(n)) !== size || pool.store(id(n)) !== nthStart(n, size)) misplaced.push(n);
      expect(misplaced).toEqual([]);
    }), { numRuns: 20 });
  });

  it('stay found when ids of another size, or ids the pool cannot hold, come after many of them', () => {
    const espo = (i: number): string => `6${i.toString(16).padStart(16, '0')}`;
    for (const late of ['short', 'é\u0100', '6000000000000000A']) {
      const table = new IdTable();
      for (let i = 0; i < 20_000; i += 1) table.intern(espo(i));
      expect(table.intern(late)).toBe(20_000);
      for (let i = 20_000; i < 30_000; i += 1) table.intern(espo(i));
      // The late id took number 20 000: the ids after it come one number later.
      const numberOf = (i: number): number => (i < 20_000 ? i : i + 1);
      const wrong = Array.from({ length: 30_000 }, (_, i) => i).filter((i) => table.find(espo(i)) !== numberOf(i) || table.idOf(numberOf(i)) !== espo(i));
      expect(wrong).toEqual([]);
      expect([table.find(late), table.idOf(20_000), table.size]).toEqual([20_000, late, 30_001]);
    }
  });
});
