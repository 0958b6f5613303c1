import { describe, expect, it } from 'vitest';
import { CATALOGUE, getEntity, getField, UnknownFieldError } from '../../../src/core/catalogue';
import type { EntityType, FieldDef } from '../../../src/core/catalogue';

// espocrm-platform.md §8.1 (reserved names) plus the host attributes every entity already has.
const RESERVED = new Set([
  'id', 'deleted', 'deleteId', 'versionNumber', 'teams', 'assignedUser', 'assignedUsers', 'createdAt',
  'modifiedAt', 'createdBy', 'modifiedBy', 'followers', 'isFollowed', 'isStarred', 'collaborators',
  'streamUpdatedAt', 'null', 'true', 'false',
]);
// Core links of the extended entities: a field named `{link}Id`, `{link}Name`… would shadow their attributes.
const CORE_LINKS = ['account', 'accounts', 'contact', 'contacts', 'campaign', 'parent', 'assignedUser', 'createdBy',
  'modifiedBy', 'teams', 'createdAccount', 'createdContact', 'createdOpportunity', 'targetLists', 'portalUser'];
const LINK_SUFFIXES = ['Id', 'Name', 'Ids', 'Names', 'Type'];

function toSnakeCase(name: string): string {
  return name.replace(/([A-Z])/g, '_$1').toLowerCase();
}

