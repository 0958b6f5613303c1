import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ID, tempDir } from './fixtures';
import { runScore, SCORE_CSV, scoreCsvDir } from './score-cli';

describe('autocible score --dir: the files it finds', () => {
  it('fails with exit code 1 on a folder without any file it reads', async () => {
    const cwd = await tempDir();
    const dir = join(cwd, 'export');
    await mkdir(dir);
    const en = await runScore(['--dir', 'export'], { cwd });
    expect(en.exitCode).toBe(1);
    expect(en.stderr).toBe(`Nothing to score in ${dir}: --dir expects contacts.csv, leads.csv, accounts.csv or vehicles.csv.\n`);
    expect(en.stdout).toBe('');
    const fr = await runScore(['--dir', 'export'], { cwd, lang: 'fr' });
    expect(fr.exitCode).toBe(1);
    expect(fr.stderr).toBe(`Aucun fichier à calculer dans ${dir} : --dir attend contacts.csv, leads.csv, accounts.csv ou vehicles.csv.\n`);
  });

  it('warns once per missing file, saying what is scored without it, and goes on', async () => {
    const cwd = await tempDir();
    const dir = await scoreCsvDir(['contacts.csv', 'accounts.csv']);
    const en = await runScore(['--dir', dir, '--dry-run'], { cwd });
    expect(en.exitCode).toBe(0);
    expect(en.stderr.trim().split('\n')).toEqual([
      'Warning: leads.csv not found, no lead is scored.',
      'Warning: vehicles.csv not found, contacts and accounts are scored without their vehicles.',
    ]);
    expect(en.stdout).toContain('Scored: 3 (contacts 2, leads 0, accounts 1)');
    const fr = await runScore(['--dir', dir, '--dry-run'], { cwd, lang: 'fr' });
    expect(fr.stderr).toContain('Attention : vehicles.csv introuvable, les contacts et les comptes sont calculés sans leurs véhicules.\n');
  });

  it('prints nothing on stderr when every file is there', async () => {
    const run = await runScore(['--dir', await scoreCsvDir(), '--dry-run'], { cwd: await tempDir() });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('prints each unknown column once, as sample does, however many times the file is read', async () => {
    const contacts = [`${SCORE_CSV['contacts.csv'][0]},Couleur préférée`, `${ID.lease},Martin,,PARTICULIER,CLIENT,,bleu`, `${ID.driver},Petit,${ID.fleet},,,RESP_PARC,`];
    const dir = await scoreCsvDir(undefined, { 'contacts.csv': contacts });
    const fr = await runScore(['--dir', dir, '--dry-run', '--json'], { cwd: await tempDir(), lang: 'fr' });
    expect(fr.exitCode).toBe(0);
    expect(fr.stderr.split('\n').filter((line) => line.startsWith('Attention'))).toEqual(['Attention : contacts.csv : colonne inconnue « Couleur préférée », ignorée.']);
    expect(fr.stderr).not.toContain('bleu');
  });
});
