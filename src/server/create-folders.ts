/**
 * Creates a folder and its missing parents one by one below the nearest existing one. Not a recursive `mkdir`:
 * where the system refuses any new folder (under /proc it answers ENOENT), Node's recursive mkdir retries forever
 * at 100 % CPU, and the command never starts nor fails. Every folder the CLI writes into (state, audit log, --out,
 * register, sample) is made here.
 */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined);

/** The folders of `dir` that do not exist, the nearest to the root first; throws when a part of it is not a folder. */
async function missingFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let folder = dir; ; folder = dirname(folder)) {
    // ENOTDIR (a file above it) or EACCES is thrown as it is: the caller words it.
    const info = await stat(folder).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return null;
      throw error;
    });
    if (info !== null) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${folder} is not a directory`), { code: 'ENOTDIR', path: folder });
      // The folders to create go in this one: it must take them.
      if (missing.length > 0) await access(folder, constants.W_OK | constants.X_OK);
      return missing.reverse();
    }
    missing.push(folder);
    // The root itself is missing: nothing above to create it in (mkdir below then says why).
    if (dirname(folder) === folder) return missing.reverse();
  }
}

/**
 * Creates the missing folders of `dir` one at a time, with `mode` (a folder another process creates meanwhile is
 * taken as it is). A folder the system refuses fails at once with the system's error.
 */
export async function createFolders(dir: string, mode?: number): Promise<void> {
  for (const folder of await missingFolders(dir)) {
    await mkdir(folder, mode === undefined ? undefined : { mode }).catch(async (error: unknown) => {
      if (codeOf(error) !== 'EEXIST' || !(await stat(folder)).isDirectory()) throw error;
    });
  }
}
