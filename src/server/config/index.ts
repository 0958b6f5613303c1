export { ConfigSchema, EspoConfigSchema, ESPO_ENV, ESPO_KEYS, SECRET_FIELDS } from './schema';
export type { AutoCibleConfig, EspoConfig } from './schema';
export { DEFAULT_CONFIG_FILE, espoAuthFrom, loadConfig } from './load';
export type { LoadConfigOptions } from './load';
export { ConfigError, isConfigError } from './config-error';
export type { ConfigProblem, ConfigProblemCode } from './config-error';
export { loadRetentionPolicy } from './retention-policy-file';
