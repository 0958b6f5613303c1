/**
 * Columns and schema of an entity AutoCible adds no field to (EspoCRM's Opportunity): built from its
 * host attributes alone, with the same header spellings and value rules as `csvColumns` and
 * `recordSchema` use for host attributes.
 */
import { z } from 'zod';
import type { HostAttribute } from '../../core/catalogue/host-fields';
import type { CsvColumn } from '../../core/generate/csv-columns';
import { normaliseHeader } from '../../core/generate/csv-columns';
import { isCalendarDate, isEspoDateTime } from '../../core/generate/dates';

export function hostOnlyColumns(host: readonly HostAttribute[]): CsvColumn[] {
  return host.map((attr) => ({
    attribute: attr.attribute,
    accepts: [...new Set([attr.attribute, attr.label.fr, attr.label.en].map(normaliseHeader).filter((k) => k !== ''))],
    kind: attr.kind,
    required: attr.required === true,
  }));
}

function valueSchema(attr: HostAttribute): z.ZodType {
  switch (attr.kind) {
    case 'bool':
      return z.boolean();
    case 'float':
      return z.number();
    case 'date':
      return z.string().refine(isCalendarDate, 'expected a date YYYY-MM-DD');
    case 'datetime':
      return z.string().refine(isEspoDateTime, 'expected a UTC date-time YYYY-MM-DD HH:mm:ss');
    default:
      return z.string();
  }
}

export function hostOnlySchema(host: readonly HostAttribute[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const attr of host) shape[attr.attribute] = attr.required === true ? valueSchema(attr) : valueSchema(attr).nullable().optional();
  return z.looseObject(shape);
}
