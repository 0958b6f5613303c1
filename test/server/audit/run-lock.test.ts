import { mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir, uptime } from 'node:os';
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

  it('takes over a lock written before the machine started, though its pid now names a live process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
    const path = join(dir, LOCK_FILE);
    // A live process other than this one (the test runner's parent), as after a reboot that gave the pid again.
    await writeFile(path, `${String(process.ppid)}\n0123456789abcdef0123456789abcdef\n`);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
    const beforeBoot = new Date(Date.now() - uptime() * 1000 - 3_600_000);
    await utimes(path, beforeBoot, beforeBoot);
    const lock = await acquireRunLock(dir);
    expect(await readFile(path, 'utf8')).toMatch(new RegExp(`^${process.pid}\n`, 'u'));
    await lock.release();
  });
});
