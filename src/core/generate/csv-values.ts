import type { EnumOption } from '../catalogue/types';
import type { CsvColumn } from './csv-columns';
import { normaliseHeader } from './csv-columns';
import { isIsoDate } from '../catalogue/iso-date';

export type CellResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (reason: string): CellResult => ({ ok: false, reason });

const TRUE = new Set(['1', 'true', 'oui', 'vrai', 'yes', 'o', 'y']);
const FALSE = new Set(['0', 'false', 'non', 'faux', 'no', 'n']);

/** Converts one raw CSV cell to the API value of its column; empty cells become null. */
export function parseCell(column: CsvColumn, raw: string): CellResult {
  const text = raw.trim();
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

function parseOption(options: readonly EnumOption[], text: string): CellResult {
  const option = matchOption(options, text);
  return option === undefined ? fail(`unknown option "${text}"`) : ok(option.code);
}

function parseOptions(options: readonly EnumOption[], text: string): CellResult {
  const codes: string[] = [];
  for (const part of text.split(/[|;]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const option = matchOption(options, part);
    if (option === undefined) return fail(`unknown option "${part}"`);
    if (!codes.includes(option.code)) codes.push(option.code);
  }
  return ok(codes);
}

/** Accepts "12 000", "12000", "1 234,56" and "1234.56" (French and English notations). */
function parseNumber(text: string, integer: boolean): CellResult {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const normalised = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return fail(`not a number: "${text}"`);
  const value = Number(normalised);
  if (integer && !Number.isInteger(value)) return fail(`not an integer: "${text}"`);
  return ok(value);
}

/** Accepts ISO `YYYY-MM-DD` and French `DD/MM/YYYY`. */
function parseDate(text: string): CellResult {
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const iso = fr === null ? text : `${fr[3]}-${fr[2]}-${fr[1]}`;
  return isIsoDate(iso) ? ok(iso) : fail(`not a date (YYYY-MM-DD or DD/MM/YYYY): "${text}"`);
}

/** Accepts EspoCRM's `YYYY-MM-DD HH:mm:ss` (UTC) and ISO 8601 with an explicit offset. */
function parseDateTime(text: string): CellResult {
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) && isIsoDate(text.slice(0, 10))) return ok(text);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ok(new Date(ms).toISOString().slice(0, 19).replace('T', ' '));
  }
  return fail(`not a date-time (YYYY-MM-DD HH:mm:ss UTC): "${text}"`);
}

function parseBool(text: string): CellResult {
  const key = text.toLowerCase();
  if (TRUE.has(key)) return ok(true);
  if (FALSE.has(key)) return ok(false);
  return fail(`not a yes/no value: "${text}"`);
}
