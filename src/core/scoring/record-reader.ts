import type { EntityType } from '../catalogue';
import { FactInputError } from './fact-input-error';
import type { FactType, FactValue } from './fact-types';
import { coerceFactValue, EXPECTED, INVALID } from './fact-values';

/** A record as the host or a CSV import gives it: field name → raw value. */
export type RawRecord = Readonly<Record<string, unknown>>;

function recordId(record: RawRecord): string | undefined {
  return typeof record['id'] === 'string' ? record['id'] : undefined;
}

/** Reads `field` of `record` as a fact of `type`; throws `FactInputError` naming the record and field. */
export function readField(entityType: EntityType, record: RawRecord, field: string, type: FactType): FactValue {
  const raw = record[field];
  const value = coerceFactValue(type, raw);
  if (value === INVALID) throw new FactInputError(entityType, recordId(record), field, raw, EXPECTED[type]);
  return value;
}

export function readNumber(entityType: EntityType, record: RawRecord, field: string): number | null {
  return readField(entityType, record, field, 'number') as number | null;
}

export function readDay(entityType: EntityType, record: RawRecord, field: string): number | null {
  return readField(entityType, record, field, 'date') as number | null;
}

export function readCode(entityType: EntityType, record: RawRecord, field: string): string | null {
  return readField(entityType, record, field, 'enum') as string | null;
}

export function readCodes(entityType: EntityType, record: RawRecord, field: string): readonly string[] | null {
  return readField(entityType, record, field, 'multiEnum') as readonly string[] | null;
}

export function readText(entityType: EntityType, record: RawRecord, field: string): string | null {
  return readField(entityType, record, field, 'string') as string | null;
}
