import { describe, expect, it } from 'vitest';
import { B2B_FLEET_MODEL, B2C_RENEWAL_MODEL, DEFAULT_MODELS, NoScoringModelError, selectModel } from '../../../src/core/scoring';

describe('selectModel', () => {
  it('scores accounts with the B2B fleet model', () => {
    expect(selectModel(DEFAULT_MODELS, { entityType: 'Account', record: {} })).toEqual({
      model: B2B_FLEET_MODEL, customerKind: 'PROFESSIONNEL', basis: 'account',
    });
  });

  it('follows the customer kind of a contact or lead', () => {
    expect(selectModel(DEFAULT_MODELS, { entityType: 'Contact', record: { autoCibleCustomerKind: 'PROFESSIONNEL' } }).model).toBe(B2B_FLEET_MODEL);
    expect(selectModel(DEFAULT_MODELS, { entityType: 'Lead', record: { autoCibleCustomerKind: 'PARTICULIER' } })).toMatchObject({
      model: B2C_RENEWAL_MODEL, basis: 'field',
    });
  });

  it('treats a contact without a kind but linked to an account as professional', () => {
    expect(selectModel(DEFAULT_MODELS, { entityType: 'Contact', record: { accountId: 'a1' } })).toMatchObject({
      model: B2B_FLEET_MODEL, customerKind: 'PROFESSIONNEL', basis: 'accountLink',
    });
  });

  it('falls back to the private-customer model when nothing says otherwise', () => {
    expect(selectModel(DEFAULT_MODELS, { entityType: 'Lead', record: {} })).toMatchObject({
      model: B2C_RENEWAL_MODEL, customerKind: 'PARTICULIER', basis: 'default',
    });
  });

  it('takes the first model that applies, in the order given', () => {
    const overriding = { ...B2C_RENEWAL_MODEL, id: 'my-b2c' };
    expect(selectModel([overriding, ...DEFAULT_MODELS], { entityType: 'Contact', record: {} }).model).toBe(overriding);
  });

  it('throws a NoScoringModelError naming the entity type and kind when no model applies', () => {
    expect(() => selectModel([B2C_RENEWAL_MODEL], { entityType: 'Account', record: {} }))
      .toThrow(expect.objectContaining({ code: 'SCORING_NO_MODEL', entityType: 'Account', customerKind: 'PROFESSIONNEL' }) as Error);
    expect(() => selectModel([], { entityType: 'Lead', record: {} })).toThrow(NoScoringModelError);
  });
});
