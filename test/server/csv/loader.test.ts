import { describe, expect, it } from 'vitest';
import { delimiterOfHeader, indexById, loadDataset } from '../../../src/server/csv';
import { generateSmall } from '../sample/small-dataset';

describe('loadDataset', () => {
  it('loads every valid record into plain arrays per entity type and reports the bad rows', async () => {
    const summary = await generateSmall();
    const dataset = await loadDataset(summary.options.out);
    for (const file of dataset.files) {
      expect(file.rows).toBe(summary.rows[file.file]);
      expect(file.valid).toBe(dataset.records[file.entityType].length);
      expect(file.rejected).toBe(summary.badRows.filter((b) => b.file === file.file).length);
    }
    const reported = dataset.issues.map((i) => [i.file, i.line, i.attribute]).sort();
    expect(reported).toEqual(summary.badRows.map((b) => [b.file, b.line, b.attribute]).sort());
  });

  it('gives typed values, ready for an in-memory gateway', async () => {
    const summary = await generateSmall();
    const { records } = await loadDataset(summary.options.out);
    const vehicle = records.AutoCibleVehicle.find((v) => typeof v.mileage === 'number');
    expect(typeof vehicle?.mileage).toBe('number');
    const account = records.Account[0];
    expect(Array.isArray(account?.autoCibleFleetBrands)).toBe(true);
    expect(typeof account?.autoCibleIsHeadOffice).toBe('boolean');
    const byId = indexById(records.Contact);
    expect(byId.size).toBe(records.Contact.length);
    const first = records.Contact[0];
    expect(byId.get(String(first?.id))).toBe(first);
  });
});

describe('delimiterOfHeader', () => {
  it('recognises semicolon, comma and tab separated headers, ignoring separators inside quotes', () => {
    expect(delimiterOfHeader('Nom;Prénom;"Ville, pays"')).toBe(';');
    expect(delimiterOfHeader('id,name,"a;b;c"')).toBe(',');
    expect(delimiterOfHeader('id\tname\tcity')).toBe('\t');
  });
});
