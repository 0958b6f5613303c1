/** The name of an entity type in a progress line: « Pistes », "Leads" (the catalogue's plural label), else the type. */
import { CATALOGUE } from '../../../core/catalogue';

export function stepLabel(step: string, lang: 'fr' | 'en'): string {
  return CATALOGUE.find((entity) => entity.entityType === step)?.label.plural[lang] ?? step;
}
