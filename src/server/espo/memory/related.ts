import type { EspoRecord } from '../types';
import type { LinkDef, RelationStore } from './links';

/** Lookup of stored records by entity type. */
export type TableLookup = (entityType: string) => ReadonlyMap<string, EspoRecord>;

/** The records linked to `entityType/id` through a link of the given kind. */
export function relatedRecords(
  tables: TableLookup,
  relations: RelationStore,
  entityType: string,
  id: string,
  link: string,
  def: LinkDef,
): EspoRecord[] {
  switch (def.kind) {
    case 'manyMany':
      return relations.ids(entityType, id, link).flatMap((foreignId) => tables(def.entity).get(foreignId) ?? []);
    case 'hasMany':
      return [...tables(def.entity).values()].filter((record) => record[def.foreignKey] === id);
    case 'belongsTo': {
      const foreignId = tables(entityType).get(id)?.[def.key];
      return typeof foreignId === 'string' ? [tables(def.entity).get(foreignId) ?? []].flat() : [];
    }
  }
}
