import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIsoDates, ENERGY_FAMILY, ENERGY_P3, GENRE_J1, getField, VEHICLE_CATEGORY } from '../../../../src/core/catalogue';
import { DERIVE_SELECT, DERIVED_FIELDS, deriveVehicle, SOURCE_OF } from '../../../../src/server/jobs/derive';
import type { DerivedField } from '../../../../src/server/jobs/derive';

const TODAY = '2026-01-01';

function changesOf(record: Readonly<Record<string, unknown>>, today = TODAY): Record<string, unknown> {
  const derivation = deriveVehicle(record, today);
  if (!derivation.ok) throw new Error(`invalid: ${derivation.invalid.join(', ')}`);
  return derivation.changes;
}

describe('the fields the derive job reads and writes', () => {
  it('are the catalogue’s computed vehicle fields and their sources; never a plate, a VIN or a name', () => {
    for (const field of DERIVED_FIELDS) {
      expect(getField('AutoCibleVehicle', field).computed, field).toBe(true);
      expect(getField('AutoCibleVehicle', SOURCE_OF[field]).computed, SOURCE_OF[field]).not.toBe(true);
    }
    expect([...DERIVE_SELECT].sort()).toEqual([...DERIVED_FIELDS, ...Object.values(SOURCE_OF)].sort());
    for (const personal of ['name', 'plate', 'vin']) expect(DERIVE_SELECT).not.toContain(personal);
  });
});

describe('the derive rule', () => {
  it('derives the category from the genre, the family from the P.3 code, the next CT from the MEC', () => {
    expect(changesOf({ genre: 'DERIV-VP', energyCode: 'EE', mecDate: '2020-03-15' })).toEqual({ category: 'VUL', energyFamily: 'HYBRIDE_PHEV', nextCtDueDate: '2026-03-15' });
    expect(changesOf({ genre: 'CTTE', mecDate: '2022-01-01' })).toEqual({ category: 'VUL', nextCtDueDate: '2026-01-01' });
  });

  it('writes only what differs from the stored values', () => {
    const stored = { genre: 'VP', category: 'VP', energyCode: 'GO', energyFamily: 'ESSENCE', mecDate: '2020-03-15', nextCtDueDate: '2026-03-15' };
    expect(changesOf(stored)).toEqual({ energyFamily: 'DIESEL' });
    expect(changesOf({ ...stored, energyFamily: 'DIESEL' })).toEqual({});
  });

  it('never empties a field: an empty source, or a category with another CT rule, keeps what is stored', () => {
    const imported = { category: 'VP', energyFamily: 'GNV', nextCtDueDate: '2027-01-01' };
    expect(changesOf({ ...imported, genre: null, energyCode: '', mecDate: '  ' })).toEqual({});
    expect(changesOf({ genre: 'CAM', mecDate: '2019-01-01', nextCtDueDate: '2026-02-01' })).toEqual({ category: 'PL' });
    expect(changesOf({ genre: 'MTT2', mecDate: '2019-01-01' })).toEqual({ category: '2RM' });
  });

  it('reads the CT rule off the derived category first, then the stored one; none known: the rule applies', () => {
    // The genre outranks a stale stored category, both ways.
    expect(changesOf({ genre: 'VP', category: 'PL', mecDate: '2022-01-01' })).toEqual({ category: 'VP', nextCtDueDate: '2026-01-01' });
    expect(changesOf({ genre: 'CAM', category: 'VP', mecDate: '2022-01-01' })).toEqual({ category: 'PL' });
    expect(changesOf({ category: 'VUL', mecDate: '2022-01-01' })).toEqual({ nextCtDueDate: '2026-01-01' });
    expect(changesOf({ category: 'TC', mecDate: '2022-01-01' })).toEqual({});
    expect(changesOf({ mecDate: '2022-01-01' })).toEqual({ nextCtDueDate: '2026-01-01' });
  });

  it('gives a MEC after today its first deadline, MEC + 4 years, as nextControleTechniqueDue does', () => {
    expect(changesOf({ genre: 'VP', mecDate: '2026-06-30' })).toEqual({ category: 'VP', nextCtDueDate: '2030-06-30' });
  });

  it('rejects a source it cannot read, naming the fields, rather than guess', () => {
    expect(deriveVehicle({ genre: 'XX', energyCode: 'GO', mecDate: '2023-02-30' }, TODAY)).toEqual({ ok: false, invalid: ['genre', 'mecDate'] });
    expect(deriveVehicle({ energyCode: 7 }, TODAY)).toEqual({ ok: false, invalid: ['energyCode'] });
    expect(deriveVehicle({ mecDate: '30/06/2020' }, TODAY)).toEqual({ ok: false, invalid: ['mecDate'] });
    // A stored category that is not text cannot say the CT rule applies: the due date stays.
    expect(changesOf({ category: 12, mecDate: '2022-01-01' })).toEqual({});
  });
});

