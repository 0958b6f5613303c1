import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../../../src/server/jobs/score/id-table';
import { OwnerChains } from '../../../../src/server/jobs/score/owner-chains';

/** Owners of vehicles 0, 1, 2…: an id, or nothing a vehicle can hold instead of one. */
const owners = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom(null, undefined, '', 7)), { maxLength: 200 });

describe('owner chains of the vehicle store', () => {
  it('give each owner its vehicles in the order they were added, sparse or dense alike', () => {
    fc.assert(fc.property(owners, fc.boolean(), (list, sparse) => {
      const chains = new OwnerChains(new IdTable(), { sparse });
      list.forEach((owner, index) => chains.link(owner, index));
      for (const owner of ['a', 'b', 'c', 'd', 'nobody']) {
        expect(chains.of(owner)).toEqual(list.flatMap((o, index) => (o === owner ? [index] : [])));
      }
    }));
  });

  it('number owners in a shared id table, which other indexes see', () => {
    const ids = new IdTable();
    ids.intern('first');
    const chains = new OwnerChains(ids, { sparse: true });
    chains.link('second', 0);
    chains.link('first', 1);
    expect([ids.find('first'), ids.find('second'), chains.of('first')]).toEqual([0, 1, [1]]);
  });

  it('follow long chains across the pages of their lists', () => {
    for (const sparse of [false, true]) {
      const chains = new OwnerChains(new IdTable(), { sparse });
      for (let index = 0; index < 50_000; index += 1) chains.link(index % 3 === 0 ? 'fleet' : `p${index}`, index);
      const fleet = chains.of('fleet');
      expect([fleet.length, fleet[0], fleet.at(-1), chains.of('p49999')]).toEqual([16_667, 0, 49_998, [49_999]]);
    }
  });
});
