import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retentionCommand } from '../../../../src/server/cli/commands/retention';
import { useMswServer } from '../../../msw/server';
import { runCli, writeRgpdDataset } from './cli-run';
import { JOB_USER, restHarness } from './harness';
import { DUE_IDS, TODAY } from './population';

const server = useMswServer();

describe('autocible retention plan', () => {
  it('prints one JSON line per record with the plan fields, and the counts on stderr', async () => {
    const dir = await writeRgpdDataset();
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', dir, '--json', '--today', TODAY]);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.id, l.action])).toEqual([
      ['c0000000000000001', 'anonymise'], ['c0000000000000002', 'keep'], ['c0000000000000003', 'keep'], ['l0000000000000001', 'review'],
    ]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['id', 'entityType', 'category', 'anchorDate', 'anchorSource', 'deadline', 'action', 'ruleId', 'legalSource']));
      expect(typeof line.legalSource).toBe('string');
    }
    expect(lines[2]).toMatchObject({ category: 'customer', anchorSource: 'FINANCING_END', deadline: '2030-06-01' });
    expect(run.stderr).toContain('anonymise 1');
    expect(run.exitCode).toBe(0);
  });

  it('tells the rejected rows of contacts and leads (not planned) from those of the other files', async () => {
    const run = await runCli(retentionCommand, ['retention', 'plan', '--json', '--today', TODAY]);
    expect(run.stderr).toContain('4 contact or lead rows rejected on reading (see "autocible sample"): not planned.');
    expect(run.stderr).toContain('8 rows of the other files (vehicles, opportunities…) rejected on reading: their dates do not count.');
  });

  it('says which local file the system refused when --state-dir names a file, with no stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'autocible-file-'));
    const notADir = join(dir, 'state');
    await writeFile(notADir, 'x');
    const run = await runCli(retentionCommand, ['retention', 'apply', '--dir', await writeRgpdDataset(), '--today', TODAY, '--state-dir', notADir]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`Local file unusable: ${join(notADir, 'salt')} (ENOTDIR)`);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('says that --write on the CSV files changes no file', async () => {
    const dir = await writeRgpdDataset();
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', dir, '--write', '--today', TODAY], { lang: 'fr' });
    expect(run.stdout).toContain('Hors ligne : --write ne modifie pas les fichiers CSV ; les fiches « mises à jour » ne le sont que dans ce rapport.');
    const dry = await runCli(retentionCommand, ['retention', 'plan', '--dir', dir, '--today', TODAY], { lang: 'fr' });
    expect(dry.stdout).not.toContain('Hors ligne');
  });

  it('prints a French table with the counts per action', async () => {
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', await writeRgpdDataset(), '--today', TODAY], { lang: 'fr' });
    expect(run.stdout).toContain('Échéance');
    // The event that started the clock and the category in words, not as codes.
    expect(run.stdout).toMatch(/c0000000000000001 +Contact +prospect +2020-01-10 +Collecte des données +2023-01-10 +anonymiser/u);
    expect(run.stdout).toMatch(/c0000000000000003 +Contact +client +2027-06-01 +Fin du contrat de financement /u);
    expect(run.stdout).not.toMatch(/COLLECTION|INBOUND_CONTACT|PURCHASE|FINANCING_END|WORKSHOP_VISIT| customer /u);
    expect(run.stdout).toContain('Total par action : conserver 2, redemander l’accord 0, anonymiser 1, à examiner 1, gel juridique 0.');
    expect(run.stdout).toContain('Ventes gagnées relues pour 1 contact que l’index ne conservait pas');
    const english = await runCli(retentionCommand, ['retention', 'plan', '--dir', await writeRgpdDataset(), '--today', TODAY], { lang: 'en' });
    expect(english.stdout).toMatch(/c0000000000000001 +Contact +prospect +2020-01-10 +Data collection +2023-01-10 +anonymise/u);
  });

  it('refuses a --today that is not a date with exit code 2', async () => {
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', await writeRgpdDataset(), '--today', '2026-02-30']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('says a missing --dir is a missing directory, in the chosen language, with exit code 1 as score does', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'autocible-gone-')), 'nowhere');
    const fr = await runCli(retentionCommand, ['retention', 'plan', '--dir', dir, '--today', TODAY], { lang: 'fr' });
    expect(fr.exitCode).toBe(1);
    expect(fr.stderr).toBe(`Dossier introuvable : ${dir}\n`);
    expect(fr.stdout).toBe('');
    const en = await runCli(retentionCommand, ['retention', 'apply', '--dir', dir, '--today', TODAY], { lang: 'en' });
    expect(en.exitCode).toBe(1);
    expect(en.stderr).toBe(`Directory not found: ${dir}\n`);
  });

  it('reads a relative --dir from the working directory it was given, not from the process\'s', async () => {
    const dir = await writeRgpdDataset();
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', basename(dir), '--json', '--today', TODAY], { cwd: dirname(dir) });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('says a --dir that is a file is not a directory', async () => {
    const file = join(await writeRgpdDataset(), 'contacts.csv');
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', file, '--today', TODAY], { lang: 'fr' });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`${file} n’est pas un dossier\n`);
  });

  it('words a configuration error in French with exit code 2', async () => {
    const run = await runCli(retentionCommand, ['retention', 'plan', '--config', 'absent.json', '--today', TODAY], { lang: 'fr' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^Configuration invalide :\n {2}• \S*absent\.json : n’existe pas\. Vérifiez le chemin donné à --config/u);
  });

  it('reads EspoCRM when the connection is configured, and --write stores the plan', async () => {
    const harness = restHarness(server);
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
    const run = await runCli(retentionCommand, ['retention', 'plan', '--json', '--write', '--today', TODAY], { env });
    expect(run.stdout.trim().split('\n')).toHaveLength(9);
    expect(harness.fake.writes.filter((w) => w.kind === 'update')).toHaveLength(9);
    // The one contact the purchase index would not keep: its sales were read again, listed ones included.
    expect(run.stderr).toContain('Won opportunities read again for 1 contact the index would not keep');
  });

  it('names EspoCRM by its bare address, never with the credentials an ESPO_URL carries', async () => {
    const harness = restHarness(server);
    const url = new URL(harness.fake.baseUrl);
    url.username = 'proxyuser';
    url.password = 'proxy-pass-9d2e';
    const run = await runCli(retentionCommand, ['retention', 'plan', '--today', TODAY], { env: { ESPO_URL: url.href, ESPO_API_KEY: JOB_USER.apiKey } });
    expect(run.exitCode).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(harness.fake.baseUrl.replace(/\/$/u, ''));
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/proxyuser|proxy-pass-9d2e/u);
  });
});

