// A state file must survive a power loss right after a 200 to a webhook delivery (README, serve): the new
// content is flushed to the disk before it replaces the old file, and the directory after the rename.
import { readFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeJsonFile } from '../../../../src/server/state';
import { tempDir } from './fixtures';

const calls = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const name = String(args[0]).endsWith('.tmp') ? 'temp' : 'dir';
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        calls.push(`sync ${name}`);
        await sync();
      };
      return handle;
    },
    rename: async (...args: Parameters<typeof fs.rename>) => {
      calls.push('rename');
      await fs.rename(...args);
    },
  };
});

describe('writeJsonFile', () => {
  it('flushes the new content to the disk before the rename, then the directory', async () => {
    const path = join(await tempDir(), 'state.json');
    calls.length = 0;
    await writeJsonFile(path, { version: 1, sources: {} });
    expect(calls).toEqual(['sync temp', 'rename', 'sync dir']);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 1, sources: {} });
  });
});
