import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './fixtures';
import { OutFile } from '../../../../src/server/cli/commands/score-out';
import { runScore, scoreCsvDir } from './score-cli';

const lines = (text: string): string[] => text.trim().split('\n');

describe('autocible score --out', () => {
  it('creates the missing folders of --out, as --state does, and names the file it wrote', async () => {
    const cwd = await tempDir();
    const run = await runScore(['--dir', await scoreCsvDir(), '--today', '2025-03-15', '--out', 'exports/2025/changes.jsonl'], { cwd });
    expect(run.exitCode).toBe(0);
    const path = join(cwd, 'exports', '2025', 'changes.jsonl');
    expect(lines(await readFile(path, 'utf8'))).toHaveLength(4);
    expect(run.stdout).toContain('Written: 4 ');
    expect(run.stdout).toContain(`Offline: changes saved to ${path}`);
    expect(run.stderr).toBe('');
  });

  it('refuses a directory as --out in one line of the chosen language, exit code 1', async () => {
    const cwd = await tempDir();
    await mkdir(join(cwd, 'out'));
    const dir = await scoreCsvDir();
    const en = await runScore(['--dir', dir, '--out', 'out'], { cwd });
    expect(en.exitCode).toBe(1);
    expect(en.stderr).toBe(`--out ${join(cwd, 'out')} is a directory: give a file, e.g. ${join(cwd, 'out')}/changes.jsonl.\n`);
    expect(en.stdout).toBe('');
    const fr = await runScore(['--dir', dir, '--out', 'out'], { cwd, lang: 'fr' });
    expect(fr.exitCode).toBe(1);
    expect(fr.stderr).toBe(`--out ${join(cwd, 'out')} est un dossier : indiquez un fichier, par exemple ${join(cwd, 'out')}/modifications.jsonl.\n`);
  });

  it('says when a file stands where a folder of --out should be', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'afile'), 'x');
    const run = await runScore(['--dir', await scoreCsvDir(), '--out', 'afile/changes.jsonl'], { cwd, lang: 'fr' });
    expect(run.exitCode).toBe(1);
    expect(lines(run.stderr)).toEqual([`Impossible de créer le fichier de --out ${join(cwd, 'afile', 'changes.jsonl')} : un élément de son chemin est un fichier, pas un dossier.`]);
  });

  it('leaves no --out file behind when --dir cannot be read', async () => {
    const cwd = await tempDir();
    const run = await runScore(['--dir', 'nowhere', '--out', 'changes.jsonl'], { cwd });
    expect(run.exitCode).toBe(1);
    expect(existsSync(join(cwd, 'changes.jsonl'))).toBe(false);
  });

  it.skipIf(!existsSync('/dev/full'))('stops on a write error of --out (a full disk) with one line, and a rerun starts over', async () => {
    const cwd = await tempDir();
    const run = await runScore(['--dir', await scoreCsvDir(), '--out', '/dev/full'], { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('Cannot write the --out file /dev/full: the disk is full.\n');
    const state = JSON.parse(await readFile(join(cwd, '.autocible', 'state.json'), 'utf8')) as { sources: Record<string, { checkpoint?: unknown; lastSuccessfulRunAt?: string }> };
    expect(Object.keys(state.sources)).toHaveLength(1);
    // The lines were lost at the last flush: the run did not succeed, and a later --since run must not skip them.
    for (const source of Object.values(state.sources)) expect(source).toEqual({});
  });
});

describe('the --out file', () => {
  it.skipIf(!existsSync('/dev/full'))('fails its end when a write it accepted could not reach the disk, so the run is not recorded', async () => {
    const out = await OutFile.open('/dev/full');
    await out.update('Contact', 'c1', { autoCibleScore: 40 });
    await expect(out.end()).rejects.toMatchObject({ code: 'ENOSPC', path: '/dev/full' });
  });
});

describe('autocible score offline without --out', () => {
  it('counts the changes as to write and says nothing was saved, in English and French', async () => {
    const cwd = await tempDir();
    const dir = await scoreCsvDir();
    const en = await runScore(['--dir', dir, '--today', '2025-03-15'], { cwd });
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toMatch(/^To write: 4 {3}Unchanged: 0 {3}Errors: 0$/m);
    expect(en.stdout).not.toContain('Written');
    expect(lines(en.stdout).at(-1)).toBe('Offline without --out: nothing was saved. To keep the changes, add --out changes.jsonl.');
    const fr = await runScore(['--dir', dir, '--today', '2025-03-15'], { cwd, lang: 'fr' });
    expect(fr.stdout).toMatch(/^À écrire : 4 {3}Inchangés : 0 {3}Erreurs : 0$/m);
    expect(lines(fr.stdout).at(-1)).toBe('Hors ligne sans --out : rien n’a été enregistré. Pour garder les modifications, ajoutez --out modifications.jsonl.');
  });

  it('says nothing about --out in a dry run, whose title already says nothing is written', async () => {
    const run = await runScore(['--dir', await scoreCsvDir(), '--dry-run'], { cwd: await tempDir() });
    expect(run.stdout).toContain('To write: 4 ');
    expect(run.stdout).not.toContain('--out');
  });
});

describe('the --out file of a run that continues an interrupted one', () => {
  async function withOldLine(): Promise<string> {
    const path = join(await tempDir(), 'changes.jsonl');
    await writeFile(path, '{"entityType":"Contact","id":"earlier","changed":{}}\n');
    return path;
  }

  it('keeps the lines the interrupted part wrote, so each change of the whole run is there once', async () => {
    const path = await withOldLine();
    const out = await OutFile.open(path);
    await out.begin({ resumed: true });
    await out.update('Contact', 'later', { autoCibleScore: 40 });
    await out.close();
    expect(lines(await readFile(path, 'utf8')).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['earlier', 'later']);
  });

  it('starts a fresh run on an empty file, and leaves the old one alone until the run begins', async () => {
    const path = await withOldLine();
    const out = await OutFile.open(path);
    expect(await readFile(path, 'utf8')).toContain('earlier');
    await out.begin({ resumed: false });
    await out.update('Contact', 'later', { autoCibleScore: 40 });
    await out.close();
    expect(lines(await readFile(path, 'utf8')).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['later']);
  });
});
