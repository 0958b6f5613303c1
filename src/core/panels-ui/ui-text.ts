/** Choosing the language and the texts of our panels: pure helpers shared by the score and RGPD panels. */
import type { EnumDef, Label } from '../catalogue';

export type LabelLang = keyof Label;

/** The user's language (Preferences), else the CRM's (Settings), else `en_US`. */
export function userLanguage(chosen: unknown, fallback: unknown): string {
  if (typeof chosen === 'string' && chosen !== '') return chosen;
  return typeof fallback === 'string' && fallback !== '' ? fallback : 'en_US';
}

/** `fr_FR`, `fr_CA`… read French; every other language reads English. */
export function labelLang(language: string): LabelLang {
  return language.startsWith('fr') ? 'fr' : 'en';
}

/** Replaces each `{name}` by its value (values are plain text; the template escapes the result). */
export function fillPlaceholders(text: string, values?: Readonly<Record<string, string>>): string {
  let filled = text;
  for (const [name, value] of Object.entries(values ?? {})) filled = filled.split(`{${name}}`).join(value);
  return filled;
}

/**
 * The text of a label key: the host's translation, or our bundled text when the key is not installed
 * (the host's `translate` echoes a missing key back, platform §3.3), or the key itself.
 */
export function uiText(
  key: string,
  translated: unknown,
  bundled: Readonly<Record<string, Label>>,
  lang: LabelLang,
  values?: Readonly<Record<string, string>>,
): string {
  const ownText = bundled[key]?.[lang];
  const text = typeof translated === 'string' && translated !== key && translated !== '' ? translated : (ownText ?? key);
  return fillPlaceholders(text, values);
}

/** The label of an enum code in `lang`; the code itself when unknown; null when empty. */
export function optionText(def: EnumDef, code: unknown, lang: LabelLang): string | null {
  if (typeof code !== 'string' || code === '') return null;
  return def.options.find((option) => option.code === code)?.label[lang] ?? code;
}
