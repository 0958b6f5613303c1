/**
 * What the reader and the sample writer know about each CSV file: its columns (canonical header =
 * API attribute, from the catalogue), the zod record schema, and which attributes are personal
 * data (their values never appear in reports).
 */
import type { z } from 'zod';
import type { EntityType } from '../../core/catalogue';
import { getEntity } from '../../core/catalogue';
import { HOST_ATTRIBUTES } from '../../core/catalogue/host-fields';
import type { CsvColumn } from '../../core/generate/csv-columns';
import { csvColumns, hostColumns } from '../../core/generate/csv-columns';
import { attributeOf, hostRecordSchema, recordSchema } from '../../core/generate/zod-schemas';

/** The catalogue's entities plus EspoCRM's Opportunity (purchase history). */
export type SampleEntityType = EntityType | 'Opportunity';

export interface EntitySpec {
  readonly entityType: SampleEntityType;
  readonly columns: readonly CsvColumn[];
  readonly schema: z.ZodType<Record<string, unknown>>;
  /** Attributes flagged `isPersonalData` by the catalogue or the host attribute list. */
  readonly personal: ReadonlySet<string>;
}

export type SampleFileName = 'accounts.csv' | 'contacts.csv' | 'leads.csv' | 'vehicles.csv' | 'opportunities.csv';

/** The five files of a dataset directory, in the order the main job reads them. */
export const SAMPLE_FILES: readonly { readonly entityType: SampleEntityType; readonly file: SampleFileName }[] = [
  { entityType: 'Opportunity', file: 'opportunities.csv' },
  { entityType: 'Account', file: 'accounts.csv' },
  { entityType: 'Contact', file: 'contacts.csv' },
  { entityType: 'Lead', file: 'leads.csv' },
  { entityType: 'AutoCibleVehicle', file: 'vehicles.csv' },
];

export function fileOf(entityType: SampleEntityType): SampleFileName {
  const entry = SAMPLE_FILES.find((f) => f.entityType === entityType);
  if (entry === undefined) throw new RangeError(`no file for ${entityType}`);
  return entry.file;
}

function build(entityType: SampleEntityType): EntitySpec {
  const host = HOST_ATTRIBUTES[entityType];
  const personal = new Set(host.filter((a) => a.isPersonalData).map((a) => a.attribute));
  if (entityType === 'Opportunity') {
    return { entityType, columns: hostColumns(host), schema: hostRecordSchema(host), personal };
  }
  const entity = getEntity(entityType);
  for (const field of entity.fields) if (field.isPersonalData) personal.add(attributeOf(field));
  return { entityType, columns: csvColumns(entity, host), schema: recordSchema(entity, host), personal };
}

const cache = new Map<SampleEntityType, EntitySpec>();

export function entitySpec(entityType: SampleEntityType): EntitySpec {
  const cached = cache.get(entityType);
  if (cached !== undefined) return cached;
  const spec = build(entityType);
  cache.set(entityType, spec);
  return spec;
}
