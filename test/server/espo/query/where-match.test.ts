import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesWhere, where } from '../../../../src/server/espo';
import type { WhereItem } from '../../../../src/server/espo';

const noLinks = { linkedIds: (): readonly string[] => [] };
const matches = (record: Record<string, unknown>, ...items: WhereItem[]): boolean => matchesWhere(record, items, noLinks);

describe('where semantics follow EspoCRM/MySQL', () => {
  it('compares strings case- and accent-insensitively (utf8mb4_unicode_ci)', () => {
    expect(matches({ lastName: 'Hélène' }, where.equals('lastName', 'HELENE'))).toBe(true);
    expect(matches({ lastName: 'Durand' }, where.startsWith('lastName', 'dur'))).toBe(true);
  });

  it('never matches a NULL attribute with a comparison, not even notEquals or notIn', () => {
    const record = { title: null };
    for (const item of [where.equals('title', 'x'), where.notEquals('title', 'x'), where.notIn('title', ['x']), where.lessThan('title', 'z')]) {
      expect(matches(record, item)).toBe(false);
    }
    expect(matches(record, where.isNull('title'))).toBe(true);
  });

  it('treats like wildcards % and _ and escapes regex characters', () => {
    expect(matches({ plate: 'AB-123-CD' }, where.like('plate', 'AB-___-%'))).toBe(true);
    expect(matches({ plate: 'A.C' }, where.like('plate', 'A.C'))).toBe(true);
    expect(matches({ plate: 'ABC' }, where.like('plate', 'A.C'))).toBe(false);
  });

  it('compares numbers numerically, also against query strings', () => {
    expect(matches({ mileage: 9000 }, where.lessThan('mileage', '10000'))).toBe(true);
    expect(matches({ mileage: 9000 }, where.between('mileage', 9000, 9000))).toBe(true);
  });

  it('compares UTC datetimes as EspoCRM strings (before/after/on)', () => {
    const record = { modifiedAt: '2026-03-01 10:00:00', closeDate: '2026-03-01' };
    expect(matches(record, where.after('modifiedAt', '2026-02-28 23:59:59'))).toBe(true);
    expect(matches(record, where.before('modifiedAt', '2026-03-01 10:00:00'))).toBe(false);
    expect(matches(record, where.on('closeDate', '2026-03-01'))).toBe(true);
  });

  it('isTrue/isFalse test booleans strictly', () => {
    expect(matches({ doNotCall: false }, where.isFalse('doNotCall'))).toBe(true);
    expect(matches({ doNotCall: null }, where.isFalse('doNotCall'))).toBe(false);
  });

  it('arrayAnyOf/arrayNoneOf look inside multi-enum arrays', () => {
    const record = { brands: ['RENAULT', 'PEUGEOT'] };
    expect(matches(record, where.arrayAnyOf('brands', ['peugeot']))).toBe(true);
    expect(matches(record, where.arrayNoneOf('brands', ['PEUGEOT']))).toBe(false);
    expect(matches({ brands: null }, where.arrayNoneOf('brands', ['PEUGEOT']))).toBe(true);
  });

  it('linkedWith asks the context for the linked ids', () => {
    const ctx = { linkedIds: (_record: unknown, link: string): readonly string[] => (link === 'targetLists' ? ['tl1'] : []) };
    expect(matchesWhere({ id: 'c1' }, [where.linkedWith('targetLists', ['tl2', 'tl1'])], ctx)).toBe(true);
    expect(matchesWhere({ id: 'c1' }, [where.linkedWith('targetLists', ['tl2'])], ctx)).toBe(false);
  });

  it('ANDs top-level items; or, and, not group as documented', () => {
    const record = { firstName: 'Charles', lastName: 'Babbage' };
    expect(matches(record, where.or(where.equals('firstName', 'Ada'), where.contains('lastName', 'bbag')))).toBe(true);
    expect(matches(record, where.equals('firstName', 'Charles'), where.equals('lastName', 'Lovelace'))).toBe(false);
    expect(matches(record, where.not(where.equals('firstName', 'Charles'), where.equals('lastName', 'Lovelace')))).toBe(true);
  });

  it('not(X) matches exactly the records X does not (for non-null values)', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (value, needle) => {
      const record = { name: value };
      const item = where.contains('name', needle);
      expect(matches(record, where.not(item))).toBe(!matches(record, item));
    }));
  });
});
