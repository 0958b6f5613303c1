/**
 * The per-installation salt and the hash built on it. Identifiers (email, phone) are never written in
 * clear to the audit log or the opposition list: they are HMAC-SHA-256'd with a secret salt kept in the
 * state directory, so the files alone cannot be matched against a list of known addresses. Hashing is
 * pseudonymisation, not anonymisation (CNIL, Spartoo SAN-2020-003): the files stay personal data.
 * Losing the salt makes the opposition list unusable: it must be backed up with the list.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HashFunction } from '../../core/consent';
import { SaltFileError } from './salt-file-error';
import { createFolders } from '../create-folders';

/** Where AutoCible keeps its local files, relative to the working directory. */
export const DEFAULT_STATE_DIR = '.autocible';
export const SALT_FILE = 'salt';

const SALT_PATTERN = /^[0-9a-f]{64}$/u;

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

async function readSalt(path: string): Promise<string | null> {
  try {
    const salt = (await readFile(path, 'utf8')).trim();
    if (!SALT_PATTERN.test(salt)) throw new SaltFileError(path, 'invalid');
    return salt;
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/** The salt of `stateDir`, or null when none was ever created (then no list built on it exists either). */
export async function readInstallationSalt(stateDir: string): Promise<string | null> {
  return readSalt(join(stateDir, SALT_FILE));
}

/** The salt of `stateDir`, created (32 random bytes, owner-only file) on first use. */
export async function ensureInstallationSalt(stateDir: string): Promise<string> {
  const path = join(stateDir, SALT_FILE);
  const existing = await readSalt(path);
  if (existing !== null) return existing;
  await createFolders(stateDir, 0o700);
  try {
    await writeFile(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another run created it between our read and our write: use theirs.
    if (!hasCode(error, 'EEXIST')) throw error;
  }
  const created = await readSalt(path);
  if (created === null) throw new SaltFileError(path, 'missing');
  return created;
}

/** HMAC-SHA-256 keyed with the salt, as lowercase hex: the `HashFunction` the consent core expects. */
export function installationHash(salt: string): HashFunction {
  return (input) => createHmac('sha256', salt).update(input, 'utf8').digest('hex');
}
