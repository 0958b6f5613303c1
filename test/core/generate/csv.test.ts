import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, getEntity } from '../../../src/core/catalogue';
import { HOST_ATTRIBUTES } from '../../../src/core/catalogue/host-fields';
import { csvColumns, normaliseHeader, resolveHeaders } from '../../../src/core/generate/csv-columns';
import { parseCell } from '../../../src/core/generate/csv-values';

const vehicleColumns = csvColumns(getEntity('AutoCibleVehicle'), HOST_ATTRIBUTES.AutoCibleVehicle);
const column = (attribute: string) => {
  const found = vehicleColumns.find((c) => c.attribute === attribute);
  if (found === undefined) throw new Error(`no column ${attribute}`);
  return found;
};

describe('CSV column maps', () => {
  it('accepts French labels, English labels and attribute names for the same column', () => {
    const field = getEntity('AutoCibleVehicle').fields.find((f) => f.name === 'mecDate')!;
    for (const header of [field.label.fr, field.label.en, 'mecDate', field.label.fr.toUpperCase()]) {
      expect(resolveHeaders([header], vehicleColumns).columns[0]?.attribute).toBe('mecDate');
    }
  });

  it('never lets one header spelling mean two columns of the same entity', () => {
    for (const entity of CATALOGUE) {
      const owners = new Map<string, string>();
      for (const c of csvColumns(entity, HOST_ATTRIBUTES[entity.entityType])) {
        for (const key of c.accepts) {
          const previous = owners.get(key);
          expect(previous === undefined || previous === c.attribute, `${entity.entityType}: "${key}" → ${previous} and ${c.attribute}`).toBe(true);
          owners.set(key, c.attribute);
        }
      }
    }
  });

  it('reports unknown, duplicated and missing required headers', () => {
    const result = resolveHeaders(['plate', 'Immatriculation', 'colour'], vehicleColumns);
    expect(result.unknown).toEqual(['colour']);
    expect(result.duplicates).toEqual(['Immatriculation']);
    expect(result.missingRequired).toEqual(expect.arrayContaining(['id', 'name']));
  });

  it('normalises accents, case and punctuation', () => {
    expect(normaliseHeader('Date de mise en circulation (MEC)')).toBe('datedemiseencirculationmec');
    expect(normaliseHeader('Énergie')).toBe('energie');
  });
});

describe('CSV cell parsing', () => {
  it('reads French and English number notations', () => {
    expect(parseCell(column('mileage'), '42 000')).toEqual({ ok: true, value: 42000 });
    expect(parseCell(column('monthlyPayment'), '1 234,56')).toEqual({ ok: true, value: 1234.56 });
    expect(parseCell(column('monthlyPayment'), '1234.56')).toEqual({ ok: true, value: 1234.56 });
    expect(parseCell(column('mileage'), '12,5')).toMatchObject({ ok: false });
    expect(parseCell(column('mileage'), 'abc')).toMatchObject({ ok: false });
  });

  it('reads ISO and French dates and rejects impossible ones', () => {
    expect(parseCell(column('mecDate'), '29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseCell(column('mecDate'), '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseCell(column('mecDate'), '29/02/2023')).toMatchObject({ ok: false });
    expect(parseCell(column('mecDate'), '2023-13-01')).toMatchObject({ ok: false });
  });

  it('converts ISO date-times with an offset to EspoCRM UTC', () => {
    expect(parseCell(column('createdAt'), '2026-03-29T02:30:00+02:00')).toEqual({ ok: true, value: '2026-03-29 00:30:00' });
    expect(parseCell(column('createdAt'), '2026-03-29 00:30:00')).toEqual({ ok: true, value: '2026-03-29 00:30:00' });
  });

  it('maps enum labels and aliases to codes, and rejects unknown options', () => {
    const energy = column('energyCode');
    const gazole = energy.options?.find((o) => o.code === 'GO');
    expect(gazole).toBeDefined();
    expect(parseCell(energy, gazole!.label.fr)).toEqual({ ok: true, value: 'GO' });
    expect(parseCell(energy, gazole!.label.en.toUpperCase())).toEqual({ ok: true, value: 'GO' });
    expect(parseCell(energy, 'Vapeur')).toMatchObject({ ok: false });
  });

  it('turns an empty cell into null (or an empty list for multi-enums)', () => {
    expect(parseCell(column('mileage'), '  ')).toEqual({ ok: true, value: null });
    const brands = csvColumns(getEntity('Account'), HOST_ATTRIBUTES.Account).find((c) => c.attribute === 'autoCibleFleetBrands')!;
    expect(parseCell(brands, '')).toEqual({ ok: true, value: [] });
    expect(parseCell(brands, 'RENAULT|PEUGEOT|RENAULT')).toEqual({ ok: true, value: ['RENAULT', 'PEUGEOT'] });
  });

  it('round-trips any integer written in either notation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const fr = n.toLocaleString('fr-FR');
        const en = n.toLocaleString('en-US').replace(/,/g, '');
        expect(parseCell(column('mileage'), fr)).toEqual({ ok: true, value: n });
        expect(parseCell(column('mileage'), en)).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('CSV cells of host enums', () => {
  it('keeps the text of an enum the host validates (no option list in the catalogue)', () => {
    const stage = csvColumns(getEntity('Contact'), HOST_ATTRIBUTES.Contact).find((c) => c.attribute === 'salutationName')!;
    expect(stage.options).toBeUndefined();
    expect(parseCell(stage, ' Mr. ')).toEqual({ ok: true, value: 'Mr.' });
  });
});
