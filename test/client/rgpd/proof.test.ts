import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROOF_MAX_CHARS, truncateProof } from '../../../src/client/rgpd';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncateProof', () => {
  it('keeps a short proof whole', () => {
    expect(truncateProof(' Bon de commande n° 4521 ')).toEqual({ short: 'Bon de commande n° 4521', full: 'Bon de commande n° 4521' });
  });

  it('cuts a long wording with an ellipsis and keeps the full text', () => {
    const wording = 'J’accepte de recevoir par e-mail les offres de la concession et de ses partenaires automobiles.';
    const { short, full } = truncateProof(wording);
    expect(full).toBe(wording);
    expect(short.endsWith('…')).toBe(true);
    expect(Array.from(short).length).toBeLessThanOrEqual(PROOF_MAX_CHARS);
    expect(wording.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('never splits a character made of two code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 120 }), (text) => {
        const { short } = truncateProof(text);
        expect(Array.from(short).length).toBeLessThanOrEqual(PROOF_MAX_CHARS);
        expect(LONE_SURROGATE.test(short)).toBe(false);
      }),
    );
  });
});
