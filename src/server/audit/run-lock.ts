/**
 * One `retention apply` at a time per state directory: two runs interleaving their steps on the same
 * record would defeat the journal. The lock file holds the pid and a random token, and is never seen
 * half-written: it is written under a temporary name, then hard-linked into place (`link` fails with EEXIST
 * while another run holds it). A lock left by a killed run (its pid no longer alive, a file older than the
 * machine's uptime, or an empty or unreadable file older than a minute) is taken over, so a rerun after a crash is never blocked; two runs
 * taking it over at once go through a second file (`apply.lock.break`), so only one of them gets it. A
 * lock is released only by its holder: the file is removed only while it still holds the holder's token.
 *
 * A pid means something only on the machine and in the pid namespace that wrote it: two containers sharing the
 * state directory both run as pid 1, and may share a hostname and the host's boot id too. So the file also names its
 * writer's host (hostname and boot id), and the holder touches it every 30 s. A lock written elsewhere, or here under
 * our own pid or a live one, is taken over only once it has not been touched for 2 minutes: its run is gone (killed,
 * or its container removed). A lock here whose pid is dead is taken over at once.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { link, open, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RunLockLostError } from './run-lock-lost-error';
import { RunLockedError } from './run-locked-error';
import type { RunLockKind } from './run-locked-error';
import { createFolders } from '../create-folders';

export const LOCK_FILE = 'apply.lock';

/** An empty or unreadable lock younger than this may be a run still writing it: it is left alone. */
const UNREADABLE_LOCK_GRACE_MS = 60_000;

const ATTEMPTS = 5;

/** How often a held lock is touched, and how long one written on another host may go untouched before it is stale. */
export const LOCK_HEARTBEAT_MS = 30_000;
const FOREIGN_LOCK_STALE_MS = 4 * LOCK_HEARTBEAT_MS;

/** This machine and pid namespace: the hostname (a container's own) and the kernel's boot id (empty off Linux). */
function hostIdentity(): string {
  let boot = '';
  try {
    boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    // Not Linux: the hostname alone tells hosts apart.
  }
  return `${hostname()}/${boot}`;
}

export const LOCK_HOST = hostIdentity();

/** Tokens of the locks this process holds: a second claim in the same process is refused, not taken over. */
const heldHere = new Set<string>();

/** What a lock file says, and which file it is (a replaced file has another inode or another text). */
interface Holder {
  readonly pid: number | null;
  readonly token: string | null;
  /** The writer's `LOCK_HOST`; null in a lock written before it was recorded. */
  readonly host: string | null;
  readonly text: string;
  readonly ino: number;
  readonly ageMs: number;
}

const codeOf = (error: unknown): unknown => (typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return codeOf(error) === 'EPERM';
  }
}

/** The lock file's content and identity, read through one handle; null when there is no file. */
async function readHolder(path: string): Promise<Holder | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const text = await handle.readFile('utf8');
    const info = await handle.stat();
    const [first = '', second = '', third = ''] = text.split('\n');
    const pid = Number.parseInt(first, 10);
    return {
      pid: Number.isInteger(pid) && pid > 0 ? pid : null, token: second.trim() === '' ? null : second.trim(),
      host: third.trim() === '' ? null : third.trim(), text, ino: info.ino,
      ageMs: Date.now() - info.mtimeMs,
    };
  } finally {
    await handle.close();
  }
}

/** Whether the holder is a run that no longer exists. */
function isStale(holder: Holder): boolean {
  if (holder.token !== null && heldHere.has(holder.token)) return false;
  // Its pid cannot be checked from here: its holder touches it while it runs.
  if (holder.host !== null && holder.host !== LOCK_HOST) return holder.ageMs > FOREIGN_LOCK_STALE_MS;
  // Written before the machine started (a power loss, a SIGKILL then a reboot): its pid now names another process.
  if (holder.ageMs > uptime() * 1000) return true;
  if (holder.pid === null) return holder.ageMs > UNREADABLE_LOCK_GRACE_MS;
  const ownPid = holder.pid === process.pid;
  if (holder.host === null) {
    // Written by a version that did not touch it: only a dead pid tells. Our own pid may be a run of another container
    // (both pid 1) as well as a killed one: it is left alone (remove the file by hand once sure no run is left).
    return !ownPid && !isAlive(holder.pid);
  }
  // Same hostname and boot id, but maybe another pid namespace (containers sharing the host's network or hostname):
  // a dead pid is a killed run; our own pid (a killed run's given again, or another container's pid 1) or a live one
  // (a pid reused since) is a run only while it is touched.
  if (!ownPid && !isAlive(holder.pid)) return true;
  return holder.ageMs > FOREIGN_LOCK_STALE_MS;
}

