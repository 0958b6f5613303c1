import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireRunLock, LOCK_FILE, RunLockedError } from '../../../src/server/audit';

describe('the apply run lock', () => {
  it('lets one run at a time hold the state directory, and frees it on release', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
    const lock = await acquireRunLock(dir, process.pid);
    await expect(acquireRunLock(dir, process.pid + 1)).rejects.toBeInstanceOf(RunLockedError);
    await lock.release();
    const again = await acquireRunLock(dir, process.pid + 1);
    // The pid, then the random token that tells this lock from a later one of the same pid.
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toMatch(new RegExp(`^${process.pid + 1}\\n[0-9a-f]{32}\\n$`, 'u'));
    await again.release();
  });

  it('takes over a lock left by a run that was killed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
    // No process has this pid (above the kernel's pid_max default of 4 194 304).
    await writeFile(join(dir, LOCK_FILE), '999999999\n');
    const lock = await acquireRunLock(dir);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toMatch(new RegExp(`^${process.pid}\\n[0-9a-f]{32}\\n$`, 'u'));
    await lock.release();
  });
});
