import { describe, expect, it } from 'vitest';
import { unstoredAttributes } from '../../../src/server/espo/unstored-attributes';

describe('unstoredAttributes: what EspoCRM answered 200 to without storing it (platform doc §8.13)', () => {
  it('names an AutoCible field whose answered value is not the one sent, and one missing from the answer', () => {
    const sent = { autoCibleScore: 42, autoCibleScoreGrade: 'B', autoCibleScoredAt: '2025-03-15 08:00:00' };
    const stored = { id: 'c1', autoCibleScore: 17, autoCibleScoreGrade: 'B' };
    expect(unstoredAttributes('Contact', sent, stored)).toEqual(['autoCibleScore', 'autoCibleScoredAt']);
  });

  it('accepts any empty form for a cleared value', () => {
    const sent = { autoCibleScore: null, autoCibleConsentEmail: null, autoCibleScoreModel: '' };
    expect(unstoredAttributes('Contact', sent, { autoCibleScore: null, autoCibleConsentEmail: false, autoCibleScoreModel: null })).toEqual([]);
    expect(unstoredAttributes('Contact', sent, { autoCibleScore: 42, autoCibleConsentEmail: false, autoCibleScoreModel: null })).toEqual(['autoCibleScore']);
  });

  it('takes text EspoCRM trimmed as stored (varchar values lose their surrounding spaces on save)', () => {
    expect(unstoredAttributes('AutoCibleVehicle', { name: 'Renault Clio ' }, { name: 'Renault Clio' })).toEqual([]);
    expect(unstoredAttributes('AutoCibleVehicle', { name: 'Renault Clio' }, { name: 'Renault Megane' })).toEqual(['name']);
  });

  it('leaves core fields and lists alone: EspoCRM derives or enriches them', () => {
    const sent = { emailAddressIsOptedOut: true, emailAddressData: [{ emailAddress: 'a@b.fr' }], autoCibleFleetBrands: ['RENAULT'] };
    expect(unstoredAttributes('Contact', sent, { emailAddressIsOptedOut: false })).toEqual([]);
  });

  it('checks every scalar field of AutoCible’s own entities', () => {
    expect(unstoredAttributes('AutoCibleVehicle', { registration: null, mileage: 1000 }, { registration: 'AB-123-CD', mileage: 1000 })).toEqual(['registration']);
  });
});
