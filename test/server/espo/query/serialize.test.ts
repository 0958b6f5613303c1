import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeQuery, where } from '../../../../src/server/espo';
import type { WhereItem } from '../../../../src/server/espo';
import { parsePhpQuery } from '../../../msw/fake-espo/php-query';
import { parseWhere } from '../../../msw/fake-espo/where-parse';
import { loadRecordings } from '../contract/recordings';

const recordings = new Map(loadRecordings().map((r) => [r.file, r.request.path]));

/** The `where[...]` part of a recorded request path, in order. */
function recordedWhere(file: string): string {
  const path = recordings.get(file);
  if (path === undefined) throw new Error(`recording ${file} missing`);
  return (path.split('?')[1] ?? '').split('&').filter((pair) => pair.startsWith('where[')).join('&');
}

describe('where items serialise to the PHP-array syntax exactly as the recordings show', () => {
  it.each<[string, readonly WhereItem[]]>([
    ['contact-list-where-equals.json', [where.equals('lastName', 'Fixture-Babbage')]],
    ['contact-list-where-email-and-in.json', [where.endsWith('emailAddress', '@fixture.example'), where.in('firstName', ['Ada', 'Mary'])]],
    ['contact-list-where-or-group.json', [where.or(where.equals('firstName', 'Charles'), where.contains('lastName', 'Somerville'))]],
    ['contact-list-where-linkedwith-targetlist.json', [where.linkedWith('targetLists', ['6b02c9132565a34ee'])]],
    ['opportunity-list-won-by-account-where.json', [where.equals('accountId', '6b02cd0331ff0bc23'), where.equals('stage', 'Closed Won')]],
    ['call-list-held-inbound-by-contact.json', [
      where.linkedWith('contacts', ['6b02cd034d328f30d']), where.equals('status', 'Held'), where.equals('direction', 'Inbound'),
    ]],
  ])('%s', (file, items) => {
    expect(serializeQuery({ where: items })).toBe(recordedWhere(file));
  });

  it('writes select as a readable comma list and leaves out undefined parameters', () => {
    expect(serializeQuery({ select: 'id,name', orderBy: undefined, maxSize: 5, q: null })).toBe('select=id,name&maxSize=5');
  });

  it('serialises every unary, list and range type with the right value syntax', () => {
    expect(serializeQuery({ where: [where.isNull('phoneNumber'), where.between('mileage', 10, 20), where.not(where.isTrue('doNotCall'))] }))
      .toBe('where[0][type]=isNull&where[0][attribute]=phoneNumber&where[1][type]=between&where[1][attribute]=mileage'
        + '&where[1][value][]=10&where[1][value][]=20&where[2][type]=not&where[2][value][0][type]=isTrue&where[2][value][0][attribute]=doNotCall');
  });
});

const attribute = fc.constantFrom('lastName', 'emailAddress', 'createdAt', 'mileage');
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');
const leaf: fc.Arbitrary<WhereItem> = fc.oneof(
  fc.tuple(fc.constantFrom('equals', 'notEquals', 'contains', 'startsWith', 'endsWith', 'greaterThan', 'before', 'on', 'like'), attribute, text)
    .map(([type, a, v]): WhereItem => ({ type, attribute: a, value: v })),
  fc.tuple(fc.constantFrom('in', 'notIn', 'arrayAnyOf', 'arrayNoneOf', 'linkedWith'), attribute, fc.array(text, { minLength: 1, maxLength: 3 }))
    .map(([type, a, v]): WhereItem => ({ type, attribute: a, value: v })),
  fc.tuple(fc.constantFrom('isNull', 'isNotNull', 'isTrue', 'isFalse'), attribute).map(([type, a]): WhereItem => ({ type, attribute: a })),
  fc.tuple(attribute, text, text).map(([a, from, to]) => where.between(a, from, to)),
);
const item: fc.Arbitrary<WhereItem> = fc.letrec<{ item: WhereItem }>((tie) => ({
  item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf,
    fc.tuple(fc.constantFrom('and', 'or', 'not'), fc.array(tie('item'), { minLength: 1, maxLength: 3 }))
      .map(([type, value]): WhereItem => ({ type, value }))),
})).item;

describe('serialisation invariant', () => {
  it('a where tree read back the way PHP builds $_GET is the same tree', () => {
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 3 }), (items) => {
      const query = new URLSearchParams(serializeQuery({ where: items }));
      expect(parseWhere(parsePhpQuery(query).where)).toEqual(items);
    }));
  });
});