// Arbitrary vehicles: valid codes and dates, empty values, and junk, in every source and stored field.
const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const blank = fc.constantFrom(null, undefined, '', '   ');
const junk = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant('2023-02-30'));
const codes = (options: readonly { readonly code: string }[]) => fc.constantFrom(...options.map((o) => o.code));
const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 2, arbitrary: blank }, { weight: 1, arbitrary: junk });

const vehicle = fc.record({
  genre: field(fc.oneof(codes(GENRE_J1.options), codes(GENRE_J1.options).map((c) => ` ${c.toLowerCase()}`))),
  category: field(codes(VEHICLE_CATEGORY.options)),
  energyCode: field(codes(ENERGY_P3.options)),
  energyFamily: field(codes(ENERGY_FAMILY.options)),
  mecDate: field(isoDate),
  nextCtDueDate: field(isoDate),
});

const blankValue = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

describe('the derive rule, on any vehicle', () => {
  it('never returns a change that empties a field', () => {
    fc.assert(fc.property(vehicle, isoDate, (record, today) => {
      const derivation = deriveVehicle(record, today);
      if (!derivation.ok) return;
      for (const [key, value] of Object.entries(derivation.changes)) {
        expect(DERIVED_FIELDS).toContain(key);
        expect(typeof value === 'string' && value.trim() !== '').toBe(true);
      }
    }));
  });

  it('is idempotent: once its changes are applied, deriving again changes nothing', () => {
    fc.assert(fc.property(vehicle, isoDate, (record, today) => {
      const derivation = deriveVehicle(record, today);
      if (!derivation.ok) return;
      expect(deriveVehicle({ ...record, ...derivation.changes }, today)).toEqual({ ok: true, desired: derivation.desired, changes: {} });
    }));
  });

  it('changes only what differs, and only fields whose source is set', () => {
    fc.assert(fc.property(vehicle, isoDate, (record, today) => {
      const derivation = deriveVehicle(record, today);
      if (!derivation.ok) return;
      const stored: Readonly<Record<string, unknown>> = record;
      for (const key of Object.keys(derivation.changes) as DerivedField[]) {
        expect(derivation.changes[key]).not.toBe(stored[key]);
        expect(blankValue(stored[SOURCE_OF[key]])).toBe(false);
      }
    }));
  });

  it('sets the next CT only for a VP, a VUL or an unknown category, on or after today', () => {
    fc.assert(fc.property(vehicle, isoDate, (record, today) => {
      const derivation = deriveVehicle(record, today);
      if (!derivation.ok || derivation.desired.nextCtDueDate === undefined) return;
      const category = derivation.desired.category ?? (blankValue(record.category) ? null : String(record.category).trim().toUpperCase());
      expect([null, 'VP', 'VUL']).toContain(category);
      expect(compareIsoDates(derivation.desired.nextCtDueDate, today)).toBeGreaterThanOrEqual(0);
    }));
  });

  it('refuses a vehicle exactly when a set source is no code or no date', () => {
    fc.assert(fc.property(vehicle, isoDate, (record, today) => {
      const derivation = deriveVehicle(record, today);
      const knownGenre = GENRE_J1.options.some((o) => typeof record.genre === 'string' && o.code === record.genre.trim().toUpperCase());
      const knownP3 = ENERGY_P3.options.some((o) => typeof record.energyCode === 'string' && o.code === record.energyCode.trim().toUpperCase());
      const date = typeof record.mecDate === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(record.mecDate) && record.mecDate !== '2023-02-30';
      const readable = (blankValue(record.genre) || knownGenre) && (blankValue(record.energyCode) || knownP3) && (blankValue(record.mecDate) || date);
      expect(derivation.ok).toBe(readable);
    }));
  });
});