describe('autocible retention --policy', () => {
  async function cwdWith(policy: string): Promise<string> {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    await writeFile(join(cwd, 'policy.json'), policy);
    return cwd;
  }

  it('plans with the durations of the file, relative to the working directory, and says so', async () => {
    const cwd = await cwdWith('{"prospectMonths": 24}');
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', await writeRgpdDataset(), '--json', '--today', TODAY, '--policy', 'policy.json'], { cwd });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'c0000000000000001', anchorDate: '2020-01-10', deadline: '2022-01-10' });
    expect(run.stderr).toContain('Durations from policy.json: prospects 24 months, customers 36 months, re-permission request 30 days before the deadline.');
    expect(run.exitCode).toBe(0);
  });

  it('applies with them: a longer, justified prospect duration keeps a prospect the référentiel would erase', async () => {
    const cwd = await cwdWith('{"prospectMonths": 120, "justification": "Cycle de renouvellement des flottes de 10 ans"}');
    const dir = await writeRgpdDataset();
    const withDefaults = await runCli(retentionCommand, ['retention', 'apply', '--dir', dir, '--json', '--today', TODAY], { cwd });
    const withPolicy = await runCli(retentionCommand, ['retention', 'apply', '--dir', dir, '--json', '--today', TODAY, '--policy', 'policy.json'], { cwd });
    const ids = (run: { stdout: string }): unknown[] => run.stdout.trim().split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { id: unknown }).id);
    expect(ids(withDefaults)).toContain('c0000000000000001');
    expect(ids(withPolicy)).not.toContain('c0000000000000001');
  });

  it('refuses a longer duration without a justification with exit code 2, planning nothing', async () => {
    const cwd = await cwdWith('{"customerMonths": 48}');
    const run = await runCli(retentionCommand, ['retention', 'plan', '--dir', await writeRgpdDataset(), '--today', TODAY, '--policy', 'policy.json'], { cwd });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('policy.json#justification');
  });
});

