/**
 * Checks a JSONL record's values against the field catalogue with the rules a CSV row goes through
 * (src/server/csv/convert.ts): the same columns, the same zod schema of each attribute (option codes, number
 * ranges, dates, booleans, identifiers, e-mail and phone), the same reasons in French and English and the same
 * care for personal data (a personal attribute's value never appears in a reason). A JSONL record already holds
 * API values, so nothing is converted: numbers are numbers, options are codes, a multiEnum is a list, and null or
 * '' is empty. An attribute the catalogue does not know is ignored (an EspoCRM record carries many), and so is
 * one the record leaves out: only an empty required value is refused, as an empty required cell is.
 */
import { z } from 'zod';
import type { EntityType, Label } from '../../../core/catalogue';
import { cellReason, quoted } from '../../../core/generate/cell-reasons';
import type { CsvColumn } from '../../../core/generate/csv-columns';
import { zodIssueReason } from '../../../core/generate/zod-issue-reason';
import { entitySpec } from '../../csv/entity-spec';
import { PERSONAL_PLACEHOLDER, REQUIRED_REASON } from '../../csv/reasons';

/** Why a record is refused: the first attribute with a bad value, as the CSV reader reports a cell. */
export interface RecordProblem {
  readonly reason: 'required' | 'invalidValue';
  readonly field: string;
  readonly detail: Label;
}

interface AttributeCheck {
  readonly column: CsvColumn;
  readonly schema: z.ZodType;
  /** Option codes of an enum or multiEnum column with a catalogue list. */
  readonly codes: ReadonlySet<string> | null;
  readonly personal: boolean;
}

/** Checks one record, and returns its first problem or null. */
export type RecordChecker = (record: Readonly<Record<string, unknown>>) => RecordProblem | null;

function attributeChecks(entityType: EntityType): ReadonlyMap<string, AttributeCheck> {
  const spec = entitySpec(entityType);
  const shape: Readonly<Record<string, z.ZodType>> = spec.schema instanceof z.ZodObject ? spec.schema.shape : {};
  const checks = new Map<string, AttributeCheck>();
  for (const column of spec.columns) {
    const schema = shape[column.attribute];
    // The id is checked by the reader (a non-empty string), before any value.
    if (schema === undefined || column.attribute === 'id') continue;
    const codes = column.options === undefined ? null : new Set(column.options.map((o) => o.code));
    checks.set(column.attribute, { column, schema, codes, personal: spec.personal.has(column.attribute) });
  }
  return checks;
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

function unknownOption(check: AttributeCheck, value: string): RecordProblem {
  const shown = check.personal ? PERSONAL_PLACEHOLDER : quoted(value);
  return { reason: 'invalidValue', field: check.column.attribute, detail: cellReason('unknownOption', shown) };
}

/** A string that is not one of the codes, in an enum value or a multiEnum list: worded as the CSV reader words it. */
function badCode(check: AttributeCheck, value: unknown): RecordProblem | null {
  const { codes } = check;
  if (codes === null) return null;
  const values = check.column.kind === 'multiEnum' && Array.isArray(value) ? (value as unknown[]) : [value];
  for (const item of values) if (typeof item === 'string' && item !== '' && !codes.has(item)) return unknownOption(check, item);
  return null;
}

function checkValue(check: AttributeCheck, value: unknown): RecordProblem | null {
  if (isEmpty(value)) {
    return check.column.required ? { reason: 'required', field: check.column.attribute, detail: REQUIRED_REASON } : null;
  }
  const code = badCode(check, value);
  if (code !== null) return code;
  const parsed = check.schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  // zodIssueReason words an issue from its typed fields, never from the value.
  return { reason: 'invalidValue', field: check.column.attribute, detail: issue === undefined ? { fr: 'valeur invalide', en: 'invalid value' } : zodIssueReason(issue) };
}

function build(entityType: EntityType): RecordChecker {
  const checks = attributeChecks(entityType);
  return (record) => {
    for (const attribute in record) {
      const check = checks.get(attribute);
      if (check === undefined) continue;
      const problem = checkValue(check, record[attribute]);
      if (problem !== null) return problem;
    }
    return null;
  };
}

const cache = new Map<EntityType, RecordChecker>();

/** The checker of `entityType`'s records, built once per process. */
export function recordChecker(entityType: EntityType): RecordChecker {
  let checker = cache.get(entityType);
  if (checker === undefined) {
    checker = build(entityType);
    cache.set(entityType, checker);
  }
  return checker;
}
