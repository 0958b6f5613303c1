/** EspoCRM language → Intl locale: `fr_FR` → `fr-FR`; an unknown or malformed tag falls back to `en-US`. */
export function toLocale(language: string): string {
  const tag = language.replace('_', '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en-US';
  } catch {
    return 'en-US';
  }
}
