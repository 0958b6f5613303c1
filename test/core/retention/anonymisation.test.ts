import { describe, expect, it } from 'vitest';
import { getEntity } from '../../../src/core/catalogue';
import type { EntityType } from '../../../src/core/catalogue';
import { HOST_ATTRIBUTES } from '../../../src/core/catalogue/host-fields';
import { fieldsKeptAfterAnonymisation, personalDataFieldsToErase } from '../../../src/core/retention';

const ENTITIES: readonly EntityType[] = ['Contact', 'Lead', 'Account', 'AutoCibleVehicle'];

describe('personalDataFieldsToErase', () => {
  it('erases a person’s host fields by their EspoCRM field name, as the Data Privacy erase takes them', () => {
    for (const entity of ['Contact', 'Lead'] as const) {
      const erase = personalDataFieldsToErase(entity);
      expect(erase.slice(0, 4)).toEqual(['name', 'emailAddress', 'phoneNumber', 'address']);
      for (const attribute of ['firstName', 'lastName', 'addressCity', 'addressPostalCode']) expect(erase).not.toContain(attribute);
    }
  });

  it('erases every catalogue field flagged as personal data, birth date and consent proofs included', () => {
    for (const entity of ENTITIES) {
      const personal = getEntity(entity).fields.filter((f) => f.isPersonalData).map((f) => f.name);
      expect(personalDataFieldsToErase(entity)).toEqual(expect.arrayContaining(personal));
    }
    expect(personalDataFieldsToErase('Contact')).toEqual(
      expect.arrayContaining(['autoCibleBirthDate', 'autoCibleLastInboundContactAt', 'autoCibleConsentEmailProof', 'autoCibleConsentHistory']),
    );
  });

  it('erases a vehicle’s plate and VIN but not its model, energy or price', () => {
    const erase = personalDataFieldsToErase('AutoCibleVehicle');
    expect(erase).toEqual(expect.arrayContaining(['plate', 'vin']));
    for (const kept of ['model', 'brand', 'energyFamily', 'purchasePrice', 'purchaseDate']) expect(erase).not.toContain(kept);
  });

  it('erases nothing that is not personal data', () => {
    for (const entity of ENTITIES) {
      const personal = new Set([
        ...HOST_ATTRIBUTES[entity].filter((a) => a.isPersonalData).map((a) => a.field),
        ...getEntity(entity).fields.filter((f) => f.isPersonalData).map((f) => f.name),
      ]);
      for (const field of personalDataFieldsToErase(entity)) expect(personal.has(field), `${entity}.${field}`).toBe(true);
    }
  });
});

describe('fieldsKeptAfterAnonymisation', () => {
  it('keeps business data for statistics', () => {
    expect(fieldsKeptAfterAnonymisation('AutoCibleVehicle')).toEqual(expect.arrayContaining(['model', 'energyFamily', 'purchasePrice', 'financingEndDate']));
    expect(fieldsKeptAfterAnonymisation('Contact')).toEqual(expect.arrayContaining(['autoCibleLifecycleStage', 'autoCibleConsentEmailStatus', 'createdAt']));
  });

  it('splits every field into erased or kept, never both', () => {
    for (const entity of ENTITIES) {
      const erase = new Set(personalDataFieldsToErase(entity));
      const keep = fieldsKeptAfterAnonymisation(entity);
      expect(keep.filter((f) => erase.has(f)), entity).toEqual([]);
      const all = new Set([...HOST_ATTRIBUTES[entity].map((a) => a.field), ...getEntity(entity).fields.map((f) => f.name)]);
      expect(new Set([...erase, ...keep]), entity).toEqual(all);
    }
  });

  it('does not keep the opt-out flag of an erased email address apart from its field', () => {
    expect(fieldsKeptAfterAnonymisation('Contact')).not.toContain('emailAddress');
    expect(fieldsKeptAfterAnonymisation('Contact')).toContain('doNotCall');
  });
});
