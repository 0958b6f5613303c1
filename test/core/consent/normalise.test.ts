import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailMatchKey, normaliseEmail, normalisePhone } from '../../../src/core/consent';

describe('normaliseEmail', () => {
  it('trims and lowercases a valid address', () => {
    expect(normaliseEmail('  Jean.Dupont@Garage-Martin.FR ')).toBe('jean.dupont@garage-martin.fr');
  });

  it('refuses text that is not an email address', () => {
    for (const raw of ['', 'jean', 'jean@', '@garage.fr', 'jean dupont@garage.fr', 'jean@garage', 'a@b@c.fr', 'jean@garage.']) {
      expect(normaliseEmail(raw), raw).toBeUndefined();
    }
  });
});

describe('emailMatchKey', () => {
  it('folds dots, +tags and googlemail for Gmail only', () => {
    expect(emailMatchKey('Jean.Dupont+promo@googlemail.com')).toBe('jeandupont@gmail.com');
    expect(emailMatchKey('jeandupont@gmail.com')).toBe('jeandupont@gmail.com');
    expect(emailMatchKey('jean.dupont+promo@orange.fr')).toBe('jean.dupont+promo@orange.fr');
  });
});

describe('normalisePhone', () => {
  const cases: readonly [string, string | undefined][] = [
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+330612345678', '+33612345678'],
    ['612345678', '+33612345678'],
    ['01 23 45 67 89', '+33123456789'],
    ['0590 12 34 56', '+590590123456'],
    ['0690 12 34 56', '+590690123456'],
    ['0594 12 34 56', '+594594123456'],
    ['0696 12 34 56', '+596696123456'],
    ['0262 12 34 56', '+262262123456'],
    ['0639 12 34 56', '+262639123456'],
    ['0508 41 23 45', '+508508412345'],
    ['+33 590 12 34 56', '+590590123456'],
    ['+590 590 12 34 56', '+590590123456'],
    ['+32 2 123 45 67', '+3221234567'],
    ['0044 20 7946 0958', '+442079460958'],
    ['', undefined],
    ['06 12 34 56', undefined],
    ['0033 12 34', undefined],
    ['06 12 34 56 78 90', undefined],
    ['tel: 06 12 34 56 78', undefined],
    ['+0 12345678', undefined],
  ];
  for (const [raw, expected] of cases) {
    it(`reads ${JSON.stringify(raw)} as ${String(expected)}`, () => expect(normalisePhone(raw)).toBe(expected));
  }

  it('is stable: a normalised number normalises to itself', () => {
    const national = fc.stringMatching(/^0[1-9]\d{8}$/);
    fc.assert(
      fc.property(national, (raw) => {
        const e164 = normalisePhone(raw);
        expect(e164).toMatch(/^\+\d{11,12}$/);
        expect(normalisePhone(e164 ?? '')).toBe(e164);
      }),
    );
  });
});
