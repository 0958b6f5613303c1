/**
 * Whether a run goes to EspoCRM, decided without loading the REST client (connect.ts): an offline run never
 * loads axios (issue 4).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG_FILE, ESPO_ENV } from '../../config';

export interface ConnectionSettingsOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly configPath?: string | undefined;
}

/** True when settings name an EspoCRM: `ESPO_URL`, `--config`, or `autocible.config.json` in the working directory. */
export function hasConnectionSettings(options: ConnectionSettingsOptions): boolean {
  const url = options.env[ESPO_ENV.url];
  return options.configPath !== undefined || (url !== undefined && url !== '') || existsSync(join(options.cwd, DEFAULT_CONFIG_FILE));
}
