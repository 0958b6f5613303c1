import type { EnumOption, Label } from '../catalogue/types';
import type { CellProblem } from './cell-reasons';
import { cellReason, quoted } from './cell-reasons';
import type { CsvColumn } from './csv-columns';
import { normaliseHeader } from './csv-columns';
import { isIsoDate } from '../catalogue/iso-date';

/** A converted cell, or why it could not be converted (`problem`, and the sentence in both languages). */
export type CellResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: CellProblem; readonly reason: Label };

/** What the converters below return: the failing text stays apart from the sentence until `parseCell` words it. */
type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: CellProblem; readonly text: string };

const ok = (value: unknown): Parsed => ({ ok: true, value });
const fail = (problem: CellProblem, text: string): Parsed => ({ ok: false, problem, text });

const TRUE = new Set(['1', 'true', 'oui', 'vrai', 'yes', 'o', 'y']);
const FALSE = new Set(['0', 'false', 'non', 'faux', 'no', 'n']);

/**
 * Converts one raw CSV cell to the API value of its column; empty cells become null. A failing cell's
 * reason quotes the offending text; for a personal-data column, word `problem` with `cellReason` and a
 * placeholder instead.
 */
export function parseCell(column: CsvColumn, raw: string): CellResult {
  const parsed = convert(column, raw.trim());
  return parsed.ok ? parsed : { ok: false, problem: parsed.problem, reason: cellReason(parsed.problem, quoted(parsed.text)) };
}

function convert(column: CsvColumn, text: string): Parsed {
  if (text === '') return ok(column.kind === 'multiEnum' ? [] : null);
  switch (column.kind) {
    case 'enum':
      // Host enums (salutationName, Opportunity stage) have no option list here: the host validates them.
      return column.options === undefined ? ok(text) : parseOption(column.options, text);
    case 'multiEnum':
      return parseOptions(column.options ?? [], text);
    case 'int':
      return parseNumber(text, true);
    case 'float':
      return parseNumber(text, false);
    case 'date':
      return parseDate(text);
    case 'datetime':
      return parseDateTime(text);
    case 'bool':
      return parseBool(text);
    default:
      return ok(text);
  }
}

function matchOption(options: readonly EnumOption[], text: string): EnumOption | undefined {
  const exact = options.find((o) => o.code === text);
  if (exact !== undefined) return exact;
  const key = normaliseHeader(text);
  return options.find((o) =>
    [o.code, o.label.fr, o.label.en, ...(o.aliases ?? [])].some((s) => normaliseHeader(s) === key),
  );
}

function parseOption(options: readonly EnumOption[], text: string): Parsed {
  const option = matchOption(options, text);
  return option === undefined ? fail('unknownOption', text) : ok(option.code);
}

function parseOptions(options: readonly EnumOption[], text: string): Parsed {
  const codes: string[] = [];
  for (const part of text.split(/[|;]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const option = matchOption(options, part);
    if (option === undefined) return fail('unknownOption', part);
    if (!codes.includes(option.code)) codes.push(option.code);
  }
  return ok(codes);
}

/** Accepts "12 000", "12000", "1 234,56" and "1234.56" (French and English notations). */
function parseNumber(text: string, integer: boolean): Parsed {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const normalised = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return fail('notNumber', text);
  const value = Number(normalised);
  if (integer && !Number.isInteger(value)) return fail('notInteger', text);
  return ok(value);
}

/** Accepts ISO `YYYY-MM-DD` and French `DD/MM/YYYY`. */
function parseDate(text: string): Parsed {
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const iso = fr === null ? text : `${fr[3]}-${fr[2]}-${fr[1]}`;
  return isIsoDate(iso) ? ok(iso) : fail('notDate', text);
}

/** Accepts EspoCRM's `YYYY-MM-DD HH:mm:ss` (UTC) and ISO 8601 with an explicit offset. */
function parseDateTime(text: string): Parsed {
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) && isIsoDate(text.slice(0, 10))) return ok(text);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ok(new Date(ms).toISOString().slice(0, 19).replace('T', ' '));
  }
  return fail('notDateTime', text);
}

function parseBool(text: string): Parsed {
  const key = text.toLowerCase();
  if (TRUE.has(key)) return ok(true);
  if (FALSE.has(key)) return ok(false);
  return fail('notBool', text);
}
