import { readFile } from 'node:fs/promises';
import type { RegisterConfig } from './config-schema';
import { registerConfigSchema } from './config-schema';
import { RegisterConfigError } from './register-config-error';

/** Reads and validates the register configuration; throws `RegisterConfigError` listing every issue. */
export async function loadRegisterConfig(path: string): Promise<RegisterConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    const notJson = error instanceof SyntaxError;
    throw new RegisterConfigError(path, [{ path: '', message: notJson ? 'is not valid JSON' : 'cannot be read', reason: notJson ? 'notJson' : 'unreadable' }]);
  }
  const result = registerConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new RegisterConfigError(path, result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, reason: 'invalid', schemaCode: issue.code })));
}
