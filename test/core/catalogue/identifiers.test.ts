import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidNaf,
  isValidPlate,
  isValidSiren,
  isValidSiret,
  isValidVin,
  normaliseDigits,
  normaliseNaf,
  normalisePlate,
  normaliseVin,
  validateIdentifier,
} from '../../../src/core/catalogue';

/** Appends the Luhn check digit that makes `body` valid. */
function withLuhnKey(body: string): string {
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${body}${key}`;
    let sum = 0;
    [...candidate].reverse().forEach((c, i) => {
      const d = Number(c) * (i % 2 === 1 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    });
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

const digitString = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const validSiren = digitString(8).map(withLuhnKey).filter((s) => s !== '000000000');
const validSiret = fc.tuple(validSiren, digitString(4)).map(([siren, nic]) => withLuhnKey(`${siren}${nic}`));

/** `value` with the digit at `index` replaced by a different digit. */
function changeDigit(value: string, index: number, shift: number): string {
  const i = index % value.length;
  const digit = (Number(value[i]) + 1 + (shift % 9)) % 10;
  return `${value.slice(0, i)}${digit}${value.slice(i + 1)}`;
}

describe('normaliseDigits', () => {
  it('removes spaces, non-breaking spaces, dots and dashes', () => {
    expect(normaliseDigits(' 732\u00a0829.320-00074 ')).toBe('73282932000074');
  });
});

describe('SIREN', () => {
  it('accepts real SIRENs, formatted or not', () => {
    for (const siren of ['732829320', '552081317', '356000000', '732 829 320', '552.081.317']) {
      expect(isValidSiren(siren), siren).toBe(true);
    }
  });

  it('rejects wrong checksums, lengths, letters and the all-zero number', () => {
    for (const siren of ['732829321', '123456789', '73282932', '7328293200', '73282932A', '000000000', '']) {
      expect(isValidSiren(siren), siren).toBe(false);
    }
  });

  it('rejects a valid SIREN with any single digit changed', () => {
    fc.assert(
      fc.property(validSiren, fc.nat(), fc.nat(), (siren, index, shift) => {
        expect(isValidSiren(siren)).toBe(true);
        expect(isValidSiren(changeDigit(siren, index, shift))).toBe(false);
      }),
    );
  });
});

describe('SIRET', () => {
  it('accepts real SIRETs, including La Poste establishments outside Luhn', () => {
    for (const siret of ['73282932000074', '732 829 320 00074', '35600000000048', '35600000049837']) {
      expect(isValidSiret(siret), siret).toBe(true);
    }
  });

  it('accepts a La Poste SIRET only when its digit sum is a multiple of 5', () => {
    expect(isValidSiret('35600000049838')).toBe(false);
    expect(isValidSiret('35600000012345')).toBe(false);
    // The same digits under another SIREN get no exception.
    expect(isValidSiret('73282932049837')).toBe(false);
  });

  it('rejects wrong checksums, lengths and letters', () => {
    for (const siret of ['12345678912345', '73282932000075', '3624679471379', '123456ABC12345', '']) {
      expect(isValidSiret(siret), siret).toBe(false);
    }
  });

  it('rejects a valid SIRET with any single digit changed (outside La Poste)', () => {
    fc.assert(
      fc.property(validSiret, fc.nat(), fc.nat(), (siret, index, shift) => {
        const changed = changeDigit(siret, index, shift);
        fc.pre(!changed.startsWith('356000000'));
        expect(isValidSiret(siret)).toBe(true);
        expect(isValidSiret(changed)).toBe(false);
      }),
    );
  });
});

describe('VIN', () => {
  it('accepts 17 characters without I, O, Q, in any case and with spaces', () => {
    expect(isValidVin('WVWZZZ1JZXW000001')).toBe(true);
    expect(isValidVin('vf1 rfb00 x56789012')).toBe(true);
    expect(normaliseVin(' vf1-rfb00x56789012 ')).toBe('VF1RFB00X56789012');
  });

  it('rejects I, O, Q and wrong lengths', () => {
    for (const vin of ['WVWZZZ1JZXW00000I', 'WVWZZZ1JZXW00000O', 'WVWZZZ1JZXW00000Q', 'WVWZZZ1JZXW00001', 'WVWZZZ1JZXW0000012']) {
      expect(isValidVin(vin), vin).toBe(false);
    }
  });
});

describe('plates', () => {
  it('stores SIV plates upper-case without dashes', () => {
    expect(normalisePlate('ab-123-cd')).toBe('AB123CD');
    expect(normalisePlate(' 1234 ab 75 ')).toBe('1234AB75');
  });

  it('accepts SIV plates and legacy FNI plates', () => {
    for (const plate of ['AB-123-CD', 'ab 123 cd', 'AB123CD', 'ZZ-999-ZZ', '1234 AB 75', '123 ABC 2A', '12 AB 971', '1 A 01']) {
      expect(isValidPlate(plate), plate).toBe(true);
    }
  });

  it('rejects SIV letters I, O, U, the 000 block and malformed numbers', () => {
    for (const plate of ['AI-123-CD', 'AB-123-OD', 'UB-123-CD', 'AB-000-CD', 'A-123-BC', 'AB-12-CD', '1234 AB 00', '12345 AB 75', '1234 AB 977', '']) {
      expect(isValidPlate(plate), plate).toBe(false);
    }
  });
});

describe('NAF', () => {
  it('accepts four digits and a letter, with or without the dot', () => {
    for (const naf of ['45.11Z', '4511Z', '45.20a', ' 77.11B ']) expect(isValidNaf(naf), naf).toBe(true);
  });

  it('rejects other shapes', () => {
    for (const naf of ['45.11', '4511ZZ', '451Z', '45-11Z', 'AB.CDZ', '']) expect(isValidNaf(naf), naf).toBe(false);
  });

  it('writes valid codes the INSEE way and leaves invalid ones alone', () => {
    expect(normaliseNaf('4511z')).toBe('45.11Z');
    expect(normaliseNaf('45.11Z')).toBe('45.11Z');
    expect(normaliseNaf(' 45-11Z ')).toBe('45-11Z');
  });
});

describe('validateIdentifier', () => {
  it('runs the validator each catalogue name refers to', () => {
    const cases = [
      ['siren', '732829320', '732829321'],
      ['siret', '73282932000074', '73282932000075'],
      ['vin', 'WVWZZZ1JZXW000001', 'WVWZZZ1JZXW00000O'],
      ['plate', 'AB-123-CD', 'AB-000-CD'],
      ['naf', '45.11Z', '45.11'],
    ] as const;
    for (const [name, valid, invalid] of cases) {
      expect(validateIdentifier(name, valid), `${name} ${valid}`).toBe(true);
      expect(validateIdentifier(name, invalid), `${name} ${invalid}`).toBe(false);
    }
  });
});
