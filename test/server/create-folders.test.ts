import { existsSync } from 'node:fs';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFolders } from '../../src/server/create-folders';
import { StateFileError, writeJsonFile } from '../../src/server/state';

const temp = (): Promise<string> => mkdtemp(join(tmpdir(), 'autocible-folders-'));

describe('createFolders', () => {
  it('creates the missing folders one by one with the mode given, and accepts a folder that exists', async () => {
    const root = await temp();
    await createFolders(join(root, 'a', 'b'), 0o700);
    expect((await stat(join(root, 'a'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(root, 'a', 'b'))).isDirectory()).toBe(true);
    await createFolders(join(root, 'a', 'b'), 0o700);
  });

  it('fails with ENOTDIR where a file stands in the path', async () => {
    const root = await temp();
    await writeFile(join(root, 'afile'), 'x');
    await expect(createFolders(join(root, 'afile', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  // Node's recursive mkdir retries forever there: a 2 s limit, not the default. Every state file, audit log and
  // output folder goes through createFolders, so `--state /proc/x/state.json` fails instead of hanging.
  it.skipIf(!existsSync('/proc'))('fails at once under /proc, where the system refuses any new folder, and so does a state file there', { timeout: 2000 }, async () => {
    await expect(createFolders('/proc/autocible-nope/sub')).rejects.toMatchObject({ code: 'ENOENT' });
    const error: unknown = await writeJsonFile('/proc/autocible-nope/state.json', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateFileError);
    expect(error).toMatchObject({ problem: 'unwritable' });
  });
});
