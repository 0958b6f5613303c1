import { describe, expect, it } from 'vitest';
import { DEFAULT_VMC_DEFAULTS, recordVmc } from '../../../../src/core/vmc';
import { DatasetVmcSource } from '../../../../src/server/jobs/vmc';
import { writeTinyDataset } from '../tiny-dataset';

function opportunities(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return `o${String(i).padStart(16, '0')},Atelier,,c0000000000000002,Closed Won,${100 + i},${day}`;
  });
  return ['id,name,accountId,contactId,stage,amount,closeDate', ...rows].join('\n');
}

describe('the offline source of the vmc job', () => {
  it('gives each record its won opportunities, the latest 200 as the panel lists them, and only the fields it reads', async () => {
    const source = await DatasetVmcSource.open(await writeTinyDataset({ 'opportunities.csv': opportunities(205) }));
    const history = await source.history('Contact', 'c0000000000000002');
    expect(history.total).toBe(205);
    expect(history.purchases).toHaveLength(200);
    expect(history.purchases[0]).toEqual({ date: '2020-07-23', amount: 304 });
    expect(history.purchases.at(-1)).toEqual({ date: '2020-01-06', amount: 105 });
    expect(await source.history('Account', 'a0000000000000002')).toEqual({ purchases: [], total: 0 });
    const contacts = [];
    for await (const record of source.records('Contact')) contacts.push(record);
    expect(contacts.map((c) => c.id)).toEqual(['c0000000000000001', 'c0000000000000002', 'c0000000000000003']);
    for (const contact of contacts) expect(Object.keys(contact).every((key) => key === 'id' || key.startsWith('autoCible'))).toBe(true);
    expect(source.rejectedRows).toBe(1);
    expect(await source.settings()).toEqual({});
  });

  it('keeps a won opportunity of a negative amount (a credit note), which makes the VMC impossible as on EspoCRM', async () => {
    const rows = ['id,name,accountId,contactId,stage,amount,closeDate',
      'o0000000000000001,Vente,,c0000000000000002,Closed Won,12000,2024-03-01',
      'o0000000000000002,Avoir,,c0000000000000002,Closed Won,-900,2025-03-13'].join('\n');
    const source = await DatasetVmcSource.open(await writeTinyDataset({ 'opportunities.csv': rows }));
    const history = await source.history('Contact', 'c0000000000000002');
    expect(history.purchases).toEqual([{ date: '2025-03-13', amount: -900 }, { date: '2024-03-01', amount: 12000 }]);
    const vmc = recordVmc({ purchases: history.purchases, defaults: DEFAULT_VMC_DEFAULTS.PARTICULIER, customerKind: 'PARTICULIER', today: '2026-01-01' });
    expect(vmc.invalidInputs).toEqual(['purchases[0].amount']);
  });
});
