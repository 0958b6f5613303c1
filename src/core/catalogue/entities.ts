import {
  COMPANY_FIELDS,
  CONSENT_FIELDS,
  FLEET_FIELDS,
  LIFECYCLE_STAGE_FIELD,
  PERSON_FIELDS,
  RETENTION_FIELDS,
  SCORE_FIELDS,
  VEHICLE_DESCRIPTION_FIELDS,
  VEHICLE_FINANCING_FIELDS,
  VEHICLE_LINK_FIELDS,
  VEHICLE_USAGE_FIELDS,
  VMC_FIELDS,
} from './fields';
import { label } from './label';
import type { EntityDef, EntityType, EnumDef, FieldDef } from './types';
import { UnknownFieldError } from './unknown-field-error';

const ACCOUNT: EntityDef = {
  entityType: 'Account',
  owned: false,
  label: { singular: label('Compte', 'Account'), plural: label('Comptes', 'Accounts') },
  fields: [...COMPANY_FIELDS, LIFECYCLE_STAGE_FIELD, ...FLEET_FIELDS, ...SCORE_FIELDS, ...VMC_FIELDS],
};

const CONTACT: EntityDef = {
  entityType: 'Contact',
  owned: false,
  label: { singular: label('Contact', 'Contact'), plural: label('Contacts', 'Contacts') },
  fields: [...PERSON_FIELDS, ...SCORE_FIELDS, ...CONSENT_FIELDS, ...RETENTION_FIELDS, ...VMC_FIELDS],
};

// Leads carry no VMC: a value per customer only makes sense once the lead is converted.
const LEAD: EntityDef = {
  entityType: 'Lead',
  owned: false,
  label: { singular: label('Piste', 'Lead'), plural: label('Pistes', 'Leads') },
  fields: [...PERSON_FIELDS, ...SCORE_FIELDS, ...CONSENT_FIELDS, ...RETENTION_FIELDS],
};

const VEHICLE: EntityDef = {
  entityType: 'AutoCibleVehicle',
  owned: true,
  label: { singular: label('Véhicule', 'Vehicle'), plural: label('Véhicules', 'Vehicles') },
  createLabel: label('Créer un véhicule', 'Create Vehicle'),
  fields: [...VEHICLE_DESCRIPTION_FIELDS, ...VEHICLE_USAGE_FIELDS, ...VEHICLE_FINANCING_FIELDS, ...VEHICLE_LINK_FIELDS],
};

/** Every entity AutoCible extends or owns, with its fields in detail-layout order. */
export const CATALOGUE: readonly EntityDef[] = [ACCOUNT, CONTACT, LEAD, VEHICLE];

const BY_TYPE: Readonly<Record<EntityType, EntityDef>> = {
  Account: ACCOUNT,
  Contact: CONTACT,
  Lead: LEAD,
  AutoCibleVehicle: VEHICLE,
};

export function getEntity(entityType: EntityType): EntityDef {
  return BY_TYPE[entityType];
}

/** The field `name` of `entityType`; throws `UnknownFieldError` when the entity does not define it. */
export function getField(entityType: EntityType, name: string): FieldDef {
  const field = BY_TYPE[entityType].fields.find((f) => f.name === name);
  if (field === undefined) throw new UnknownFieldError(entityType, name);
  return field;
}

/** The enumerations used by catalogue fields, each once (first use wins), in field order. */
export function allEnums(): readonly EnumDef[] {
  const byId = new Map<string, EnumDef>();
  for (const entity of CATALOGUE) {
    for (const field of entity.fields) {
      if (field.enum !== undefined && !byId.has(field.enum.id)) byId.set(field.enum.id, field.enum);
    }
  }
  return [...byId.values()];
}
