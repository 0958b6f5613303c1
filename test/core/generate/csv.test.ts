import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, getEntity } from '../../../src/core/catalogue';
import { HOST_ATTRIBUTES } from '../../../src/core/catalogue/host-fields';
import { csvColumns, normaliseHeader, resolveHeaders } from '../../../src/core/generate/csv-columns';
import { cellReason } from '../../../src/core/generate/cell-reasons';
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

const accountColumn = (attribute: string) => csvColumns(getEntity('Account'), HOST_ATTRIBUTES.Account).find((c) => c.attribute === attribute)!;
const contactColumn = (attribute: string) => csvColumns(getEntity('Contact'), HOST_ATTRIBUTES.Contact).find((c) => c.attribute === attribute)!;

describe('CSV cell problems, in French and English', () => {
  it.each([
    ['an unknown option', () => column('energyCode'), 'Vapeur', 'unknownOption', 'option inconnue « Vapeur »', 'unknown option "Vapeur"'],
    ['an unknown option of a multi-enum, naming the bad part only', () => accountColumn('autoCibleFleetBrands'), 'RENAULT|Trabant', 'unknownOption', 'option inconnue « Trabant »', 'unknown option "Trabant"'],
    ['a number that is not one', () => column('monthlyPayment'), 'douze', 'notNumber', 'pas un nombre : « douze »', 'not a number: "douze"'],
    ['a decimal in an integer column', () => column('mileage'), '12.5', 'notInteger', 'pas un entier : « 12.5 »', 'not an integer: "12.5"'],
    ['an impossible date', () => column('mecDate'), '31/04/2021', 'notDate', 'pas une date (AAAA-MM-JJ ou JJ/MM/AAAA) : « 31/04/2021 »', 'not a date (YYYY-MM-DD or DD/MM/YYYY): "31/04/2021"'],
    [
      'a date-time without an offset', () => column('createdAt'), '2026-03-29T02:30', 'notDateTime',
      'pas une date-heure (AAAA-MM-JJ HH:mm:ss UTC ou ISO 8601 avec décalage) : « 2026-03-29T02:30 »',
      'not a date-time (YYYY-MM-DD HH:mm:ss UTC or ISO 8601 with an offset): "2026-03-29T02:30"',
    ],
    [
      'a yes/no cell that is neither', () => contactColumn('doNotCall'), 'peut-être', 'notBool',
      'pas une valeur oui/non (oui, non, vrai, faux, 1, 0) : « peut-être »', 'not a yes/no value (yes, no, true, false, 1, 0): "peut-être"',
    ],
  ] as const)('words %s', (_, columnOf, raw, problem, fr, en) => {
    expect(parseCell(columnOf(), raw)).toEqual({ ok: false, problem, reason: { fr, en } });
  });

  it('quotes the cell trimmed, as it was read', () => {
    expect(parseCell(column('mileage'), '  abc ')).toMatchObject({ reason: { fr: 'pas un nombre : « abc »', en: 'not a number: "abc"' } });
  });

  it('words a problem with a placeholder in place of the value when asked to', () => {
    expect(cellReason('notDate', { fr: '[donnée personnelle]', en: '[personal data]' })).toEqual({
      fr: 'pas une date (AAAA-MM-JJ ou JJ/MM/AAAA) : [donnée personnelle]',
      en: 'not a date (YYYY-MM-DD or DD/MM/YYYY): [personal data]',
    });
  });
});

describe('CSV cells of host enums', () => {
  it('keeps the text of an enum the host validates (no option list in the catalogue)', () => {
    const stage = csvColumns(getEntity('Contact'), HOST_ATTRIBUTES.Contact).find((c) => c.attribute === 'salutationName')!;
    expect(stage.options).toBeUndefined();
    expect(parseCell(stage, ' Mr. ')).toEqual({ ok: true, value: 'Mr.' });
  });
});
