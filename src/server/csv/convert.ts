/**
 * Turns the cells of one data row into an API record: each cell through `parseCell`, then the whole
 * record through the entity's zod schema. Every problem becomes an issue naming the column as
 * written in the file; values of personal-data columns never appear in a reason.
 */
import type { z } from 'zod';
import type { CsvColumn } from '../../core/generate/csv-columns';
import { parseCell } from '../../core/generate/csv-values';
import type { EntitySpec } from './entity-spec';
import type { CsvIssue } from './types';

export const PERSONAL_PLACEHOLDER = '[personal data]';

export interface RowContext {
  readonly file: string;
  readonly spec: EntitySpec;
  /** Resolved column of each header position (undefined: unknown header, ignored). */
  readonly columns: readonly (CsvColumn | undefined)[];
  readonly headers: readonly string[];
}

export type RowResult = { readonly ok: true; readonly record: Record<string, unknown> } | { readonly ok: false; readonly issues: CsvIssue[] };

/** Removes the cell value from a reason when the column holds personal data. */
export function redact(reason: string, raw: string, personal: boolean): string {
  const value = raw.trim();
  if (!personal || value === '') return reason;
  return reason.split(value).join(PERSONAL_PLACEHOLDER);
}

export function convertRow(ctx: RowContext, cells: readonly string[], line: number): RowResult {
  const issues: CsvIssue[] = [];
  const record: Record<string, unknown> = {};
  for (let i = 0; i < ctx.columns.length; i += 1) {
    const column = ctx.columns[i];
    if (column === undefined) continue;
    const raw = cells[i] ?? '';
    const result = parseCell(column, raw);
    if (result.ok && !(column.required && result.value === null)) {
      record[column.attribute] = result.value;
      continue;
    }
    const header = ctx.headers[i] ?? column.attribute;
    const personal = ctx.spec.personal.has(column.attribute);
    const [code, reason] = result.ok ? (['required', 'required value is empty'] as const) : (['invalidValue', redact(result.reason, raw, personal)] as const);
    issues.push({ file: ctx.file, line, column: header, attribute: column.attribute, code, severity: 'error', reason });
  }
  if (issues.length > 0) return { ok: false, issues };
  const parsed = ctx.spec.schema.safeParse(record);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, issues: zodIssues(ctx, parsed.error, cells, line) };
}

/** Header as written and raw cell of `attribute` in this row. */
function cellOf(ctx: RowContext, cells: readonly string[], attribute: string): { header: string; raw: string } | undefined {
  const i = ctx.columns.findIndex((c) => c?.attribute === attribute);
  return i < 0 ? undefined : { header: ctx.headers[i] ?? attribute, raw: cells[i] ?? '' };
}

function zodIssues(ctx: RowContext, error: z.ZodError, cells: readonly string[], line: number): CsvIssue[] {
  return error.issues.map((zodIssue) => {
    const attribute = zodIssue.path.length > 0 ? String(zodIssue.path[0]) : null;
    const cell = attribute === null ? undefined : cellOf(ctx, cells, attribute);
    const personal = attribute !== null && ctx.spec.personal.has(attribute);
    return {
      file: ctx.file,
      line,
      column: cell?.header ?? attribute,
      attribute,
      code: 'invalidValue',
      severity: 'error',
      reason: redact(zodIssue.message, cell?.raw ?? '', personal),
    };
  });
}
