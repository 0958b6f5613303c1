/**
 * Number formatting in the user's language (fr: `1 400 €`, `75 %`) with the separators the user's EspoCRM
 * shows numbers with, and « n/a » for impossible values.
 */
import { formatWith, LOCALE_SYMBOLS, toLocale } from '../locale';
import type { NumberSymbols } from '../locale';

export interface Formatter {
  money(value: number): string | null;
  percent(value: number): string | null;
  number(value: number, maxDecimals: number): string | null;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** `currency` comes from the CRM's settings: anything but an ISO 4217 code (Intl would throw) becomes EUR. */
export function createFormatter(language: string, currency: unknown, symbols: NumberSymbols = LOCALE_SYMBOLS): Formatter {
  const locale = toLocale(language);
  const code = typeof currency === 'string' && CURRENCY_CODE.test(currency) ? currency : 'EUR';
  const finite = (value: number, format: () => string): string | null => (Number.isFinite(value) ? format() : null);
  return {
    money: (value) =>
      finite(value, () => {
        const digits = Number.isInteger(value) ? 0 : 2;
        const options = { style: 'currency', currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits } as const;
        return formatWith(new Intl.NumberFormat(locale, options), value, symbols);
      }),
    percent: (value) =>
      finite(value, () => formatWith(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }), value, symbols)),
    number: (value, maxDecimals) =>
      finite(value, () => formatWith(new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }), value, symbols)),
  };
}
