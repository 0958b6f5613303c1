import { describe, expect, it } from 'vitest';
import { DatasetDeriveSource, DERIVE_SELECT } from '../../../../src/server/jobs/derive';
import { writeTinyDataset } from '../tiny-dataset';
import { TINY_VEHICLES } from './fixtures';

describe('the offline source of the derive job', () => {
  it('lists the vehicles of vehicles.csv in id order, with only the fields the job reads, rejected rows counted', async () => {
    const source = await DatasetDeriveSource.open(await writeTinyDataset({ 'vehicles.csv': TINY_VEHICLES }));
    const vehicles = [];
    for await (const vehicle of source.records()) vehicles.push(vehicle);
    expect(vehicles.map((v) => v.id)).toEqual(['v0000000000000001', 'v0000000000000002', 'v0000000000000003']);
    for (const vehicle of vehicles) expect(Object.keys(vehicle).sort()).toEqual(['id', ...DERIVE_SELECT].sort());
    // The reader's formats: a French date read as ISO, an empty cell as null.
    expect(vehicles[2]).toMatchObject({ genre: 'CTTE', mecDate: '2023-06-01', category: null });
    expect(source.rejectedRows).toBe(1);
  });

  it('names a directory that is missing', async () => {
    await expect(DatasetDeriveSource.open('/nonexistent/autocible-derive')).rejects.toMatchObject({ code: 'DATASET_DIRECTORY_UNREADABLE' });
  });
});