function matchKey(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

const allFields: [EntityType, FieldDef][] = CATALOGUE.flatMap((e) => e.fields.map((f) => [e.entityType, f] as [EntityType, FieldDef]));
const fieldCases = allFields.map(([entityType, f]) => [`${entityType}.${f.name}`, f] as const);

function names(entityType: EntityType): string[] {
  return getEntity(entityType).fields.map((f) => f.name);
}

describe('catalogue entities', () => {
  it('covers Account, Contact and Lead as core entities and owns AutoCibleVehicle', () => {
    expect(CATALOGUE.map((e) => [e.entityType, e.owned])).toEqual([
      ['Account', false], ['Contact', false], ['Lead', false], ['AutoCibleVehicle', true],
    ]);
    expect(getEntity('AutoCibleVehicle').label).toEqual({
      singular: { fr: 'Véhicule', en: 'Vehicle' },
      plural: { fr: 'Véhicules', en: 'Vehicles' },
    });
  });

  it.each(CATALOGUE.map((e) => [e.entityType, e] as const))('%s has unique field names', (_t, entity) => {
    const fieldNames = entity.fields.map((f) => f.name);
    expect(new Set(fieldNames).size).toBe(fieldNames.length);
  });

  it.each(CATALOGUE.map((e) => [e.entityType, e] as const))('%s CSV headers (name, labels, aliases) never point at two fields', (_t, entity) => {
    const owner = new Map<string, string>();
    for (const field of entity.fields) {
      for (const spelling of [field.name, field.label.fr, field.label.en, ...(field.csvAliases ?? [])]) {
        const key = matchKey(spelling);
        expect(owner.get(key) ?? field.name, `${entity.entityType}: "${spelling}"`).toBe(field.name);
        owner.set(key, field.name);
      }
    }
  });

  it('prefixes fields of core entities with autoCible and leaves the owned entity unprefixed', () => {
    for (const [entityType, field] of allFields) {
      if (entityType === 'AutoCibleVehicle') expect(field.name.startsWith('autoCible')).toBe(false);
      else expect(field.name).toMatch(/^autoCible[A-Z]/);
    }
  });

  it('finds a field by entity and name', () => {
    expect(getField('Account', 'autoCibleSiren').validator).toBe('siren');
  });

  it('throws a typed UnknownFieldError for a field the entity does not define', () => {
    // The VMC group exists on Contact but not on Lead.
    expect(() => getField('Lead', 'autoCibleVmcBrute')).toThrow(UnknownFieldError);
    expect(() => getField('Lead', 'autoCibleVmcBrute')).toThrow(
      expect.objectContaining({ entityType: 'Lead', field: 'autoCibleVmcBrute', code: 'CATALOGUE_UNKNOWN_FIELD' }),
    );
  });
});

describe('field definitions', () => {
  it.each(fieldCases)('%s has French and English labels and tooltips', (_n, field) => {
    for (const text of [field.label.fr, field.label.en, field.tooltip.fr, field.tooltip.en]) {
      expect(text.trim()).not.toBe('');
    }
    expect(field.tooltip.fr).not.toBe(field.label.fr);
    expect(field.tooltip.en).not.toBe(field.label.en);
  });

  it.each(fieldCases)('%s has a name EspoCRM accepts', (_n, field) => {
    expect(field.name).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(toSnakeCase(field.name).length).toBeLessThanOrEqual(50);
    expect(RESERVED.has(field.name)).toBe(false);
  });

  it.each(CATALOGUE.map((e) => [e.entityType, e] as const))('%s has no non-link field shadowing a link attribute', (_t, entity) => {
    const links = [...CORE_LINKS, ...entity.fields.filter((f) => f.type === 'link').map((f) => f.name)];
    for (const field of entity.fields.filter((f) => f.type !== 'link')) {
      for (const suffix of LINK_SUFFIXES) {
        if (!field.name.endsWith(suffix)) continue;
        expect(links, `${entity.entityType}.${field.name}`).not.toContain(field.name.slice(0, -suffix.length));
      }
    }
  });

  it.each(fieldCases)('%s carries exactly the type-specific settings of its type', (_n, field) => {
    const isEnum = field.type === 'enum' || field.type === 'multiEnum';
    expect(field.enum !== undefined).toBe(isEnum);
    expect(field.linkEntity !== undefined).toBe(field.type === 'link');
    if (field.validator !== undefined) expect(field.type).toBe('varchar');
    if (field.min !== undefined || field.max !== undefined) expect(['int', 'float']).toContain(field.type);
    if (field.min !== undefined && field.max !== undefined) expect(field.min).toBeLessThan(field.max);
  });

  it('marks the computed groups as computed and leaves human-entered legal hold editable', () => {
    const computed = (t: EntityType, n: string): boolean => getField(t, n).computed === true;
    for (const t of ['Account', 'Contact', 'Lead'] as const) {
      for (const f of getEntity(t).fields.filter((x) => x.panel === 'score' || x.panel === 'vmc')) {
        expect(f.computed, `${t}.${f.name}`).toBe(true);
        expect(f.retention).toBe('computed');
        expect(f.isPersonalData).toBe(false);
      }
    }
    expect(computed('Contact', 'autoCibleRetentionDeadline')).toBe(true);
    expect(computed('Contact', 'autoCibleLegalHold')).toBe(false);
    expect(computed('Lead', 'autoCibleLegalHoldReason')).toBe(false);
    expect(getField('Contact', 'autoCibleLegalHold').audited).toBe(true);
    expect(computed('AutoCibleVehicle', 'category')).toBe(true);
    expect(computed('AutoCibleVehicle', 'energyFamily')).toBe(true);
    expect(computed('AutoCibleVehicle', 'nextCtDueDate')).toBe(true);
    expect(computed('AutoCibleVehicle', 'genre')).toBe(false);
  });

  it('keeps per-channel consent audited, as consent proof, for every channel', () => {
    for (const t of ['Contact', 'Lead'] as const) {
      for (const channel of ['Email', 'Sms', 'Phone', 'Postal']) {
        for (const part of ['Status', 'Date', 'Source', 'Proof']) {
          const field = getField(t, `autoCibleConsent${channel}${part}`);
          expect(field.audited).toBe(true);
          expect(field.retention).toBe('consentProof');
          expect(field.panel).toBe('consent');
        }
        expect(getField(t, `autoCibleConsent${channel}Proof`).isPersonalData).toBe(true);
      }
      expect(getField(t, 'autoCibleConsentHistory').computed).toBe(true);
    }
  });

  it('flags personal data on people and vehicle identifiers, not on company or vehicle technical data', () => {
    const personal = (t: EntityType, n: string): boolean => getField(t, n).isPersonalData;
    expect(personal('Contact', 'autoCibleBirthDate')).toBe(true);
    expect(personal('Lead', 'autoCibleInterests')).toBe(true);
    expect(personal('Contact', 'autoCibleLastInboundContactAt')).toBe(true);
    expect(personal('AutoCibleVehicle', 'plate')).toBe(true);
    expect(personal('AutoCibleVehicle', 'vin')).toBe(true);
    expect(personal('Account', 'autoCibleSiren')).toBe(false);
    expect(personal('AutoCibleVehicle', 'model')).toBe(false);
    expect(personal('AutoCibleVehicle', 'energyCode')).toBe(false);
    expect(personal('AutoCibleVehicle', 'purchasePrice')).toBe(false);
    for (const f of getEntity('Account').fields) expect(f.isPersonalData, f.name).toBe(false);
  });

  it('shares the person fields between Contact and Lead, and gives VMC to Account and Contact only', () => {
    const lead = names('Lead');
    expect(names('Contact').filter((n) => !n.startsWith('autoCibleVmc'))).toEqual(lead);
    expect(lead.some((n) => n.startsWith('autoCibleVmc'))).toBe(false);
    expect(names('Account')).toContain('autoCibleVmcNetteMarge');
    expect(names('Account')).not.toContain('autoCibleConsentEmailStatus');
  });
});

describe('personal data and audit', () => {
  // Audited values are copied into stream notes; only proof we must keep (consent, legal hold) may be.
  it('never audits a personal-data field, except consent and legal-hold evidence', () => {
    for (const entity of CATALOGUE) {
      for (const field of entity.fields.filter((f) => f.isPersonalData && f.audited)) {
        expect(field.retention === 'consentProof' || field.name === 'autoCibleLegalHoldReason', `${entity.entityType}.${field.name}`).toBe(true);
      }
    }
  });
});
