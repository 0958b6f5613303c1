/**
 * The label of an enum code as the record's own fields show it: the host's translation of the option
 * (`{Entity}.options.{field}`, which an administrator may have changed in the Label Manager), else the
 * catalogue's label in the user's language (the same text until someone edits it).
 */
import { optionText } from '../core/panels-ui';
import type { EnumDef } from '../core/catalogue';
import type { LabelLang } from '../core/panels-ui';

/** The host's label of `code` for `field` of the record's entity type, or null when it has none. */
export type HostOptionLabel = (field: string, code: string) => string | null;

/** Reads the options map as the host's `translateOption` does (`translate(field, 'options', scope)`). */
export function hostOptionLabel(translate: (label: string, category: string, scope: string) => unknown, scope: string): HostOptionLabel {
  return (field, code) => {
    const options = translate(field, 'options', scope);
    const label = typeof options === 'object' && options !== null ? (options as Record<string, unknown>)[code] : undefined;
    return typeof label === 'string' && label !== '' ? label : null;
  };
}

/** The label of `code`; null when the record holds no code. */
export function optionLabel(def: EnumDef, field: string, code: unknown, lang: LabelLang, host: HostOptionLabel | undefined): string | null {
  if (typeof code !== 'string' || code === '') return null;
  return host?.(field, code) ?? optionText(def, code, lang);
}
