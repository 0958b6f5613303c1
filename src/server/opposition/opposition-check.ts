/**
 * What `import` and exports call: is this person (by email addresses and phone numbers, as read from a
 * file or a record) on the opposition list of this installation?
 */
import { join } from 'node:path';
import { oppositionKeys } from '../../core/consent';
import { DEFAULT_STATE_DIR, installationHash, readInstallationSalt } from '../audit/installation-hash';
import { OppositionList } from './opposition-list';

export const OPPOSITION_FILE = 'opposition.jsonl';

export interface PersonIdentifiers {
  readonly emails?: readonly string[];
  readonly phones?: readonly string[];
}

export type OppositionCheck = (person: PersonIdentifiers) => boolean;

export interface OppositionCheckOptions {
  /** @defaultValue `.autocible` */
  readonly stateDir?: string;
  /** @defaultValue `<stateDir>/opposition.jsonl` */
  readonly path?: string;
}

/**
 * Loads the list once and returns the check. Without a salt no key was ever written on this installation,
 * so nobody is opposed; invalid identifiers yield no key and are never opposed.
 */
export async function openOppositionCheck(options: OppositionCheckOptions = {}): Promise<OppositionCheck> {
  const stateDir = options.stateDir ?? DEFAULT_STATE_DIR;
  const salt = await readInstallationSalt(stateDir);
  if (salt === null) return () => false;
  const hash = installationHash(salt);
  const list = await OppositionList.load(options.path ?? join(stateDir, OPPOSITION_FILE));
  return (person) => list.isOpposed(oppositionKeys(person, hash));
}
