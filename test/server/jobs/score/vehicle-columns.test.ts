import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getField } from '../../../../src/core/catalogue';
import { VEHICLE_FACT_ATTRIBUTES } from '../../../../src/server/jobs/score';
import { VehicleStore } from '../../../../src/server/jobs/score/vehicle-store';

/** Values a vehicle attribute may hold in a CSV or JSONL file, fitting its column or not. */
const anyValue = fc.oneof(
  fc.constantFrom(null, '', 'VP', 'VUL', 'LLD', 'PEUGEOT', 'DIESEL', 'not-a-code', true, 0, 'UTILISATEUR'),
  fc.constantFrom('1900-01-01', '1899-12-31', '2079-06-05', '2079-06-06', '2020-02-29', '2021-02-29', '2020-02-29 10:00:00', '0001-01-01', '20200101'),
  fc.integer({ min: -(2 ** 31) - 2, max: 2 ** 31 + 2 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.date({ min: new Date('1850-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A value of the attribute's own kind, mostly: most vehicles fit the columns, some go to the side. */
function valueOf(attribute: string): fc.Arbitrary<unknown> {
  const field = getField('AutoCibleVehicle', attribute);
  const own = field.enum !== undefined
    ? fc.constantFrom(...field.enum.options.map((o) => o.code))
    : field.type === 'date'
      ? fc.date({ min: new Date('1900-01-01'), max: new Date('2079-06-05'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
      : fc.integer({ min: 0, max: 2_000_000 });
  return fc.oneof({ arbitrary: own, weight: 12 }, { arbitrary: fc.constant(null), weight: 2 }, { arbitrary: anyValue, weight: 1 });
}

const vehicle = fc.record(Object.fromEntries(VEHICLE_FACT_ATTRIBUTES.map((attribute) => [attribute, valueOf(attribute)])), { requiredKeys: [] });

/** What a vehicle should read back as: its non-empty values (-0 as 0, as JSON gives it). */
function expected(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== '').map(([k, v]) => [k, Object.is(v, -0) ? 0 : v]));
}

describe('typed columns of the vehicle store', () => {
  it('give back every value of every fact attribute exactly, in typed arrays or kept whole on the side', () => {
    fc.assert(fc.property(fc.array(vehicle, { minLength: 1, maxLength: 12 }), (vehicles) => {
      const store = new VehicleStore();
      vehicles.forEach((v, i) => store.add({ ...v, contactId: 'c1', accountId: i % 2 === 0 ? 'a1' : '' }));
      expect(store.ofContact('c1')).toEqual(vehicles.map(expected));
      expect(store.ofAccount('a1')).toEqual(vehicles.filter((_, i) => i % 2 === 0).map(expected));
    }), { numRuns: 300 });
  });

  it('know no vehicles for an owner never seen, nor for an empty owner id', () => {
    const store = new VehicleStore();
    store.add({ contactId: '', accountId: null, mileage: 1 });
    expect([store.ofContact(''), store.ofContact('c1'), store.ofAccount('')]).toEqual([[], [], []]);
  });
});
