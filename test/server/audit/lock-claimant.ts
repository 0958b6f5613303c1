/**
 * A process that claims `apply.lock` of the directory given, for the run-lock race tests: prints `got` (then holds
 * the lock until its stdin closes, and releases it) or `locked <pid>` when another process holds it.
 */
import { acquireRunLock, RunLockedError } from '../../../src/server/audit';

const dir = process.argv[2] ?? '';
try {
  const lock = await acquireRunLock(dir);
  process.stdout.write('got\n');
  process.stdin.resume();
  process.stdin.on('end', () => void lock.release().then(() => process.exit(0)));
} catch (error) {
  if (!(error instanceof RunLockedError)) throw error;
  process.stdout.write(`locked ${error.pid ?? ''}\n`);
}
