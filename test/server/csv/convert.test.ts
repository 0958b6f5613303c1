import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSONAL_PLACEHOLDER, entitySpec } from '../../../src/server/csv';
import type { SampleEntityType } from '../../../src/server/csv';
import { convertRow } from '../../../src/server/csv/convert';
import type { RowContext } from '../../../src/server/csv/convert';

const ID = '6a0000000000000a1';

/** A row context with the id, the required name column and `attribute`, in that order. */
function context(entityType: SampleEntityType, attribute: string): RowContext {
  const spec = entitySpec(entityType);
  const headers = ['id', entityType === 'AutoCibleVehicle' ? 'name' : 'lastName', attribute];
  const columns = headers.map((h) => spec.columns.find((c) => c.attribute === h));
  return { file: 'test.csv', spec, columns, headers };
}

/** Personal-data columns of each kind the reader converts: enum, multi-enum, date, int (with a range), varchar, identifier. */
const PERSONAL: readonly (readonly [SampleEntityType, string])[] = [
  ['Contact', 'autoCibleCsp'],
  ['Contact', 'autoCibleInterests'],
  ['Contact', 'autoCibleBirthDate'],
  ['Contact', 'autoCibleChildrenCount'],
  ['Contact', 'firstName'],
  ['Lead', 'autoCibleLastInboundContactAt'],
  ['AutoCibleVehicle', 'vin'],
  ['AutoCibleVehicle', 'plate'],
];

// '§' is in no reason's own text: a value holding it can only show up in a reason by leaking.
const marked = fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}§${b}`);
const tooLong = fc.string({ minLength: 151, maxLength: 200 }).map((s) => `${s}§`);
const outOfRange = fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 21 })).map(String);

describe('convertRow on personal-data columns', () => {
  it('keeps the cell value out of both languages of every reason, for any value that fails', () => {
    let failures = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAL), fc.oneof(marked, tooLong, outOfRange), ([entityType, attribute], value) => {
        fc.pre(value.trim() !== '');
        const result = convertRow(context(entityType, attribute), [ID, 'Martin', value], 2);
        const issues = result.ok ? [] : result.issues.filter((i) => i.attribute === attribute);
        if (issues.length > 0) failures += 1;
        for (const issue of issues) {
          expect(issue.reason.fr).not.toContain(value.trim());
          expect(issue.reason.en).not.toContain(value.trim());
        }
      }),
      { numRuns: 300 },
    );
    // Most generated values are bad: the property was checked on real rejections, not vacuously.
    expect(failures).toBeGreaterThan(150);
  });

  it('names the cell with the placeholder of each language', () => {
    const result = convertRow(context('Contact', 'autoCibleBirthDate'), [ID, 'Martin', '31/04/1985'], 2);
    expect(result).toMatchObject({ ok: false, issues: [{ attribute: 'autoCibleBirthDate', code: 'invalidValue' }] });
    const reason = result.ok ? undefined : result.issues[0]?.reason;
    expect(reason).toEqual({
      fr: `pas une date (AAAA-MM-JJ ou JJ/MM/AAAA) : ${PERSONAL_PLACEHOLDER.fr}`,
      en: `not a date (YYYY-MM-DD or DD/MM/YYYY): ${PERSONAL_PLACEHOLDER.en}`,
    });
  });

  it('words a bad identifier with its own rule, in French and English', () => {
    const result = convertRow(context('AutoCibleVehicle', 'vin'), [ID, 'Clio', 'VF1RJA0O067123456'], 2);
    expect(result.ok ? [] : result.issues.map((i) => [i.attribute, i.reason])).toEqual([
      ['vin', { fr: 'VIN invalide (17 caractères, sans I, O ni Q)', en: 'invalid VIN (17 characters, no I, O or Q)' }],
    ]);
  });
});

describe('convertRow on other columns', () => {
  it('quotes the value of a column that is not personal data, so the file can be fixed', () => {
    const result = convertRow(context('AutoCibleVehicle', 'mileage'), [ID, 'Clio', 'douze mille'], 2);
    expect(result.ok ? [] : result.issues.map((i) => i.reason)).toEqual([{ fr: 'pas un nombre : « douze mille »', en: 'not a number: "douze mille"' }]);
  });
});
