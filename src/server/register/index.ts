// The Art. 30 register (issue 5 "Jobs", domain.md §2.8): generated from the catalogue's personal-data
// flags, data and retention categories, and a configuration file for what the catalogue cannot know.
export { DATA_CATEGORIES, REGISTER_ENTITIES, registerConfigSchema, textIn } from './config-schema';
export type { RegisterActivity, RegisterConfig, RegisterEntity, RegisterText } from './config-schema';
export { loadRegisterConfig } from './load-config';
export { RegisterConfigError } from './register-config-error';
export type { RegisterConfigIssue } from './register-config-error';
export { fieldsOfActivity, personalDataInventory } from './inventory';
export type { PersonalField } from './inventory';
export { CNIL_FIELDS, DATA_CATEGORY_LABELS, ORGANISATION_FIELDS, RETENTION_CATEGORY_LABELS } from './labels';
export type { CnilField } from './labels';
export { ACCOUNT_RETENTION, fieldRetentionPeriod, retentionPeriod } from './retention-periods';
export { buildRegister } from './build';
export type { ActivityView, InventoryRow, RegisterLang, RegisterView } from './build';
export { registerMarkdown } from './markdown';
export { activitiesCsv, inventoryCsv } from './csv';
export { REGISTER_FILES, writeRegister } from './write-register';
export type { WriteRegisterOptions } from './write-register';
