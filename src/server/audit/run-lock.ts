/**
 * One `retention apply` at a time per state directory: two runs interleaving their steps on the same
 * record would defeat the journal. The lock file holds the pid; a lock left by a killed run (its pid no
 * longer alive) is taken over, so a rerun after a crash is never blocked.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RunLockedError } from './run-locked-error';

export const LOCK_FILE = 'apply.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

async function holder(path: string): Promise<number | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  const pid = text === null ? NaN : Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export interface RunLock {
  release(): Promise<void>;
}

export async function acquireRunLock(stateDir: string, pid: number = process.pid): Promise<RunLock> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  const path = join(stateDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, `${pid}\n`, { flag: 'wx', mode: 0o600 });
      return { release: async () => rm(path, { force: true }) };
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error;
      const owner = await holder(path);
      if (owner !== null && owner !== pid && isAlive(owner)) throw new RunLockedError(path, owner);
      await rm(path, { force: true });
    }
  }
  throw new RunLockedError(path, null);
}
