import { describe, expect, it } from 'vitest';
import { B2B_FLEET_MODEL, B2C_RENEWAL_MODEL, reasonValueLabels } from '../../../src/core/scoring';

describe('reasonValueLabels', () => {
  const b2b = reasonValueLabels(B2B_FLEET_MODEL);

  it('gives the words of the codes a rule saw, in both languages', () => {
    expect(b2b('decision-maker', ['DIRIGEANT', 'RESP_PARC'])).toEqual({
      fr: 'Dirigeant (gérant, PDG, DG), Responsable ou gestionnaire de parc',
      en: 'Owner / CEO / managing director, Fleet manager',
    });
    expect(b2b('ceased-company', 'C')).toEqual({ fr: 'Cessée', en: 'Ceased' });
  });

  it('gives nothing for numbers, dates, unknown rules and adjustments: the panel writes those itself', () => {
    expect(b2b('decision-maker', 3)).toBeUndefined();
    expect(b2b('no-such-rule', 'DIRIGEANT')).toBeUndefined();
    expect(b2b('cap:contact-role', 40)).toBeUndefined();
    const b2c = reasonValueLabels(B2C_RENEWAL_MODEL);
    const dateRule = B2C_RENEWAL_MODEL.rules.find((rule) => rule.id === 'lease-end-3m');
    expect(dateRule).toBeDefined();
    expect(b2c('lease-end-3m', '2025-05-20')).toBeUndefined();
  });

  it('gives nothing for a code it has no words for: the panel shows the code as it is', () => {
    expect(b2b('decision-maker', ['NOT_A_ROLE'])).toBeUndefined();
  });
});
