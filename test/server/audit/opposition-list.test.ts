import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oppositionKeys } from '../../../src/core/consent';
import { ensureInstallationSalt, installationHash, JsonlFileError } from '../../../src/server/audit';
import { isOpposed, OPPOSITION_FILE, OppositionList, openOppositionCheck } from '../../../src/server/opposition';

const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'autocible-opp-'));
const HASH = installationHash('c'.repeat(64));

describe('the opposition list', () => {
  it('remembers added keys across loads, each once, and holds no identifier', async () => {
    const path = join(await tempDir(), OPPOSITION_FILE);
    const list = await OppositionList.load(path);
    const keys = oppositionKeys({ emails: ['Jean.Martin@Exemple.fr'], phones: ['06 12 34 56 78'] }, HASH);
    expect(await list.add(keys, '2026-06-30', 'objection')).toBe(2);
    expect(await list.add(keys, '2026-07-01', 'objection')).toBe(0);
    await list.close();
    const text = await readFile(path, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(2);
    expect(text).not.toMatch(/martin|exemple|612345678/iu);
    const reloaded = await OppositionList.load(path);
    expect(reloaded.size).toBe(2);
    expect(isOpposed(reloaded, oppositionKeys({ phones: ['+33 6 12 34 56 78'] }, HASH))).toBe(true);
    expect(reloaded.isOpposed(oppositionKeys({ emails: ['jeanne.martin@exemple.fr'] }, HASH))).toBe(false);
  });

  it('refuses a line that is not a hashed key', async () => {
    const path = join(await tempDir(), OPPOSITION_FILE);
    await writeFile(path, '{"v":1,"kind":"email","key":"jean.martin@exemple.fr","addedOn":"2026-06-30","reason":"objection"}\n');
    await expect(OppositionList.load(path)).rejects.toBeInstanceOf(JsonlFileError);
  });
});

describe('the opposition check imports and exports call', () => {
  it('opposes nobody on an installation that never wrote a key', async () => {
    const check = await openOppositionCheck({ stateDir: await tempDir() });
    expect(check({ emails: ['jean.martin@exemple.fr'] })).toBe(false);
  });

  it('recognises a listed person under another spelling of the same address or number', async () => {
    const stateDir = await tempDir();
    const hash = installationHash(await ensureInstallationSalt(stateDir));
    const list = await OppositionList.load(join(stateDir, OPPOSITION_FILE));
    await list.add(oppositionKeys({ emails: ['jean.martin@gmail.com'], phones: ['0612345678'] }, hash), '2026-06-30', 'retention');
    await list.close();
    const check = await openOppositionCheck({ stateDir });
    expect(check({ emails: ['  Jean.Martin+promo@googlemail.com '] })).toBe(true);
    expect(check({ phones: ['+33 (0)6 12 34 56 78'] })).toBe(true);
    expect(check({ emails: ['jean.martin@exemple.fr'], phones: ['pas un numéro'] })).toBe(false);
  });
});