/**
 * Removes the stale lock `seen`, unless it changed meanwhile. Only one process at a time does so: the one that
 * links `claim` as `apply.lock.break`. Another one breaking at the same time is refused (it would hold the lock
 * only after the first), unless its break file is itself left over from a killed run.
 */
async function breakStale(path: string, seen: Holder, claim: string, kind: RunLockKind): Promise<void> {
  const breaker = `${path}.break`;
  try {
    await link(claim, breaker);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
    const other = await readHolder(breaker);
    if (other !== null && !isStale(other)) throw new RunLockedError(path, null, kind);
    // Left by a run killed while it was taking the lock over: the caller tries again.
    await rm(breaker, { force: true });
    return;
  }
  try {
    const now = await readHolder(path);
    if (now !== null && now.ino === seen.ino && now.text === seen.text) await rm(path, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

export interface RunLock {
  /** Removes the lock file if it is still this lock's; does nothing the second time. */
  release(): Promise<void>;
  /**
   * Aborted, with a `RunLockLostError`, when a heartbeat finds the lock file gone or another run's: this run was
   * paused long enough for its lock to look abandoned, and must stop.
   */
  readonly lost: AbortSignal;
}

/** Touches the lock file while it is still this lock's, so that a run on another host sees it alive; false once it is not. */
async function touch(path: string, token: string): Promise<boolean> {
  const holder = await readHolder(path);
  if (holder === null || holder.token !== token) return false;
  const now = new Date();
  await utimes(path, now, now);
  return true;
}

function lockOf(path: string, token: string): RunLock {
  const lost = new AbortController();
  const heartbeat = setInterval(() => {
    touch(path, token).then((held) => {
      if (held || !heldHere.has(token)) return;
      clearInterval(heartbeat);
      lost.abort(new RunLockLostError(path));
    }, () => undefined);
  }, LOCK_HEARTBEAT_MS);
  heartbeat.unref();
  return {
    lost: lost.signal,
    release: async () => {
      clearInterval(heartbeat);
      if (!heldHere.has(token)) return;
      const holder = await readHolder(path);
      if (holder !== null && holder.token === token) await rm(path, { force: true });
      heldHere.delete(token);
    },
  };
}

async function claimOnce(path: string, claim: string, kind: RunLockKind): Promise<boolean> {
  try {
    await link(claim, path);
    return true;
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
  }
  const holder = await readHolder(path);
  if (holder === null) return false;
  if (!isStale(holder)) throw new RunLockedError(path, holder.pid, kind);
  await breakStale(path, holder, claim, kind);
  return false;
}

/** The lock of `retention apply` (and of what must not run beside it) in `stateDir`. */
export async function acquireRunLock(stateDir: string, pid: number = process.pid): Promise<RunLock> {
  return acquireLockFile(join(stateDir, LOCK_FILE), 'anonymisation', pid);
}

/**
 * The lock of the score runs that write the state file `statePath` (`<statePath>.lock`): `serve` holds it while it
 * runs, a `score` run while it runs. Two writers would overwrite each other's checkpoint, and the first to finish
 * would drop the other's checkpoint and retry list.
 */
export async function acquireScoreLock(statePath: string, pid: number = process.pid): Promise<RunLock> {
  return acquireLockFile(`${statePath}.lock`, 'scoring', pid);
}

async function acquireLockFile(path: string, kind: RunLockKind, pid: number): Promise<RunLock> {
  await createFolders(dirname(path), 0o700);
  const token = randomBytes(16).toString('hex');
  const claim = `${path}.${token}.tmp`;
  await writeFile(claim, `${pid}\n${token}\n${LOCK_HOST}\n`, { flag: 'wx', mode: 0o600 });
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      // Marked before the link: from then on, the other claims of this process see the file as held.
      heldHere.add(token);
      let claimed = false;
      try {
        claimed = await claimOnce(path, claim, kind);
      } finally {
        if (!claimed) heldHere.delete(token);
      }
      if (claimed) return lockOf(path, token);
    }
  } finally {
    await unlink(claim).catch(() => undefined);
  }
  throw new RunLockedError(path, null, kind);
}
