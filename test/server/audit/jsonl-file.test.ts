import { appendFile, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendOnlyJsonl, JsonlFileError, readJsonl } from '../../../src/server/audit';

async function tempFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'autocible-jsonl-')), 'sub', 'log.jsonl');
}

describe('append-only JSON lines', () => {
  it('appends one line per value, creates the file readable by its owner only, and reads them back', async () => {
    const path = await tempFile();
    const file = await AppendOnlyJsonl.open(path);
    await file.append({ n: 1 });
    await file.append({ n: 2 });
    await file.close();
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readJsonl(path)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('reads a missing file as empty', async () => {
    expect(await readJsonl(await tempFile())).toEqual([]);
  });

  it('ignores a last line cut short by a crash, and drops it before the next append', async () => {
    const path = await tempFile();
    const file = await AppendOnlyJsonl.open(path);
    await file.append({ n: 1 });
    await file.close();
    await appendFile(path, '{"n":2,"cut');
    expect(await readJsonl(path)).toEqual([{ n: 1 }]);
    const reopened = await AppendOnlyJsonl.open(path);
    await reopened.append({ n: 3 });
    await reopened.close();
    expect(await readJsonl(path)).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('refuses a broken line that is not the last one, naming its line number', async () => {
    const path = await tempFile();
    await AppendOnlyJsonl.open(path).then((f) => f.close());
    await writeFile(path, '{"n":1}\nnot json\n{"n":3}\n');
    await expect(readJsonl(path)).rejects.toMatchObject({ line: 2, reason: 'notJson' });
    await expect(readJsonl(path)).rejects.toBeInstanceOf(JsonlFileError);
  });
});
