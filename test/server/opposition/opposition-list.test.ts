import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oppositionKeys } from '../../../src/core/consent';
import { installationHash, JsonlFileError } from '../../../src/server/audit';
import { OPPOSITION_FILE, OppositionList } from '../../../src/server/opposition';

const HASH = installationHash('d'.repeat(64));
const listPath = async (): Promise<string> => join(await mkdtemp(join(tmpdir(), 'autocible-opp-')), OPPOSITION_FILE);
const [EMAIL, PHONE] = oppositionKeys({ emails: ['jean.martin@exemple.fr'], phones: ['06 12 34 56 78'] }, HASH);
if (EMAIL === undefined || PHONE === undefined) throw new TypeError('both identifiers are valid');

describe('the opposition list with removals', () => {
  it('takes a removed key off the list, across loads, by appending a line', async () => {
    const path = await listPath();
    const list = await OppositionList.load(path);
    await list.add([EMAIL, PHONE], '2026-06-30', 'objection');
    expect(await list.remove([PHONE, PHONE], '2026-07-01')).toBe(1);
    await list.close();
    const lines = (await readFile(path, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      { v: 1, kind: 'email', key: EMAIL.key, addedOn: '2026-06-30', reason: 'objection' },
      { v: 1, kind: 'phone', key: PHONE.key, addedOn: '2026-06-30', reason: 'objection' },
      { v: 1, kind: 'phone', key: PHONE.key, removedOn: '2026-07-01', removal: true },
    ]);
    const reloaded = await OppositionList.load(path);
    expect([reloaded.size, reloaded.has(EMAIL), reloaded.has(PHONE)]).toEqual([1, true, false]);
    expect(reloaded.entry(EMAIL)).toEqual({ v: 1, kind: 'email', key: EMAIL.key, addedOn: '2026-06-30', reason: 'objection' });
    expect(reloaded.entry(PHONE)).toBeUndefined();
  });

  it('lists a key again when it is added after its removal, with the new day and reason', async () => {
    const path = await listPath();
    const list = await OppositionList.load(path);
    await list.add([PHONE], '2026-06-30', 'objection');
    await list.remove([PHONE], '2026-07-01');
    expect(await list.add([PHONE], '2026-09-01', 'retention')).toBe(1);
    await list.close();
    const reloaded = await OppositionList.load(path);
    expect(reloaded.entry(PHONE)).toMatchObject({ addedOn: '2026-09-01', reason: 'retention' });
    expect(reloaded.size).toBe(1);
  });

  it('removes nothing and writes nothing for a key that is not listed', async () => {
    const path = await listPath();
    const list = await OppositionList.load(path);
    expect(await list.remove([EMAIL], '2026-07-01')).toBe(0);
    await list.close();
    await expect(readFile(path, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reads a file written before removals existed', async () => {
    const path = await listPath();
    const old = [
      { v: 1, kind: 'email', key: EMAIL.key, addedOn: '2025-01-10', reason: 'retention' },
      { v: 1, kind: 'phone', key: PHONE.key, addedOn: '2025-02-11', reason: 'objection' },
    ];
    await writeFile(path, old.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const list = await OppositionList.load(path);
    expect([list.size, list.entry(EMAIL)?.reason, list.entry(PHONE)?.addedOn]).toEqual([2, 'retention', '2025-02-11']);
  });

  it('refuses a removal line without its day and a line of a newer version', async () => {
    const path = await listPath();
    await writeFile(path, `${JSON.stringify({ v: 1, kind: 'phone', key: PHONE.key, removal: true })}\n`);
    await expect(OppositionList.load(path)).rejects.toMatchObject({ line: 1, reason: 'unexpectedShape' });
    await writeFile(path, `${JSON.stringify({ v: 2, kind: 'phone', key: PHONE.key, addedOn: '2026-01-01', reason: 'objection' })}\n`);
    await expect(OppositionList.load(path)).rejects.toBeInstanceOf(JsonlFileError);
  });

  it('lists a key exactly when its last line is an entry, whatever the sequence of adds and removes', async () => {
    const ops = fc.array(fc.tuple(fc.constantFrom('add', 'remove'), fc.constantFrom(EMAIL, PHONE)), { maxLength: 12 });
    await fc.assert(fc.asyncProperty(ops, async (steps) => {
      const path = await listPath();
      const list = await OppositionList.load(path);
      const expected = new Set<string>();
      for (const [op, key] of steps) {
        if (op === 'add') await list.add([key], '2026-06-30', 'objection');
        else await list.remove([key], '2026-07-01');
        if (op === 'add') expected.add(key.kind);
        else expected.delete(key.kind);
      }
      await list.close();
      const reloaded = await OppositionList.load(path);
      expect([reloaded.has(EMAIL), reloaded.has(PHONE), reloaded.size]).toEqual([expected.has('email'), expected.has('phone'), expected.size]);
    }), { numRuns: 40 });
  });
});

describe('an objection outranks retention', () => {
  it('appends an objection for a key listed for retention, and reads the key as an objection from then on', async () => {
    const path = await listPath();
    const list = await OppositionList.load(path);
    await list.add([EMAIL, PHONE], '2026-06-01', 'retention');
    expect(await list.add([EMAIL, EMAIL], '2026-06-30', 'objection')).toBe(1);
    expect(list.entry(EMAIL)).toMatchObject({ addedOn: '2026-06-30', reason: 'objection' });
    expect(await list.add([EMAIL], '2026-07-01', 'objection')).toBe(0);
    await list.close();
    const reloaded = await OppositionList.load(path);
    expect([reloaded.size, reloaded.entry(EMAIL)?.reason, reloaded.entry(EMAIL)?.addedOn, reloaded.entry(PHONE)?.reason]).toEqual([2, 'objection', '2026-06-30', 'retention']);
  });

  it('never turns an objection into retention, in memory or on reading', async () => {
    const path = await listPath();
    const list = await OppositionList.load(path);
    await list.add([EMAIL], '2026-06-01', 'objection');
    expect(await list.add([EMAIL], '2026-06-30', 'retention')).toBe(0);
    await list.close();
    const lines = [
      { v: 1, kind: 'phone', key: PHONE.key, addedOn: '2026-05-01', reason: 'objection' },
      { v: 1, kind: 'phone', key: PHONE.key, addedOn: '2026-06-01', reason: 'retention' },
    ];
    await writeFile(path, lines.map((line) => `${JSON.stringify(line)}\n`).join(''), { flag: 'a' });
    const reloaded = await OppositionList.load(path);
    expect([reloaded.entry(EMAIL)?.reason, reloaded.entry(PHONE)?.reason, reloaded.entry(PHONE)?.addedOn]).toEqual(['objection', 'objection', '2026-05-01']);
  });

  it('is taken off by one removal line, like any entry', async () => {
    const path = await listPath();
    const list = await OppositionList.load(path);
    await list.add([PHONE], '2026-06-01', 'retention');
    await list.add([PHONE], '2026-06-30', 'objection');
    expect(await list.remove([PHONE], '2026-07-01')).toBe(1);
    await list.close();
    expect((await OppositionList.load(path)).has(PHONE)).toBe(false);
  });
});
