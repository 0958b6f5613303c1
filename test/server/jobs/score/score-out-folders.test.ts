import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutFile, OutFileError } from '../../../../src/server/cli/commands/score-out';
import { tempDir } from './fixtures';
import { runScore, scoreCsvDir } from './score-cli';

describe('the folders of --out', () => {
  it('are created one by one below the nearest existing folder', async () => {
    const cwd = await tempDir();
    const out = await OutFile.open(join(cwd, 'a', 'b', 'c', 'changes.jsonl'));
    await out.end();
    expect(existsSync(join(cwd, 'a', 'b', 'c', 'changes.jsonl'))).toBe(true);
  });

  it('fail at once where a regular file stands in the path, however deep below it', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'afile'), 'x');
    const path = join(cwd, 'afile', 'sub', 'deeper', 'changes.jsonl');
    await expect(OutFile.open(path)).rejects.toMatchObject({ problem: 'notDirectory', code: 'ENOTDIR', path });
    const run = await runScore(['--dir', await scoreCsvDir(), '--out', path], { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`Cannot create the --out file ${path}: part of its path is a file, not a directory.\n`);
  });

  // Node's recursive mkdir retries forever there (100 % CPU, the run never starts): a 2 s limit, not the default.
  it.skipIf(!existsSync('/proc'))('fail at once under /proc, where the system refuses any new folder', { timeout: 2000 }, async () => {
    const error: unknown = await OutFile.open('/proc/nope/x.jsonl').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutFileError);
    expect(error).toMatchObject({ path: '/proc/nope/x.jsonl', problem: 'failed', code: 'ENOENT' });
    const run = await runScore(['--dir', await scoreCsvDir(), '--out', '/proc/nope/x.jsonl'], { cwd: await tempDir() });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('Cannot write the --out file /proc/nope/x.jsonl (ENOENT).\n');
    expect(run.stdout).toBe('');
  });
});
