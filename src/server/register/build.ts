/** The register as plain text in one language: what both the Markdown and the CSV files show. */
import type { RetentionPolicy } from '../../core/retention';
import type { RegisterActivity, RegisterConfig, RegisterText } from './config-schema';
import { textIn } from './config-schema';
import type { PersonalField } from './inventory';
import { fieldsOfActivity, personalDataInventory } from './inventory';
import type { CnilField } from './labels';
import { DATA_CATEGORY_LABELS, ENTITY_LABELS, RETENTION_CATEGORY_LABELS } from './labels';
import { ACCOUNT_RETENTION, fieldRetentionPeriod, retentionPeriod } from './retention-periods';

export type RegisterLang = 'fr' | 'en';

/** One activity: every CNIL field as a list of lines (one line for single values). */
export type ActivityView = Readonly<Record<CnilField, readonly string[]>>;

export interface InventoryRow {
  readonly entity: string;
  readonly field: string;
  readonly label: string;
  readonly dataCategory: string;
  readonly retentionCategory: string;
  readonly retentionPeriod: string;
  /** References of the activities that process it. */
  readonly activities: readonly string[];
}

export interface RegisterView {
  readonly organisation: Readonly<Record<'controller' | 'representative' | 'dpo', string>>;
  readonly activities: readonly ActivityView[];
  readonly inventory: readonly InventoryRow[];
}

const NONE: Readonly<Record<RegisterLang, string>> = { fr: 'Aucun', en: 'None' };
/** French puts a space before the colon. */
const COLON: Readonly<Record<RegisterLang, string>> = { fr: ' : ', en: ': ' };

function retentionLines(fields: readonly PersonalField[], activity: RegisterActivity, policy: RetentionPolicy, lang: RegisterLang): string[] {
  const categories = [...new Set(fields.filter((f) => f.entityType !== 'Account').map((f) => f.retention))];
  const lines = categories.map((c) => `${RETENTION_CATEGORY_LABELS[c][lang]}${COLON[lang]}${retentionPeriod(c, policy)[lang]}`);
  if (fields.some((f) => f.entityType === 'Account')) lines.push(ACCOUNT_RETENTION[lang]);
  return activity.retentionNote === undefined ? lines : [...lines, textIn(activity.retentionNote, lang)];
}

function categoryLines(fields: readonly PersonalField[], activity: RegisterActivity, lang: RegisterLang): string[] {
  return activity.dataCategories.map((category) => {
    const names = fields.filter((f) => f.dataCategory === category).map((f) => `${f.label[lang]} (${ENTITY_LABELS[f.entityType]?.[lang] ?? f.entityType})`);
    return `${DATA_CATEGORY_LABELS[category][lang]}${COLON[lang]}${names.length === 0 ? NONE[lang] : names.join(', ')}`;
  });
}

function activityView(config: RegisterConfig, activity: RegisterActivity, inventory: readonly PersonalField[], policy: RetentionPolicy, lang: RegisterLang): ActivityView {
  const t = (value: RegisterText): string => textIn(value, lang);
  const fields = fieldsOfActivity(activity, inventory);
  return {
    reference: [activity.id], name: [t(activity.name)], createdOn: [activity.createdOn], updatedOn: [activity.updatedOn],
    jointController: [activity.jointController === null ? NONE[lang] : t(activity.jointController)],
    purposes: activity.purposes.map(t), legalBasis: [t(activity.legalBasis)], dataSubjects: activity.dataSubjects.map(t),
    dataCategories: categoryLines(fields, activity, lang),
    sensitiveData: [activity.sensitiveData ? (lang === 'fr' ? 'Oui' : 'Yes') : (lang === 'fr' ? 'Non' : 'No')],
    sources: activity.sources.map(t), recipients: activity.recipients.map(t), transfers: [t(activity.transfersOutsideEu)],
    retention: retentionLines(fields, activity, policy, lang), security: (activity.securityMeasures ?? config.securityMeasures).map(t), dpia: [t(activity.dpia)],
  };
}

function party(value: { name: string; address?: string | undefined; contact: string } | null, lang: RegisterLang): string {
  return value === null ? NONE[lang] : [value.name, value.address, value.contact].filter((part) => part !== undefined && part !== '').join(', ');
}

export function buildRegister(config: RegisterConfig, policy: RetentionPolicy, lang: RegisterLang): RegisterView {
  const inventory = personalDataInventory();
  const inventoryRows = inventory.map((f): InventoryRow => ({
    entity: f.entityType, field: f.field, label: f.label[lang], dataCategory: DATA_CATEGORY_LABELS[f.dataCategory][lang],
    retentionCategory: RETENTION_CATEGORY_LABELS[f.retention][lang], retentionPeriod: fieldRetentionPeriod(f.entityType, f.retention, policy)[lang],
    activities: config.activities.filter((a) => fieldsOfActivity(a, [f]).length > 0).map((a) => a.id),
  }));
  const { controller, representative, dpo } = config.organisation;
  return {
    organisation: { controller: party(controller, lang), representative: party(representative, lang), dpo: party(dpo, lang) },
    activities: config.activities.map((a) => activityView(config, a, inventory, policy, lang)),
    inventory: inventoryRows,
  };
}
