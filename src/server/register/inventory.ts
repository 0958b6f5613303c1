/**
 * Every personal-data field AutoCible knows: the catalogue's fields flagged `isPersonalData` and the
 * host's own (names, email, phone, address), one entry per EspoCRM field, with its data category and
 * retention category. The register is generated from this list, so a field added to the catalogue
 * appears in it without anyone editing the register.
 */
import type { DataCategory, Label, RetentionCategory } from '../../core/catalogue';
import { CATALOGUE, HOST_ATTRIBUTES } from '../../core/catalogue';
import type { RegisterActivity, RegisterEntity } from './config-schema';

export interface PersonalField {
  readonly entityType: RegisterEntity;
  /** EspoCRM field name (what the Data Privacy erase takes). */
  readonly field: string;
  readonly label: Label;
  readonly dataCategory: DataCategory;
  readonly retention: RetentionCategory;
  readonly source: 'catalogue' | 'host';
}

// A host field (name, address) spreads over several attributes; its label is the field's, not a part's.
const HOST_FIELD_LABELS: Readonly<Record<string, Label>> = {
  name: { fr: 'Nom et prénom', en: 'Name' },
  address: { fr: 'Adresse postale', en: 'Postal address' },
};

function hostFields(entityType: RegisterEntity): PersonalField[] {
  const byField = new Map<string, PersonalField>();
  for (const attribute of HOST_ATTRIBUTES[entityType]) {
    if (!attribute.isPersonalData || byField.has(attribute.field)) continue;
    byField.set(attribute.field, {
      entityType, field: attribute.field, label: HOST_FIELD_LABELS[attribute.field] ?? attribute.label,
      dataCategory: attribute.dataCategory, retention: 'person', source: 'host',
    });
  }
  return [...byField.values()];
}

/** The inventory, entity by entity, host fields first. */
export function personalDataInventory(): readonly PersonalField[] {
  return CATALOGUE.flatMap((entity) => {
    const catalogue = entity.fields.filter((f) => f.isPersonalData).map((f): PersonalField => ({
      entityType: entity.entityType, field: f.name, label: f.label, dataCategory: f.dataCategory, retention: f.retention, source: 'catalogue',
    }));
    const host = hostFields(entity.entityType);
    return [...host, ...catalogue.filter((f) => !host.some((h) => h.field === f.field))];
  });
}

/** The fields an activity processes: its data categories, on its entities. */
export function fieldsOfActivity(activity: RegisterActivity, inventory: readonly PersonalField[]): readonly PersonalField[] {
  const categories = new Set<string>(activity.dataCategories);
  return inventory.filter((f) => categories.has(f.dataCategory) && (activity.entities === undefined || activity.entities.includes(f.entityType)));
}
