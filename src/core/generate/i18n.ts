import type { EntityDef, Label, Lang } from '../catalogue/types';
import { VEHICLES_LINK } from './entity-defs';
import { LAYOUT_PANELS } from './layout-panels';

export interface ScopeI18n {
  fields: Record<string, string>;
  links: Record<string, string>;
  labels: Record<string, string>;
  options: Record<string, Record<string, string>>;
  tooltips: Record<string, string>;
}

export function pick(label: Label, lang: Lang): string {
  return lang === 'fr_FR' ? label.fr : label.en;
}

/** `i18n/{lang}/{Entity}.json` for one catalogue entity (platform §2.7). */
export function generateScopeI18n(entity: EntityDef, all: readonly EntityDef[], lang: Lang): ScopeI18n {
  const out: ScopeI18n = { fields: {}, links: {}, labels: {}, options: {}, tooltips: {} };
  for (const field of entity.fields) {
    out.fields[field.name] = pick(field.label, lang);
    out.tooltips[field.name] = pick(field.tooltip, lang);
    if (field.type === 'link') out.links[field.name] = pick(field.label, lang);
    if (field.enum !== undefined) {
      const options: Record<string, string> = { '': '' };
      for (const option of field.enum.options) options[option.code] = pick(option.label, lang);
      out.options[field.name] = options;
    }
  }
  for (const panel of Object.values(LAYOUT_PANELS)) out.labels[panel.key] = pick(panel.label, lang);
  if (entity.createLabel !== undefined) out.labels[`Create ${entity.entityType}`] = pick(entity.createLabel, lang);
  const owner = all.find((e) => e.fields.some((f) => f.type === 'link' && f.linkEntity === entity.entityType));
  if (owner !== undefined) out.links[VEHICLES_LINK] = pick(owner.label.plural, lang);
  return out;
}

/** `i18n/{lang}/Global.json`: scope names of the owned entity and the UI labels of our panels. */
export function generateGlobalI18n(
  all: readonly EntityDef[],
  uiLabels: Readonly<Record<string, Label>>,
  lang: Lang,
): Record<string, Record<string, string>> {
  const scopeNames: Record<string, string> = {};
  const scopeNamesPlural: Record<string, string> = {};
  for (const entity of all.filter((e) => e.owned)) {
    scopeNames[entity.entityType] = pick(entity.label.singular, lang);
    scopeNamesPlural[entity.entityType] = pick(entity.label.plural, lang);
  }
  const labels: Record<string, string> = {};
  for (const [key, label] of Object.entries(uiLabels)) labels[key] = pick(label, lang);
  return { scopeNames, scopeNamesPlural, labels };
}
