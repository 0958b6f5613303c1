import { mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { acquireRunLock, LOCK_FILE, LOCK_HEARTBEAT_MS, LOCK_HOST, RunLockedError } from '../../../src/server/audit';

/** This host's line of a lock file, as a regular expression. */
const HOST = LOCK_HOST.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

describe('the apply run lock', () => {
  it('lets one run at a time hold the state directory, and frees it on release', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
    const lock = await acquireRunLock(dir, process.pid);
    await expect(acquireRunLock(dir, process.pid + 1)).rejects.toBeInstanceOf(RunLockedError);
    await lock.release();
    const again = await acquireRunLock(dir, process.pid + 1);
    // The pid, then the random token that tells this lock from a later one of the same pid.
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toMatch(new RegExp(`^${process.pid + 1}\\n[0-9a-f]{32}\\n${HOST}\\n$`, 'u'));
    await again.release();
  });

  it('takes over a lock left by a run that was killed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
    // No process has this pid (above the kernel's pid_max default of 4 194 304).
    await writeFile(join(dir, LOCK_FILE), '999999999\n');
    const lock = await acquireRunLock(dir);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toMatch(new RegExp(`^${process.pid}\\n[0-9a-f]{32}\\n${HOST}\\n$`, 'u'));
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

  it('refuses a fresh lock written on another host, though its pid is this process’s (two containers, both pid 1)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
    const path = join(dir, LOCK_FILE);
    await writeFile(path, `${process.pid}\nfeedfacefeedfacefeedfacefeedface\nother-container/boot\n`);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
    // Still touched a minute ago: its run is alive there.
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(path, minuteAgo, minuteAgo);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
  });

  it('takes over a lock written on another host once it has gone untouched for 2 minutes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
    const path = join(dir, LOCK_FILE);
    await writeFile(path, `1\nfeedfacefeedfacefeedfacefeedface\nother-container/boot\n`);
    const stale = new Date(Date.now() - 4 * LOCK_HEARTBEAT_MS - 5_000);
    await utimes(path, stale, stale);
    const lock = await acquireRunLock(dir);
    expect(await readFile(path, 'utf8')).toMatch(new RegExp(`^${process.pid}\n[0-9a-f]{32}\n${HOST}\n$`, 'u'));
    await lock.release();
  });

  it('is touched while held, so that another host sees it alive', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'autocible-lock-'));
      const path = join(dir, LOCK_FILE);
      const lock = await acquireRunLock(dir);
      const old = new Date(Date.now() - 600_000);
      await utimes(path, old, old);
      vi.advanceTimersByTime(LOCK_HEARTBEAT_MS);
      await vi.waitFor(async () => expect((await stat(path)).mtimeMs).toBeGreaterThan(Date.now() - 60_000));
      await lock.release();
    } finally {
      vi.useRealTimers();
    }
  });
});
