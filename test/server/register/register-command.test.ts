import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_REGISTER_CONFIG, registerCommand } from '../../../src/server/cli/commands/register';
import { runCli } from '../jobs/retention/cli-run';

describe('autocible register', () => {
  it('writes the register in French by default, whatever the terminal language, and warns about the example', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const run = await runCli(registerCommand, ['register', '--today', '2026-06-30'], { cwd, lang: 'en' });
    expect(run.exitCode).toBe(0);
    expect(await readFile(join(cwd, 'register', 'register.md'), 'utf8')).toContain('# Registre des activités de traitement');
    expect(run.stderr).toContain('example configuration');
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('writes it in English with --lang en given to the program', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const run = await runCli(registerCommand, ['register', '--lang', 'en', '--out', 'out'], { cwd, lang: 'fr', programLang: true });
    expect(run.exitCode).toBe(0);
    expect(await readFile(join(cwd, 'out', 'register.md'), 'utf8')).toContain('# Record of processing activities');
  });

  it('uses register.json of the working directory when present', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const config = JSON.parse(await readFile(EXAMPLE_REGISTER_CONFIG, 'utf8')) as { organisation: { controller: { name: string } } };
    config.organisation.controller.name = 'Concession Martin SARL';
    await writeFile(join(cwd, 'register.json'), JSON.stringify(config));
    const run = await runCli(registerCommand, ['register'], { cwd });
    expect(run.stderr).toBe('');
    expect(await readFile(join(cwd, 'register', 'register.md'), 'utf8')).toContain('Concession Martin SARL');
  });

  it('writes the durations of --policy, and why they differ from the référentiel', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    await writeFile(join(cwd, 'policy.yaml'), 'prospectMonths: 24\ncustomerMonths: 48\njustification: Garantie constructeur de 4 ans\n');
    const run = await runCli(registerCommand, ['register', '--policy', 'policy.yaml', '--today', '2026-06-30'], { cwd });
    expect(run.exitCode).toBe(0);
    const markdown = await readFile(join(cwd, 'register', 'register.md'), 'utf8');
    expect(markdown).toContain('prospects 24 mois, clients 48 mois');
    expect(markdown).toContain('**Justification** : Garantie constructeur de 4 ans');
    expect(markdown).toContain('Prospect : 2 ans après la collecte');
    await writeFile(join(cwd, 'policy.yaml'), 'customerMonths: 48\n');
    expect((await runCli(registerCommand, ['register', '--policy', 'policy.yaml'], { cwd })).exitCode).toBe(2);
  });

  it('says in French that the --config file cannot be read, with exit code 2', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const missing = join(cwd, 'absent.json');
    const run = await runCli(registerCommand, ['register', '--config', missing, '--lang', 'fr'], { cwd, lang: 'fr', programLang: true });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`Configuration du registre invalide (${missing}) :\n  • (fichier) : fichier introuvable ou illisible\n`);
    expect(existsSync(join(cwd, 'register'))).toBe(false);
  });

  it('names each refused key of the configuration in French', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    await writeFile(join(cwd, 'bad.json'), '{"organisation": {}}');
    const run = await runCli(registerCommand, ['register', '--config', 'bad.json'], { cwd, lang: 'fr' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('  • organisation.controller : valeur absente ou de mauvais type');
    expect(run.stderr).toContain('  • activities : valeur absente ou de mauvais type');
    expect(run.stderr).not.toMatch(/Invalid|expected/u);
  });

  it('refuses an unknown language or an invalid configuration with exit code 2, writing nothing', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    expect((await runCli(registerCommand, ['register', '--lang', 'de'], { cwd })).exitCode).toBe(2);
    await writeFile(join(cwd, 'bad.json'), '{"organisation": {}}');
    expect((await runCli(registerCommand, ['register', '--config', 'bad.json'], { cwd })).exitCode).toBe(2);
    expect(existsSync(join(cwd, 'register'))).toBe(false);
  });
});
