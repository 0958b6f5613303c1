import type { EntityDef, EntityType, FieldDef } from '../catalogue/types';
import { espoFieldDefs, type EspoFieldDefs } from './field-defs';

export interface EspoLinkDefs {
  type: 'belongsTo' | 'hasMany';
  entity: EntityType | 'User' | 'Team';
  foreign?: string;
  relationName?: string;
  layoutRelationshipsDisabled?: boolean;
}

export interface EntityDefsJson {
  fields: Record<string, EspoFieldDefs>;
  links: Record<string, EspoLinkDefs>;
  collection?: { orderBy: string; order: 'asc' | 'desc'; textFilterFields: string[] };
  indexes?: Record<string, { columns: string[]; unique?: boolean }>;
}

/** The hasMany link the vehicle entity adds on its owners' side (`foreign` of the belongsTo). */
export const VEHICLES_LINK = 'autoCibleVehicles';

/**
 * entityDefs for one catalogue entity. Core entities get only our fields (EspoCRM merges them
 * into its own); the owned entity gets a complete Base-type definition (platform §2.3, verified).
 */
export function generateEntityDefs(entity: EntityDef, all: readonly EntityDef[]): EntityDefsJson {
  const fields: Record<string, EspoFieldDefs> = {};
  const links: Record<string, EspoLinkDefs> = {};
  for (const field of entity.fields) {
    fields[field.name] = espoFieldDefs(field);
    if (field.type === 'link') links[field.name] = belongsTo(field);
  }
  for (const other of all) {
    for (const field of other.fields) {
      if (field.type === 'link' && field.linkEntity === entity.entityType) {
        links[VEHICLES_LINK] = { type: 'hasMany', entity: other.entityType, foreign: field.name };
      }
    }
  }
  if (!entity.owned) return { fields, links };
  return ownedEntityDefs(fields, links);
}

function belongsTo(field: FieldDef): EspoLinkDefs {
  if (field.linkEntity === undefined) throw new Error(`Link field ${field.name} has no linkEntity`);
  return { type: 'belongsTo', entity: field.linkEntity, foreign: VEHICLES_LINK };
}

/**
 * Fields and links of EspoCRM's Base template (`Core/Templates/Metadata/Base/entityDefs.json`),
 * which an extension entity must declare itself. `assignedUser` is optional here (the template
 * requires it) so that API imports without an owner are accepted.
 */
function ownedEntityDefs(fields: Record<string, EspoFieldDefs>, links: Record<string, EspoLinkDefs>): EntityDefsJson {
  return {
    fields: {
      ...fields,
      description: { type: 'text' },
      createdAt: { type: 'datetime', readOnly: true },
      modifiedAt: { type: 'datetime', readOnly: true },
      createdBy: { type: 'link', readOnly: true, view: 'views/fields/user' },
      modifiedBy: { type: 'link', readOnly: true, view: 'views/fields/user' },
      assignedUser: { type: 'link', required: false, view: 'views/fields/assigned-user' },
      teams: { type: 'linkMultiple', view: 'views/fields/teams' },
    },
    links: {
      ...links,
      createdBy: { type: 'belongsTo', entity: 'User' },
      modifiedBy: { type: 'belongsTo', entity: 'User' },
      assignedUser: { type: 'belongsTo', entity: 'User' },
      teams: { type: 'hasMany', entity: 'Team', relationName: 'EntityTeam', layoutRelationshipsDisabled: true },
    },
    collection: { orderBy: 'createdAt', order: 'desc', textFilterFields: ['name', 'plate', 'vin'] },
    indexes: {
      name: { columns: ['name', 'deleted'] },
      assignedUser: { columns: ['assignedUserId', 'deleted'] },
      plate: { columns: ['plate', 'deleted'] },
      vin: { columns: ['vin', 'deleted'] },
      // As the Base template of EspoCRM 9 declares them: the list's default order, and a stable order for its pages.
      createdAt: { columns: ['createdAt'] },
      createdAtId: { unique: true, columns: ['createdAt', 'id'] },
    },
  };
}
