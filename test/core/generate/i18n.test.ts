import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/core/catalogue';
import { generateGlobalI18n, generateScopeI18n } from '../../../src/core/generate/i18n';
import { LAYOUT_PANELS } from '../../../src/core/generate/layout-panels';
import { LANGS } from '../../../src/core/generate/module-files';
import { allUiLabels } from '../../../src/core/generate/ui-labels';

describe('i18n generation', () => {
  it.each(LANGS)('labels and explains every field and every option in %s', (lang) => {
    for (const entity of CATALOGUE) {
      const i18n = generateScopeI18n(entity, CATALOGUE, lang);
      for (const field of entity.fields) {
        expect(i18n.fields[field.name], `${entity.entityType}.${field.name}`).toMatch(/\S/);
        expect(i18n.tooltips[field.name], `${entity.entityType}.${field.name} tooltip`).toMatch(/\S/);
        for (const option of field.enum?.options ?? []) {
          expect(i18n.options[field.name]?.[option.code], `${field.name}.${option.code}`).toMatch(/\S/);
        }
      }
      for (const panel of Object.values(LAYOUT_PANELS)) expect(i18n.labels[panel.key]).toMatch(/\S/);
    }
  });

  it('really translates: French and English labels differ for most fields', () => {
    const fr = generateScopeI18n(CATALOGUE[0]!, CATALOGUE, 'fr_FR');
    const en = generateScopeI18n(CATALOGUE[0]!, CATALOGUE, 'en_US');
    const names = Object.keys(fr.fields);
    const different = names.filter((n) => fr.fields[n] !== en.fields[n]);
    expect(different.length / names.length).toBeGreaterThan(0.8);
  });

  it('names the vehicle scope and ships every UI label in both languages', () => {
    const fr = generateGlobalI18n(CATALOGUE, allUiLabels(), 'fr_FR');
    const en = generateGlobalI18n(CATALOGUE, allUiLabels(), 'en_US');
    expect(fr.scopeNames?.AutoCibleVehicle).toBe('Véhicule');
    expect(en.scopeNamesPlural?.AutoCibleVehicle).toBe('Vehicles');
    for (const key of Object.keys(allUiLabels())) {
      expect(fr.labels?.[key]).toMatch(/\S/);
      expect(en.labels?.[key]).toMatch(/\S/);
    }
  });

  it('names the create button of the vehicles list (the core list view translates "Create <Entity>", else shows the key)', () => {
    for (const entity of CATALOGUE.filter((e) => e.owned)) {
      for (const lang of LANGS) expect(generateScopeI18n(entity, CATALOGUE, lang).labels[`Create ${entity.entityType}`], `${entity.entityType} ${lang}`).toMatch(/\S/);
    }
    expect(generateScopeI18n(CATALOGUE.find((e) => e.entityType === 'AutoCibleVehicle')!, CATALOGUE, 'fr_FR').labels['Create AutoCibleVehicle']).toBe('Créer un véhicule');
  });

  it('labels the link from Account and Contact to their vehicles', () => {
    const contact = CATALOGUE.find((e) => e.entityType === 'Contact')!;
    expect(generateScopeI18n(contact, CATALOGUE, 'fr_FR').links.autoCibleVehicles).toBe('Véhicules');
  });
});
