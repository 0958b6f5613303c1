import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../src/core/consent';
import { legacyPhoneForms } from '../../../src/core/consent/normalise-phone';

/** [territory, national number as dictated, E.164 as EspoCRM stores it]. ARCEP overseas blocks. */
const OVERSEAS: readonly [string, string, string][] = [
  ['Guadeloupe landline', '0590 81 23 45', '+590590812345'],
  ['Guadeloupe mobile', '0690 12 34 56', '+590690123456'],
  ['Guadeloupe mobile', '0691 23 45 67', '+590691234567'],
  ['Guyane landline', '0594 30 12 34', '+594594301234'],
  ['Guyane mobile', '0694 12 34 56', '+594694123456'],
  ['Martinique landline', '0596 61 23 45', '+596596612345'],
  ['Martinique mobile', '0696 12 34 56', '+596696123456'],
  ['Martinique mobile', '0697 12 34 56', '+596697123456'],
  ['Réunion landline', '0262 21 23 45', '+262262212345'],
  ['Réunion landline', '0263 12 34 56', '+262263123456'],
  ['Réunion mobile', '0692 12 34 56', '+262692123456'],
  ['Réunion mobile', '0693 12 34 56', '+262693123456'],
  ['Mayotte landline', '0269 61 23 45', '+262269612345'],
  ['Mayotte mobile', '0639 12 34 56', '+262639123456'],
];

describe('normalisePhone with overseas numbers', () => {
  it.each(OVERSEAS)('%s: %s → %s, however it is written', (_territory, national, e164) => {
    const spaced = e164.replace(/^(\+\d{3})(\d{3})(\d{2})(\d{2})(\d{2})$/u, '$1 $2 $3 $4 $5');
    const significant = national.replace(/\s/gu, '').slice(1);
    for (const raw of [national, national.replace(/\s/gu, '.'), significant, `+33 ${significant}`, `+33 (0)${significant}`, `0033${significant}`, spaced, `00${e164.slice(1)}`]) {
      expect(normalisePhone(raw), raw).toBe(e164);
    }
  });

  it('leaves metropolitan numbers next to those blocks on +33', () => {
    for (const [raw, e164] of [['06 12 34 56 78', '+33612345678'], ['06 72 12 34 56', '+33672123456'], ['07 81 12 34 56', '+33781123456'], ['02 40 12 34 56', '+33240123456'], ['05 56 12 34 56', '+33556123456']] as const) {
      expect(normalisePhone(raw), raw).toBe(e164);
    }
  });
});

describe('legacyPhoneForms', () => {
  it.each([
    ['+590691234567', '+33691234567'],
    ['+596697123456', '+33697123456'],
    ['+262263123456', '+33263123456'],
    ['+262269612345', '+33269612345'],
  ])('gives %s its ≤ 0.2.2 form %s', (e164, legacy) => {
    expect(legacyPhoneForms(e164)).toEqual([legacy]);
  });

  it('gives nothing for numbers whose form did not change', () => {
    for (const e164 of ['+590690123456', '+596696123456', '+262262212345', '+262639123456', '+33612345678', '+3221234567', '+508508412345']) {
      expect(legacyPhoneForms(e164), e164).toEqual([]);
    }
  });

  it('gives the form the old table made of the number as dictated', () => {
    // What AutoCible ≤ 0.2.2 did: +33 and the national number without its 0.
    for (const [, national, e164] of OVERSEAS.filter(([, n]) => ['0691', '0697', '0263', '0269'].includes(n.slice(0, 4)))) {
      expect(legacyPhoneForms(e164)).toEqual([`+33${national.replace(/\s/gu, '').slice(1)}`]);
    }
  });
});
