/** EspoCRM language → Intl locale: `fr_FR` → `fr-FR`; an unknown or malformed tag falls back to `en-US`. */
export function toLocale(language: string): string {
  const tag = language.replace('_', '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * The thousands separator and decimal mark the user's numbers are shown with in EspoCRM; `null` keeps the
 * locale's own. An empty separator is a choice (no grouping), not an absence.
 */
export interface NumberSymbols {
  readonly group: string | null;
  readonly decimal: string | null;
}

export const LOCALE_SYMBOLS: NumberSymbols = { group: null, decimal: null };

type Read = (name: string) => unknown;

const symbol = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * As the host's number fields read them (`views/fields/int.js`, `float.js`): the user's Preferences first,
 * then the Settings, so a panel's `1 400,5` sits beside the same figure in the record's own fields.
 */
export function numberSymbols(preference: Read, setting: Read): NumberSymbols {
  const pick = (name: string): string | null => symbol(preference(name)) ?? symbol(setting(name));
  return { group: pick('thousandSeparator'), decimal: pick('decimalMark') };
}

/** Formats with `format`, then puts the user's separator and decimal mark in place of the locale's. */
export function formatWith(format: Intl.NumberFormat, value: number, symbols: NumberSymbols): string {
  if (symbols.group === null && symbols.decimal === null) return format.format(value);
  return format.formatToParts(value).map((part) => {
    if (part.type === 'group' && symbols.group !== null) return symbols.group;
    if (part.type === 'decimal' && symbols.decimal !== null) return symbols.decimal;
    return part.value;
  }).join('');
}
