import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWith, LOCALE_SYMBOLS, numberSymbols } from '../../src/client/locale';

describe('the number symbols of the user', () => {
  const read = (values: Record<string, unknown>) => (name: string) => values[name];

  it('prefers the user’s preferences to the settings, per symbol', () => {
    expect(numberSymbols(read({ decimalMark: ',' }), read({ thousandSeparator: ' ', decimalMark: '.' }))).toEqual({ group: ' ', decimal: ',' });
    expect(numberSymbols(read({ thousandSeparator: '' }), read({ thousandSeparator: ',' }))).toEqual({ group: '', decimal: null });
    expect(numberSymbols(read({ thousandSeparator: null }), read({}))).toEqual(LOCALE_SYMBOLS);
  });

  it('changes only the separators: the digits, sign and symbols stay the locale’s', () => {
    const format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
      const shown = formatWith(format, value, { group: '', decimal: '.' });
      // Without grouping and with a full stop for a mark, the French text reads back as the rounded value.
      expect(Math.abs(Number(shown.replace('\u2212', '-')) - value)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(value));
      expect(formatWith(format, value, LOCALE_SYMBOLS)).toBe(format.format(value));
    }));
  });
});
