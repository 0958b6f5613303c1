import { describe, expect, it } from 'vitest';
import { CATALOGUE, getEntity } from '../../../src/core/catalogue';
import { generateEntityDefs, VEHICLES_LINK } from '../../../src/core/generate/entity-defs';

describe('entityDefs generation', () => {
  it('declares every catalogue field with its EspoCRM type', () => {
    for (const entity of CATALOGUE) {
      const defs = generateEntityDefs(entity, CATALOGUE);
      for (const field of entity.fields) {
        expect(defs.fields[field.name], `${entity.entityType}.${field.name}`).toMatchObject({ type: field.type });
      }
    }
  });

  it('puts the empty option first on enums, so a value can be cleared', () => {
    for (const entity of CATALOGUE) {
      const defs = generateEntityDefs(entity, CATALOGUE);
      for (const field of entity.fields.filter((f) => f.type === 'enum')) {
        const options = defs.fields[field.name]?.options as string[];
        expect(options[0]).toBe('');
        expect(options.slice(1)).toEqual(field.enum?.options.map((o) => o.code));
      }
    }
  });

  it('never marks computed fields readOnly, because the host would drop our API writes', () => {
    for (const entity of CATALOGUE) {
      const defs = generateEntityDefs(entity, CATALOGUE);
      for (const field of entity.fields.filter((f) => f.computed === true)) {
        expect(defs.fields[field.name]).not.toHaveProperty('readOnly');
        expect(defs.fields[field.name]).toMatchObject({ inlineEditDisabled: true });
      }
    }
  });

  it('flags personal data and audited fields as the catalogue says', () => {
    const contact = generateEntityDefs(getEntity('Contact'), CATALOGUE);
    for (const field of getEntity('Contact').fields) {
      expect(contact.fields[field.name]?.isPersonalData === true).toBe(field.isPersonalData);
      expect(contact.fields[field.name]?.audited === true).toBe(field.audited);
    }
  });

  it('gives the owned vehicle entity the Base template fields and links', () => {
    const defs = generateEntityDefs(getEntity('AutoCibleVehicle'), CATALOGUE);
    for (const name of ['createdAt', 'modifiedAt', 'createdBy', 'modifiedBy', 'assignedUser', 'teams']) {
      expect(defs.fields).toHaveProperty(name);
    }
    expect(defs.links.teams).toMatchObject({ type: 'hasMany', entity: 'Team', relationName: 'EntityTeam' });
    expect(defs.links.account).toEqual({ type: 'belongsTo', entity: 'Account', foreign: VEHICLES_LINK });
    expect(defs.links.contact).toEqual({ type: 'belongsTo', entity: 'Contact', foreign: VEHICLES_LINK });
  });

  it('indexes what its list and look-ups sort and search by: the Base template indexes, plate and VIN', () => {
    const defs = generateEntityDefs(getEntity('AutoCibleVehicle'), CATALOGUE);
    expect(defs.collection?.orderBy).toBe('createdAt');
    expect(defs.indexes).toMatchObject({
      name: { columns: ['name', 'deleted'] }, assignedUser: { columns: ['assignedUserId', 'deleted'] },
      createdAt: { columns: ['createdAt'] }, createdAtId: { unique: true, columns: ['createdAt', 'id'] },
      plate: { columns: ['plate', 'deleted'] }, vin: { columns: ['vin', 'deleted'] },
    });
  });

  it('adds the reverse hasMany link on Account and Contact, and only our fields on core entities', () => {
    for (const entityType of ['Account', 'Contact'] as const) {
      const defs = generateEntityDefs(getEntity(entityType), CATALOGUE);
      expect(defs.links[VEHICLES_LINK]).toEqual({ type: 'hasMany', entity: 'AutoCibleVehicle', foreign: entityType === 'Account' ? 'account' : 'contact' });
      expect(defs).not.toHaveProperty('collection');
      expect(Object.keys(defs.fields).every((name) => name.startsWith('autoCible'))).toBe(true);
    }
    expect(generateEntityDefs(getEntity('Lead'), CATALOGUE).links).toEqual({});
  });
});
