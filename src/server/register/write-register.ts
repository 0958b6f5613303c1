import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RetentionPolicy } from '../../core/retention';
import { DEFAULT_RETENTION_POLICY } from '../../core/retention';
import type { RegisterLang } from './build';
import { buildRegister } from './build';
import type { RegisterConfig } from './config-schema';
import { activitiesCsv, inventoryCsv } from './csv';
import { registerMarkdown } from './markdown';
import { createFolders } from '../create-folders';

export const REGISTER_FILES = { markdown: 'register.md', activities: 'register-activities.csv', inventory: 'register-data.csv' } as const;

export interface WriteRegisterOptions {
  readonly config: RegisterConfig;
  readonly outDir: string;
  readonly lang: RegisterLang;
  /** `YYYY-MM-DD`, printed in the register. */
  readonly generatedOn: string;
  /** @defaultValue DEFAULT_RETENTION_POLICY */
  readonly policy?: RetentionPolicy;
}

/** Writes the three files; returns their paths. */
export async function writeRegister(options: WriteRegisterOptions): Promise<readonly string[]> {
  const policy = options.policy ?? DEFAULT_RETENTION_POLICY;
  const view = buildRegister(options.config, policy, options.lang);
  await createFolders(options.outDir);
  const files: readonly [string, string][] = [
    [REGISTER_FILES.markdown, registerMarkdown(view, options.lang, options.generatedOn, policy)],
    [REGISTER_FILES.activities, activitiesCsv(view, options.lang)],
    [REGISTER_FILES.inventory, inventoryCsv(view, options.lang)],
  ];
  for (const [name, text] of files) await writeFile(join(options.outDir, name), text, 'utf8');
  return files.map(([name]) => join(options.outDir, name));
}
