import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../src/core/catalogue';
import type { FileRow, RowReader } from '../../../../src/server/jobs/score';
import { FileIndex } from '../../../../src/server/jobs/score/file-index';

type Rows = Partial<Record<EntityType, readonly FileRow[]>>;

function reader(rows: Rows): RowReader {
  return {
    key: 'test',
    check: async () => undefined,
    async *rows(entityType: EntityType) {
      yield* rows[entityType] ?? [];
    },
  };
}

const record = (line: number, values: Record<string, unknown> & { id: string }): FileRow => ({ kind: 'record', line, record: values });

describe('file index of the file source', () => {
  it('joins an account, its members and its vehicles through one id table, whatever the order they appear in', async () => {
    const index = new FileIndex();
    const rows = reader({
      AutoCibleVehicle: [
        record(2, { id: 'v1', accountId: 'a2', category: 'VUL' }),
        { kind: 'rejected', line: 3, reason: 'invalidValue', field: 'vin' },
        record(4, { id: 'v2', accountId: 'a1', contactId: 'c1', category: 'VP' }),
      ],
      Account: [
        record(2, { id: 'a1', autoCibleFleetSize: 3 }),
        record(3, { id: 'a3', autoCibleFleetSize: 7 }),
        record(4, { id: 'a1', autoCibleFleetSize: 4 }),
      ],
      Contact: [
        record(2, { id: 'c1', accountId: 'a1', autoCibleRole: 'DAF' }),
        record(3, { id: 'c2', accountId: 'a3', autoCibleRole: 'RESP_PARC' }),
        record(4, { id: 'c3', accountId: 'a1', autoCibleBuyingRole: 'DECIDEUR' }),
        record(5, { id: 'c4', accountId: 'a2' }),
        record(6, { id: 'c5', accountId: '', autoCibleRole: 'DAF' }),
      ],
    });
    const bad = await index.build(rows, new AbortController().signal);
    await index.readMembers(rows, new AbortController().signal);
    expect(bad).toEqual([{ entityType: 'AutoCibleVehicle', id: null, line: 3, reason: 'invalidValue', field: 'vin' }]);
    // A later row of the same account is left out (the accounts' pass reports it): the first is the account.
    expect(index.account('a1')).toEqual({ id: 'a1', autoCibleFleetSize: 3 });
    expect(index.account('a2')).toBeUndefined();
    expect(index.account(undefined)).toBeUndefined();
    expect(index.membersOf('a1')).toEqual([{ accountId: 'a1', autoCibleRole: 'DAF' }, { accountId: 'a1', autoCibleBuyingRole: 'DECIDEUR' }]);
    expect(index.membersOf('a3')).toEqual([{ accountId: 'a3', autoCibleRole: 'RESP_PARC' }]);
    // A contact with nothing but its account link adds nothing.
    expect([index.membersOf('a2'), index.membersOf('zz')]).toEqual([[], []]);
    expect(index.vehiclesOfAccount('a2')).toEqual([{ category: 'VUL' }]);
    expect(index.vehiclesOfContact('c1')).toEqual([{ category: 'VP' }]);
    expect(index.vehiclesOfAccount('a3')).toEqual([]);
  });
});

describe('the index passes', () => {
  it('read vehicles and accounts, then, for the members alone, the contacts that have an account only', async () => {
    const asked: [EntityType, unknown][] = [];
    const spy: RowReader = {
      key: 'test',
      check: async () => undefined,
      async *rows(entityType, _signal, options) {
        asked.push([entityType, options]);
        yield* [];
      },
    };
    const index = new FileIndex();
    await index.build(spy, new AbortController().signal);
    expect(asked).toEqual([['AutoCibleVehicle', undefined], ['Account', undefined]]);
    await index.readMembers(spy, new AbortController().signal);
    expect(asked.at(-1)).toEqual(['Contact', { onlyWith: 'accountId' }]);
  });

  it('give an account the members added since they were last cleared, in the order added', () => {
    const index = new FileIndex();
    index.addMember({ id: 'c1', accountId: 'a1', autoCibleRole: 'DAF' });
    index.clearMembers();
    index.addMember({ id: 'c2', accountId: 'a1', autoCibleRole: 'RESP_PARC' });
    index.addMember({ id: 'c3', accountId: 'a1' });
    index.addMember({ id: 'c4', accountId: 'a1', autoCibleBuyingRole: 'DECIDEUR' });
    expect(index.membersOf('a1')).toEqual([{ accountId: 'a1', autoCibleRole: 'RESP_PARC' }, { accountId: 'a1', autoCibleBuyingRole: 'DECIDEUR' }]);
  });
});
