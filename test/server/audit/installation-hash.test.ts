import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureInstallationSalt, installationHash, readInstallationSalt, SALT_FILE, SaltFileError } from '../../../src/server/audit';

const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'autocible-state-'));

describe('the installation salt', () => {
  it('is created once, owner-only, and the same ever after', async () => {
    const dir = join(await tempDir(), '.autocible');
    expect(await readInstallationSalt(dir)).toBeNull();
    const salt = await ensureInstallationSalt(dir);
    expect(salt).toMatch(/^[0-9a-f]{64}$/u);
    expect(await ensureInstallationSalt(dir)).toBe(salt);
    expect(await readInstallationSalt(dir)).toBe(salt);
    expect((await stat(join(dir, SALT_FILE))).mode & 0o777).toBe(0o600);
  });

  it('is never replaced when the file is damaged', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, SALT_FILE), 'not a salt\n');
    await expect(ensureInstallationSalt(dir)).rejects.toBeInstanceOf(SaltFileError);
    await expect(ensureInstallationSalt(dir)).rejects.toMatchObject({ reason: 'invalid' });
  });

  it('keys the hash: same input and salt give the same hex digest, another salt another one', () => {
    const a = installationHash('a'.repeat(64));
    const b = installationHash('b'.repeat(64));
    expect(a('email:eric@exemple.fr')).toMatch(/^[0-9a-f]{64}$/u);
    expect(a('email:eric@exemple.fr')).toBe(a('email:eric@exemple.fr'));
    expect(a('email:eric@exemple.fr')).not.toBe(b('email:eric@exemple.fr'));
  });
});
