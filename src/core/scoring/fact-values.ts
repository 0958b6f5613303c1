import { parseDay } from '../catalogue';
import type { FactType, FactValue } from './fact-types';

/** Sentinel of `coerceFactValue` for a value that cannot be read as its fact type. */
export const INVALID = Symbol('invalid fact value');

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

function toNumber(raw: unknown): number | typeof INVALID {
  const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
  return typeof value === 'number' && Number.isFinite(value) ? value : INVALID;
}

function toBool(raw: unknown): boolean | typeof INVALID {
  if (typeof raw === 'boolean') return raw;
  if (raw === 1 || raw === 'true' || raw === '1') return true;
  if (raw === 0 || raw === 'false' || raw === '0') return false;
  return INVALID;
}

function toCodes(raw: unknown): FactValue | typeof INVALID {
  if (!Array.isArray(raw)) return typeof raw === 'string' ? [raw.trim()] : INVALID;
  const codes: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string') return INVALID;
    if (item.trim() !== '' && !codes.includes(item.trim())) codes.push(item.trim());
  }
  return codes.length === 0 ? null : codes;
}

/**
 * Reads a raw record value (as EspoCRM or a CSV import gives it) as a fact of `type`. Blank values
 * (`null`, `undefined`, `''`, `[]`) are absent facts (`null`); a value that cannot be read is `INVALID`.
 * Enum codes are not checked against their options: an unknown code simply matches no rule.
 */
export function coerceFactValue(type: FactType, raw: unknown): FactValue | typeof INVALID {
  if (isBlank(raw)) return null;
  switch (type) {
    case 'number':
      return toNumber(raw);
    case 'date':
      return typeof raw === 'string' ? (parseDay(raw.trim()) ?? INVALID) : INVALID;
    case 'bool':
      return toBool(raw);
    case 'multiEnum':
      return toCodes(raw);
    case 'enum':
    case 'string':
      return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : INVALID;
  }
}

/** What `INVALID` means for each type, for `FactInputError.reason`. */
export const EXPECTED: Readonly<Record<FactType, string>> = {
  number: 'is not a number',
  date: 'is not a calendar date YYYY-MM-DD',
  bool: 'is not a boolean',
  multiEnum: 'is not a list of codes',
  enum: 'is not a code',
  string: 'is not text',
};
