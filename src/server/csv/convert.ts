/**
 * Turns the cells of one data row into an API record: each cell through `parseCell`, then the whole
 * record through the entity's zod schema. Every problem becomes an issue naming the column as
 * written in the file, with its reason in French and English; values of personal-data columns never
 * appear in a reason: such a cell's problem is worded anew with `PERSONAL_PLACEHOLDER` in place of the
 * text, and a zod issue is worded from its typed fields, never from the value (zodIssueReason).
 */
import type { z } from 'zod';
import type { CsvColumn } from '../../core/generate/csv-columns';
import { cellReason } from '../../core/generate/cell-reasons';
import { parseCell } from '../../core/generate/csv-values';
import { zodIssueReason } from '../../core/generate/zod-issue-reason';
import type { EntitySpec } from './entity-spec';
import { PERSONAL_PLACEHOLDER, REQUIRED_REASON } from './reasons';
import type { CsvIssue } from './types';

export interface RowContext {
  readonly file: string;
  readonly spec: EntitySpec;
  /** Resolved column of each header position (undefined: unknown header, ignored). */
  readonly columns: readonly (CsvColumn | undefined)[];
  readonly headers: readonly string[];
}

export type RowResult = { readonly ok: true; readonly record: Record<string, unknown> } | { readonly ok: false; readonly issues: CsvIssue[] };

export function convertRow(ctx: RowContext, cells: readonly string[], line: number): RowResult {
  const issues: CsvIssue[] = [];
  const record: Record<string, unknown> = {};
  for (let i = 0; i < ctx.columns.length; i += 1) {
    const column = ctx.columns[i];
    if (column === undefined) continue;
    const result = parseCell(column, cells[i] ?? '');
    if (result.ok && !(column.required && result.value === null)) {
      record[column.attribute] = result.value;
      continue;
    }
    const header = ctx.headers[i] ?? column.attribute;
    const personal = ctx.spec.personal.has(column.attribute);
    const reason = result.ok ? REQUIRED_REASON : personal ? cellReason(result.problem, PERSONAL_PLACEHOLDER) : result.reason;
    const code = result.ok ? 'required' : 'invalidValue';
    issues.push({ file: ctx.file, line, column: header, attribute: column.attribute, code, severity: 'error', reason });
  }
  if (issues.length > 0) return { ok: false, issues };
  const parsed = ctx.spec.schema.safeParse(record);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, issues: zodIssues(ctx, parsed.error, line) };
}

/** Header as written of `attribute`'s column. */
function headerOf(ctx: RowContext, attribute: string): string | undefined {
  const i = ctx.columns.findIndex((c) => c?.attribute === attribute);
  return i < 0 ? undefined : (ctx.headers[i] ?? attribute);
}

function zodIssues(ctx: RowContext, error: z.ZodError, line: number): CsvIssue[] {
  return error.issues.map((zodIssue) => {
    const attribute = zodIssue.path.length > 0 ? String(zodIssue.path[0]) : null;
    const header = attribute === null ? undefined : headerOf(ctx, attribute);
    return { file: ctx.file, line, column: header ?? attribute, attribute, code: 'invalidValue', severity: 'error', reason: zodIssueReason(zodIssue) };
  });
}
