import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScoreFormat } from '../../../src/client/score';
import { plainSpaces } from '../support/html';

describe('createScoreFormat', () => {
  it('signs points, rounds them to one decimal and never shows -0', () => {
    const fr = createScoreFormat('fr_FR');
    expect([12, -5, 0, 27.46, -0.04, 1234.5].map((n) => plainSpaces(fr.points(n)))).toEqual(['+12', '-5', '0', '+27,5', '0', '+1 234,5']);
    expect([3.25, -3.25].map(createScoreFormat('en_US').points)).toEqual(['+3.3', '-3.3']);
  });

  it('uses the separator and decimal mark EspoCRM shows numbers with', () => {
    const format = createScoreFormat('fr_FR', { group: '.', decimal: ',' });
    expect(format.number(1234.5)).toBe('1.234,5');
    expect(format.points(-1234.46)).toBe('-1.234,5');
  });

  it('falls back to English numbers for an unknown or malformed language', () => {
    expect(createScoreFormat('xx_not a tag').number(1234.567)).toBe('1,234.57');
  });

  it('gives points a sign that matches their rounded value', () => {
    const en = createScoreFormat('en_US');
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (points) => {
        const shown = en.points(points);
        const rounded = Math.round(Math.abs(points) * 10) * Math.sign(points);
        if (rounded > 0) expect(shown.startsWith('+')).toBe(true);
        else if (rounded < 0) expect(shown.startsWith('-')).toBe(true);
        else expect(shown).toBe('0');
      }),
    );
  });
});
