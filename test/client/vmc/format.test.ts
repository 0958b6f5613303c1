import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/client/vmc/format';
import { plainSpaces } from '../support/html';

describe('formatting in the user’s language', () => {
  it('writes whole euros without cents and other amounts with cents, in French', () => {
    const format = createFormatter('fr_FR', 'EUR');
    expect(plainSpaces(format.money(1400) ?? '')).toBe('1 400 €');
    expect(plainSpaces(format.money(33.3) ?? '')).toBe('33,30 €');
    expect(plainSpaces(format.percent(0.75) ?? '')).toBe('75 %');
    expect(format.number(1.2, 2)).toBe('1,2');
  });

  it('writes English amounts the English way', () => {
    expect(createFormatter('en_US', 'EUR').money(41000)).toBe('€41,000');
  });

  it('uses the separator and decimal mark EspoCRM shows numbers with, the empty separator too', () => {
    const french = createFormatter('en_US', 'EUR', { group: ' ', decimal: ',' });
    expect(french.money(1400.5)).toBe('€1 400,50');
    expect(french.percent(0.125)).toBe('12,5%');
    expect(createFormatter('fr_FR', 'EUR', { group: '', decimal: null }).number(1234567.25, 2)).toBe('1234567,25');
  });

  it('returns null for a value that is not finite', () => {
    const format = createFormatter('fr_FR', 'EUR');
    expect(format.money(Number.NaN)).toBeNull();
    expect(format.percent(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('falls back to EUR and en-US for a malformed currency or language', () => {
    expect(createFormatter('not a language!', '<img>').money(5)).toBe('€5');
  });
});
