/** The register as two CSV files: one row per activity (CNIL fields as columns), one row per personal-data field. */
import { stringify } from 'csv-stringify/sync';
import type { RegisterLang, RegisterView } from './build';
import { CNIL_FIELDS } from './labels';

const INVENTORY_COLUMNS: Readonly<Record<RegisterLang, readonly string[]>> = {
  fr: ['Entité', 'Champ EspoCRM', 'Libellé', 'Catégorie', 'Conservation', 'Durée', 'Traitements'],
  en: ['Entity', 'EspoCRM field', 'Label', 'Category', 'Retention', 'Period', 'Activities'],
};

const KEYS = Object.keys(CNIL_FIELDS) as (keyof typeof CNIL_FIELDS)[];

export function activitiesCsv(view: RegisterView, lang: RegisterLang): string {
  const header = KEYS.map((key) => CNIL_FIELDS[key][lang]);
  const rows = view.activities.map((activity) => KEYS.map((key) => activity[key].join('\n')));
  return stringify([header, ...rows]);
}

export function inventoryCsv(view: RegisterView, lang: RegisterLang): string {
  const rows = view.inventory.map((f) => [f.entity, f.field, f.label, f.dataCategory, f.retentionCategory, f.retentionPeriod, f.activities.join(' ')]);
  return stringify([INVENTORY_COLUMNS[lang], ...rows]);
}
