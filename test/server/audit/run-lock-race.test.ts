/**
 * The run lock against the races a review found: a lock seen between its creation and its pid (taken from a live
 * run), two runs taking one stale lock over at once (both got it), and a release that removed another run's lock.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireRunLock, LOCK_FILE, LOCK_HOST, RunLockedError } from '../../../src/server/audit';

/** This host's line of a lock file, as a regular expression. */
const HOST = LOCK_HOST.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const lockDir = async (): Promise<string> => mkdtemp(join(tmpdir(), 'autocible-lock-'));
const lockText = async (dir: string): Promise<string | null> => readFile(join(dir, LOCK_FILE), 'utf8').catch(() => null);

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

describe('apply.lock is never taken from a live run', () => {
  it('refuses an empty lock file younger than a minute: a run may be writing it', async () => {
    const dir = await lockDir();
    // What a run of the previous version left between creating the file and writing its pid.
    await writeFile(join(dir, LOCK_FILE), '');
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
    expect(await lockText(dir)).toBe('');
  });

  it('takes over an empty or unreadable lock file older than a minute', async () => {
    const dir = await lockDir();
    await writeFile(join(dir, LOCK_FILE), 'garbage');
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const lock = await acquireRunLock(dir);
    expect(await lockText(dir)).toMatch(new RegExp(`^${process.pid}\\n[0-9a-f]{32}\\n${HOST}\\n$`, 'u'));
    await lock.release();
  });

  it('refuses a second claim in the same process, even with the same pid, instead of taking the lock over', async () => {
    const dir = await lockDir();
    const first = await acquireRunLock(dir, process.pid);
    await expect(acquireRunLock(dir, process.pid)).rejects.toBeInstanceOf(RunLockedError);
    await first.release();
    expect(await lockText(dir)).toBeNull();
  });

  it('takes over a lock of this host naming this process\'s pid with a token it never drew once untouched for 2 minutes (a killed run whose pid came back)', async () => {
    const dir = await lockDir();
    await writeFile(join(dir, LOCK_FILE), `${process.pid}\n${'0'.repeat(32)}\n${LOCK_HOST}\n`);
    const old = new Date(Date.now() - 3 * 60_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const lock = await acquireRunLock(dir);
    expect(await lockText(dir)).not.toContain('0'.repeat(32));
    await lock.release();
  });

  it('leaves a touched lock naming this host and this process\'s pid: another container\'s pid 1 with the same hostname and boot id', async () => {
    const dir = await lockDir();
    await writeFile(join(dir, LOCK_FILE), `${process.pid}\n${'0'.repeat(32)}\n${LOCK_HOST}\n`);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
  });

  it('leaves a lock of the previous version (no host line) naming this process\'s pid: it may be another container\'s live pid 1', async () => {
    const dir = await lockDir();
    await writeFile(join(dir, LOCK_FILE), `${process.pid}\n${'0'.repeat(32)}\n`);
    const old = new Date(Date.now() - 3 * 60_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
  });

  it('takes over a lock of this host whose live pid stopped touching it 2 minutes ago (the pid was given to another process)', async () => {
    const dir = await lockDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(other);
    await writeFile(join(dir, LOCK_FILE), `${other.pid ?? 1}\n${'0'.repeat(32)}\n${LOCK_HOST}\n`);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
    const old = new Date(Date.now() - 3 * 60_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    const lock = await acquireRunLock(dir);
    await lock.release();
  });

  it('two runs taking one stale lock over at once: only one gets it', async () => {
    let both = 0;
    for (let i = 0; i < 50; i += 1) {
      const dir = await lockDir();
      await writeFile(join(dir, LOCK_FILE), '999999999\n'); // a killed run
      const results = await Promise.allSettled([acquireRunLock(dir, 4242), acquireRunLock(dir, 4343), acquireRunLock(dir, 4444)]);
      const got = results.filter((r) => r.status === 'fulfilled');
      if (got.length !== 1) both += 1;
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(RunLockedError);
      for (const r of got) await r.value.release();
      // Nothing left behind: no claim under its temporary name, no break file.
      expect(await readdir(dir)).toEqual([]);
    }
    expect(both).toBe(0);
  });
});

describe('release', () => {
  it('leaves a lock that is no longer this run\'s', async () => {
    const dir = await lockDir();
    const lock = await acquireRunLock(dir);
    // Another run took the file over meanwhile (as a run does when it thinks ours was killed).
    const theirs = `${process.pid + 1}\n${'f'.repeat(32)}\n`;
    await writeFile(join(dir, 'other.tmp'), theirs);
    await rename(join(dir, 'other.tmp'), join(dir, LOCK_FILE));
    await lock.release();
    expect(await lockText(dir)).toBe(theirs);
  });

  it('does nothing the second time', async () => {
    const dir = await lockDir();
    const lock = await acquireRunLock(dir);
    await lock.release();
    const next = await acquireRunLock(dir);
    await lock.release();
    expect(await lockText(dir)).not.toBeNull();
    await next.release();
  });
});

/** Starts a process that claims the lock; resolves with its first line. */
function claimant(dir: string): { child: ChildProcess; line: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'lock-claimant.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const line = new Promise<string>((done, fail) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) done(text.trim());
    });
    child.on('exit', (code) => fail(new Error(`claimant exited (${code}) before answering: ${text}`)));
  });
  return { child, line };
}

describe('apply.lock between processes', () => {
  it('is refused while a live process holds it, and taken over once it is killed', async () => {
    const dir = await lockDir();
    const holder = spawn('sleep', ['30']);
    children.push(holder);
    await writeFile(join(dir, LOCK_FILE), `${holder.pid}\n${'a'.repeat(32)}\n`);
    await expect(acquireRunLock(dir)).rejects.toMatchObject({ pid: holder.pid });
    await new Promise((done) => {
      holder.on('exit', done);
      holder.kill();
    });
    const lock = await acquireRunLock(dir);
    await lock.release();
  });

  it('several processes claiming a stale lock at once: exactly one gets it', async () => {
    const dir = await lockDir();
    await writeFile(join(dir, LOCK_FILE), '999999999\n');
    const claims = Array.from({ length: 4 }, () => claimant(dir));
    const lines = await Promise.all(claims.map((c) => c.line));
    expect(lines.filter((l) => l === 'got')).toHaveLength(1);
    const winner = claims[lines.indexOf('got')]?.child;
    // Refused because the winner holds the lock (its pid), or because it was taking it over (no pid yet).
    for (const line of lines.filter((l) => l !== 'got')) expect([`locked ${winner?.pid ?? ''}`, 'locked']).toContain(line);
    await new Promise((done) => {
      winner?.on('exit', done);
      winner?.stdin?.end();
    });
    expect(await lockText(dir)).toBeNull();
  }, 60_000);
});
