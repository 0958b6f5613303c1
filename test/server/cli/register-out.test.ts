import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCommand } from '../../../src/server/cli/commands/register';
import { runCli } from '../jobs/retention/cli-run';

const cwdWithFile = async (): Promise<string> => {
  const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
  await writeFile(join(cwd, 'afile'), 'x');
  return cwd;
};

describe('autocible register --out that cannot be written', () => {
  it('names --out in French when it is an existing file, exit code 1', async () => {
    const cwd = await cwdWithFile();
    const run = await runCli(registerCommand, ['register', '--out', 'afile'], { cwd, lang: 'fr' });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`--out ${join(cwd, 'afile')} n’est pas un dossier (ou un élément de son chemin est un fichier) : indiquez un dossier, par exemple --out registre.\n`);
    expect(run.stdout).toBe('');
  });

  it('says so in English when a folder of its path is a file', async () => {
    const cwd = await cwdWithFile();
    const run = await runCli(registerCommand, ['register', '--out', 'afile/sub'], { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`--out ${join(cwd, 'afile', 'sub')} is not a folder (or part of its path is a file): give a folder, e.g. --out register.\n`);
  });

  it('names the register file that is a folder', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    await mkdir(join(cwd, 'register', 'register.md'), { recursive: true });
    const run = await runCli(registerCommand, ['register'], { cwd, lang: 'fr' });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`Impossible d’écrire ${join(cwd, 'register', 'register.md')} : c’est un dossier. Supprimez-le ou choisissez un autre dossier pour --out.\n`);
  });
});
