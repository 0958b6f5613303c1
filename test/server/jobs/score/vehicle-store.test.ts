import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VEHICLE_CATEGORY } from '../../../../src/core/catalogue';
import { parseDay, vehicleFacts } from '../../../../src/core/scoring';
import { entitySpec, readCsv } from '../../../../src/server/csv';
import { Packer, VEHICLE_FACT_ATTRIBUTES } from '../../../../src/server/jobs/score';
import { VehicleStore } from '../../../../src/server/jobs/score/vehicle-store';

const SAMPLES = resolve(import.meta.dirname, '../../../../samples');
const DAY = parseDay('2026-06-30') ?? 0;

async function sampleVehicles(): Promise<Record<string, unknown>[]> {
  const vehicles: Record<string, unknown>[] = [];
  for await (const item of readCsv(resolve(SAMPLES, 'vehicles.csv'), entitySpec('AutoCibleVehicle'))) {
    if (item.type === 'record') vehicles.push(item.record);
  }
  return vehicles;
}

describe('compact vehicles of the file source', () => {
  it('give every sample vehicle the same facts as the full record, in file order per owner', async () => {
    const vehicles = await sampleVehicles();
    const store = new VehicleStore();
    for (const vehicle of vehicles) store.add(vehicle);
    const owners = new Set(vehicles.map((v) => v.contactId).filter((id): id is string => typeof id === 'string'));
    let checked = 0;
    for (const owner of owners) {
      const full = vehicles.filter((v) => v.contactId === owner).map((v) => vehicleFacts(v, DAY));
      expect(store.ofContact(owner).map((v) => vehicleFacts(v, DAY))).toEqual(full);
      checked += full.length;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keep a vehicle whose values do not fit the columns whole, and lose nothing', () => {
    fc.assert(fc.property(
      fc.record({
        category: fc.constantFrom(null, 'not-a-code', ...VEHICLE_CATEGORY.options.map((o) => o.code)),
        mecDate: fc.constantFrom(null, '2020-02-29', '2020-02-29 10:00:00', 'garbage'),
        mileage: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 2_000_000 }), fc.double({ noNaN: true, min: 0, max: 1e7 })),
      }),
      (values) => {
        const store = new VehicleStore();
        store.add({ contactId: 'c1', ...values });
        const expected = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
        expect(store.ofContact('c1')).toEqual([expected]);
      },
    ));
  });

  it('pack records as positional strings that unpack to the same non-empty values', () => {
    const packer = new Packer(VEHICLE_FACT_ATTRIBUTES);
    const record = { category: 'VP', mecDate: '2020-06-01', mileage: 120_000, brand: '' };
    expect(packer.unpack(packer.pack(record))).toEqual({ category: 'VP', mecDate: '2020-06-01', mileage: 120_000 });
  });
  it('keep each owner\'s vehicles in file order when the store spans several pages of columns', () => {
    const store = new VehicleStore();
    const count = 40_000;
    for (let i = 0; i < count; i += 1) {
      store.add({ contactId: `c${i % 7}`, accountId: i % 1000 === 0 ? 'a1' : null, mileage: i, mecDate: i % 2 === 0 ? '2020-01-15' : null });
    }
    const mileages = store.ofContact('c3').map((v) => v.mileage);
    expect(mileages).toEqual(Array.from({ length: Math.ceil((count - 3) / 7) }, (_, k) => 3 + 7 * k));
    expect(store.ofAccount('a1').map((v) => v.mileage)).toEqual(Array.from({ length: count / 1000 }, (_, k) => 1000 * k));
    expect(store.ofContact('c0')[1]).toEqual({ mileage: 7 });
  });
});