describe('autocible retention apply', () => {
  it('is a dry run without --yes, even on the files', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const run = await runCli(retentionCommand, ['retention', 'apply', '--dir', await writeRgpdDataset(), '--today', TODAY], { cwd });
    expect(run.stdout).toContain('would be anonymised');
    expect(run.stdout).toContain('Dry run: nothing was changed.');
    expect(existsSync(join(cwd, '.autocible'))).toBe(false);
    expect(run.exitCode).toBe(0);
  });

  it('refuses --yes on the files with exit code 2', async () => {
    const run = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--dir', await writeRgpdDataset(), '--today', TODAY]);
    expect(run.exitCode).toBe(2);
  });

  it('anonymises on EspoCRM with --yes, journaling in the state directory', async () => {
    const harness = restHarness(server);
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
    const run = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--json', '--today', TODAY], { env, cwd });
    const results = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(results.map((r) => [r.id, r.outcome])).toEqual(DUE_IDS.map((id) => [id, 'anonymised']));
    expect(harness.erases().map((e) => e.id)).toEqual(DUE_IDS);
    const audit = await readFile(join(cwd, '.autocible', 'audit.jsonl'), 'utf8');
    expect(audit).toContain('"event":"runStarted"');
    expect(audit).toContain('"event":"runFinished"');
    expect(existsSync(join(cwd, '.autocible', 'salt'))).toBe(true);
    expect(existsSync(join(cwd, '.autocible', 'apply.lock'))).toBe(false);
    expect(run.exitCode).toBe(0);
  });

  it('says, in French, which person had an address another record uses removed rather than erased', async () => {
    const harness = restHarness(server);
    harness.fake.seed('Account', [{ id: '6d000000000000901', name: 'Fixture Paysages', emailAddress: 'eric.fixture@exemple.fr' }]);
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
    const dry = await runCli(retentionCommand, ['retention', 'apply', '--today', TODAY], { env, cwd, lang: 'fr' });
    expect(dry.stdout).toContain('Contact/6d000000000000001 : 1 coordonnée aussi utilisée par une autre fiche serait retirée de la personne, ni effacée ni ajoutée à la liste d’opposition.');
    const run = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--today', TODAY], { env, cwd, lang: 'en' });
    expect(run.stdout).toContain('Contact/6d000000000000001: 1 e-mail address or phone number that another record also uses was removed from the person, neither erased nor added to the opposition list.');
    expect(run.stdout).not.toContain('eric.fixture@exemple.fr');
  });

  it('does nothing at all when the API user lacks the Data Privacy permission', async () => {
    const harness = restHarness(server, { ...JOB_USER, dataPrivacyPermission: 'no' });
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
    const run = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--today', TODAY], { env, cwd });
    expect(run.exitCode).toBe(1);
    expect(harness.writeCount()).toBe(0);
    expect(existsSync(join(cwd, '.autocible'))).toBe(false);
  });

  it('rejects a --limit that is not a positive whole number', async () => {
    const run = await runCli(retentionCommand, ['retention', 'apply', '--limit', '0', '--dir', await writeRgpdDataset()]);
    expect(run.exitCode).toBe(2);
  });
});
