import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLine, jsonlHeadProblem, looksLikeCsvHeader } from '../../../../src/server/jobs/score/jsonl-head';
import { tempDir, TODAY } from './fixtures';
import { runScore, SCORE_CSV } from './score-cli';

async function file(name: string, content: string | Buffer): Promise<{ cwd: string; path: string }> {
  const cwd = await tempDir();
  const path = join(cwd, name);
  await writeFile(path, content);
  return { cwd, path };
}

const CONTACTS_CSV = `${SCORE_CSV['contacts.csv'].join('\n')}\n`;
const RECORD = '{"entityType":"Contact","id":"c1","lastName":"Martin","autoCibleCustomerKind":"PARTICULIER"}';

describe('autocible score --input: a CSV file', () => {
  it('refuses a .csv file before scoring, saying --input reads JSONL and to give its folder to --dir (exit code 2)', async () => {
    const { cwd, path } = await file('contacts.csv', CONTACTS_CSV);
    const en = await runScore(['--input', path, '--out', 'changes.jsonl'], { cwd });
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toBe(`${path} is a CSV file: --input reads JSONL (one JSON record per line). For CSV files, give their folder: --dir ${cwd}\n`);
    expect(en.stdout).toBe('');
    expect(existsSync(join(cwd, 'changes.jsonl'))).toBe(false);
    const fr = await runScore(['--input', 'contacts.csv'], { cwd, lang: 'fr' });
    expect(fr.exitCode).toBe(2);
    expect(fr.stderr).toBe(`${path} est un fichier CSV : --input lit du JSONL (un enregistrement JSON par ligne). Pour des fichiers CSV, indiquez leur dossier : --dir ${cwd}\n`);
  });

  it('refuses a file of another name whose first line is a CSV header row, whatever its separator', async () => {
    for (const header of ['id,lastName,accountId', 'ID;Nom;Prénom', '"id"\t"lastName"']) {
      const { cwd, path } = await file('export.txt', `\uFEFF${header}\nc1,Martin,\n`);
      const run = await runScore(['--input', path], { cwd });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('--input reads JSONL');
    }
  });

  it('still reads a JSONL file, its broken lines reported one by one as before', async () => {
    const { cwd, path } = await file('records.jsonl', `\n  \n${RECORD}\n{not json, at all\nid,lastName\n`);
    const run = await runScore(['--input', path, '--today', TODAY, '--dry-run'], { cwd });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Scored: 1 ');
    expect(run.stdout).toContain('invalidJson');
  });
});

describe('autocible score --input: an empty file', () => {
  it('is an error, as a --dir without any file is (exit code 1), in English and French', async () => {
    for (const content of ['', '\n\n  \r\n\t\n', '\uFEFF\n']) {
      const { cwd, path } = await file('records.jsonl', content);
      const en = await runScore(['--input', path, '--out', 'changes.jsonl'], { cwd });
      expect(en.exitCode).toBe(1);
      expect(en.stderr).toBe(`Nothing to score in ${path}: the file is empty. --input expects one JSON record per line.\n`);
      expect(en.stdout).toBe('');
      expect(existsSync(join(cwd, 'changes.jsonl'))).toBe(false);
      const fr = await runScore(['--input', path], { cwd, lang: 'fr' });
      expect(fr.exitCode).toBe(1);
      expect(fr.stderr).toBe(`Aucun enregistrement à calculer dans ${path} : le fichier est vide. --input attend un enregistrement JSON par ligne.\n`);
    }
  });
});

describe('the head of a --input file', () => {
  it('is its first line that is not blank, a byte order mark left out, cut at 4 KiB', async () => {
    expect(await firstLine((await file('a', '\uFEFF\n \n{"a":1}\r\nnext')).path)).toBe('{"a":1}');
    expect(await firstLine((await file('b', ' \t\r\n')).path)).toBeNull();
    expect(await firstLine((await file('c', `{"a":"${'x'.repeat(10_000)}"}`)).path)).toHaveLength(4096);
    // A blank file larger than a read is read to its end.
    expect(await firstLine((await file('d', `${' '.repeat(200_000)}\nx`)).path)).toBe('x');
  });

  it('tells a header row from JSON and from a line of text', () => {
    expect(looksLikeCsvHeader('id,lastName')).toBe(true);
    expect(looksLikeCsvHeader('{"entityType":"Contact"')).toBe(false);
    expect(looksLikeCsvHeader('["a","b"]')).toBe(false);
    expect(looksLikeCsvHeader('"a,b"')).toBe(false);
    expect(looksLikeCsvHeader('hello')).toBe(false);
    expect(looksLikeCsvHeader('id,,lastName')).toBe(false);
  });

  it('names the problem: a .csv file whatever it holds, an empty file, or none', async () => {
    expect(await jsonlHeadProblem((await file('records.CSV', RECORD)).path)).toBe('csv');
    expect(await jsonlHeadProblem((await file('records.jsonl', '')).path)).toBe('empty');
    expect(await jsonlHeadProblem((await file('records.jsonl', RECORD)).path)).toBeNull();
  });
});
