import type { EntityDef, EnumOption, FieldDef } from '../catalogue/types';
import type { HostAttribute } from '../catalogue/host-fields';
import { attributeOf } from './zod-schemas';

/** One CSV column of an entity file: canonical header = API attribute. */
export interface CsvColumn {
  readonly attribute: string;
  /** Normalised header spellings accepted on import (attribute, French and English labels, aliases). */
  readonly accepts: readonly string[];
  readonly kind: FieldDef['type'] | HostAttribute['kind'];
  readonly options?: readonly EnumOption[];
  readonly required: boolean;
}

/** Lower-case, accents and punctuation stripped: "Date de MEC" → "datedemec". */
export function normaliseHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map(normaliseHeader).filter((v) => v !== ''))];
}

/** Columns of the host attributes we read and write (also the whole file of a host-only entity such as Opportunity). */
export function hostColumns(host: readonly HostAttribute[]): CsvColumn[] {
  return host.map((attr): CsvColumn => ({
    attribute: attr.attribute,
    accepts: unique([attr.attribute, attr.label.fr, attr.label.en]),
    kind: attr.kind,
    required: attr.required === true,
  }));
}

export function csvColumns(entity: EntityDef, host: readonly HostAttribute[]): CsvColumn[] {
  const fieldColumns = entity.fields.map((field): CsvColumn => {
    const column: CsvColumn = {
      attribute: attributeOf(field),
      accepts: unique([attributeOf(field), field.name, field.label.fr, field.label.en, ...(field.csvAliases ?? [])]),
      kind: field.type,
      required: field.required === true,
    };
    return field.enum === undefined ? column : { ...column, options: field.enum.options };
  });
  return [...hostColumns(host), ...fieldColumns];
}

export interface HeaderResolution {
  /** Column for each header position; undefined for an unknown header. */
  readonly columns: readonly (CsvColumn | undefined)[];
  readonly unknown: readonly string[];
  readonly duplicates: readonly string[];
  readonly missingRequired: readonly string[];
}

/** Maps a file's header row (French, English or attribute names, in any order) to columns. */
export function resolveHeaders(headers: readonly string[], columns: readonly CsvColumn[]): HeaderResolution {
  const byKey = new Map<string, CsvColumn>();
  for (const column of columns) for (const key of column.accepts) byKey.set(key, column);
  const seen = new Set<string>();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const resolved = headers.map((header) => {
    const column = byKey.get(normaliseHeader(header));
    if (column === undefined) {
      unknown.push(header);
      return undefined;
    }
    if (seen.has(column.attribute)) duplicates.push(header);
    seen.add(column.attribute);
    return column;
  });
  const missingRequired = columns.filter((c) => c.required && !seen.has(c.attribute)).map((c) => c.attribute);
  return { columns: resolved, unknown, duplicates, missingRequired };
}
