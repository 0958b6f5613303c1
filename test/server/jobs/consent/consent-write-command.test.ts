import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oppositionKeys } from '../../../../src/core/consent';
import { installationHash } from '../../../../src/server/audit';
import { consentCommand } from '../../../../src/server/cli/commands/consent';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { runCli, writeRgpdDataset } from '../retention/cli-run';
import { JOB_USER } from '../retention/harness';
import { IDS } from '../retention/population';
import { restWriteHarness } from './write-harness';

const server = useMswServer();

const PERSONAL = ['Eric', 'Ancien', 'eric.ancien@exemple.fr', 'Lina', 'lina.recente@exemple.fr', 'marc.client@exemple.fr', 'Case cochée'];

const jsonLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

/** A state directory whose opposition list holds `emails`; with no salt, the list was never keyed on this installation. */
async function stateDirWith(emails: readonly string[], options: { withSalt?: boolean; dir?: string } = {}): Promise<{ dir: string; keys: string[] }> {
  const dir = options.dir ?? await mkdtemp(join(tmpdir(), 'autocible-state-'));
  await mkdir(dir, { recursive: true });
  const salt = 'd'.repeat(64);
  if (options.withSalt !== false) await writeFile(join(dir, 'salt'), `${salt}\n`, 'utf8');
  const list = await OppositionList.load(join(dir, 'opposition.jsonl'));
  const keys = oppositionKeys({ emails }, installationHash(salt));
  await list.add(keys, '2026-06-01', 'objection');
  await list.close();
  return { dir, keys: keys.map((k) => k.key) };
}

async function cwdWith(file: string, lines: readonly string[]): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
  await writeFile(join(cwd, file), `${lines.join('\n')}\n`, 'utf8');
  return cwd;
}

describe('autocible consent sync', () => {
  it('prints one JSON line per record it would change, without personal data, and changes nothing without --yes', async () => {
    const run = await runCli(consentCommand, ['consent', 'sync', '--dir', await writeRgpdDataset(), '--json', '--today', '2026-06-30']);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.id, l.outcome, l.eventsAdded])).toEqual([['c0000000000000001', 'wouldUpdate', 1], ['c0000000000000002', 'wouldUpdate', 1]]);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['channels', 'entityType', 'eventsAdded', 'fromHostFlags', 'fromOppositionList', 'id', 'outcome', 'outranked', 'rejected']);
    expect(run.stderr).toContain('Dry run: nothing was changed');
    for (const value of PERSONAL) expect(run.stdout + run.stderr).not.toContain(value);
    expect(run.exitCode).toBe(0);
  });

  it('says how many edits stay without effect, in French: a soft opt-in typed over a recorded objection', async () => {
    const dir = await writeRgpdDataset();
    const history = JSON.stringify({ version: 1, events: [{ channel: 'email', status: 'OPT_OUT', date: '2026-02-01', source: 'EMAIL' }] });
    await writeFile(join(dir, 'contacts.csv'), [
      'id,firstName,lastName,emailAddress,createdAt,autoCibleLifecycleStage,autoCibleCustomerKind,autoCibleConsentEmailStatus,autoCibleConsentEmailDate,autoCibleConsentEmailSource,autoCibleConsentHistory',
      `c0000000000000002,Lina,Recente,lina.recente@exemple.fr,2026-01-10 09:00:00,PROSPECT,PARTICULIER,SOFT_OPT_IN,2026-06-10,MAGASIN,"${history.replaceAll('"', '""')}"`,
      '',
    ].join('\n'), 'utf8');
    const run = await runCli(consentCommand, ['consent', 'sync', '--dir', dir, '--today', '2026-06-30'], { lang: 'fr' });
    expect(run.stdout).toMatch(/c0000000000000002 +Contact +serait mise à jour +e-mail +1 +e-mail/u);
    expect(run.stdout).toContain('1 saisie enregistrée dans l’historique reste sans effet : une opposition plus récente');
    expect(run.exitCode).toBe(0);
  });

  it('says offline that the files are not modified, in French', async () => {
    const run = await runCli(consentCommand, ['consent', 'sync', '--dir', await writeRgpdDataset(), '--yes', '--today', '2026-06-30'], { lang: 'fr' });
    expect(run.stdout).toMatch(/c0000000000000001 +Contact +mise à jour/u);
    expect(run.stdout).toContain('Hors ligne : les fichiers CSV ne sont pas modifiés');
    expect(run.exitCode).toBe(0);
  });

  it('rejects a bad --today with exit code 2', async () => {
    const run = await runCli(consentCommand, ['consent', 'sync', '--dir', await writeRgpdDataset(), '--today', '2026-02-30']);
    expect(run.exitCode).toBe(2);
  });

  it('records the opposition list of --state-dir as objections offline, naming channels and counts, never an address or a hash', async () => {
    const { dir, keys } = await stateDirWith(['marc.client@exemple.fr', 'lina.recente@exemple.fr']);
    const run = await runCli(consentCommand, ['consent', 'sync', '--dir', await writeRgpdDataset(), '--state-dir', dir, '--json', '--today', '2026-06-30']);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.id, l.fromOppositionList])).toEqual([
      ['c0000000000000001', []], ['c0000000000000002', ['sms', 'phone', 'postal']], ['c0000000000000003', ['email', 'sms', 'phone', 'postal']],
    ]);
    expect(run.stderr).toContain('of which 0 objections read from EspoCRM\'s opted-out / do-not-call flags and 7 from the opposition list');
    for (const value of [...PERSONAL, ...keys]) expect(run.stdout + run.stderr).not.toContain(value);
    expect(run.exitCode).toBe(0);
  });

  it('with --all-identifiers, reads each person on EspoCRM to match an address other than the primary one', async () => {
    const harness = restWriteHarness(server);
    const secondary = 'atelier.secondaire@exemple.fr';
    const record = await harness.record('Contact', IDS.emailedProspect);
    await harness.edit('Contact', IDS.emailedProspect, {
      emailAddressData: [
        { emailAddress: record?.emailAddress, lower: String(record?.emailAddress).toLowerCase(), primary: true, optOut: false, invalid: false },
        { emailAddress: secondary, lower: secondary, primary: false, optOut: false, invalid: false },
      ],
    });
    const { dir } = await stateDirWith([secondary]);
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
    const args = ['consent', 'sync', '--state-dir', dir, '--json', '--today', '2026-06-30'];
    const primaryOnly = await runCli(consentCommand, args, { env });
    expect(jsonLines(primaryOnly.stdout).filter((l) => l.id === IDS.emailedProspect && (l.fromOppositionList as unknown[]).length > 0)).toEqual([]);
    const run = await runCli(consentCommand, [...args, '--all-identifiers'], { env });
    expect(jsonLines(run.stdout).find((l) => l.id === IDS.emailedProspect)).toMatchObject({ outcome: 'wouldUpdate', fromOppositionList: ['email', 'sms', 'phone', 'postal'] });
    expect(run.stdout + run.stderr).not.toContain(secondary);
    expect(harness.writeCount()).toBe(0);
    expect(run.exitCode).toBe(0);
  });

  it('reads the opposition list of the default state directory, and prints the count in French', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    await stateDirWith(['marc.client@exemple.fr'], { dir: join(cwd, '.autocible') });
    const run = await runCli(consentCommand, ['consent', 'sync', '--dir', await writeRgpdDataset(), '--today', '2026-06-30'], { lang: 'fr', cwd });
    expect(run.stdout).toMatch(/c0000000000000003 +Contact +serait mise à jour +e-mail, SMS, téléphone, courrier +4/u);
    expect(run.stdout).toContain('et 4 oppositions venues de la liste d’opposition');
  });

  it('touches nobody on the list when the state directory has no salt', async () => {
    const { dir } = await stateDirWith(['marc.client@exemple.fr'], { withSalt: false });
    const run = await runCli(consentCommand, ['consent', 'sync', '--dir', await writeRgpdDataset(), '--state-dir', dir, '--json', '--today', '2026-06-30']);
    expect(jsonLines(run.stdout).map((l) => [l.id, l.fromOppositionList])).toEqual([['c0000000000000001', []], ['c0000000000000002', []]]);
    expect(run.stderr).toContain('and 0 from the opposition list');
  });
});

describe('autocible consent import', () => {
  const FILE = ['canal;statut;date;preuve;id', 'email;opt-out;01/06/2026;;c0000000000000001', 'sms;opt-in;01/06/2026;;c0000000000000003'];

  it('reads a file named relative to the working directory and lists the lines to review, in French', async () => {
    const cwd = await cwdWith('salon.csv', FILE);
    const run = await runCli(consentCommand, ['consent', 'import', 'salon.csv', '--dir', await writeRgpdDataset(), '--today', '2026-06-30'], { lang: 'fr', cwd });
    expect(run.stdout).toContain('Simulation de l’import de salon.csv');
    expect(run.stdout).toMatch(/^3 +refusée +SMS +— +preuve : un consentement a besoin de sa preuve \(texte présenté ou référence du document\)$/mu);
    expect(run.stdout).toMatch(/c0000000000000001 +Contact +serait mise à jour +e-mail +2 +2/u);
    expect(run.exitCode).toBe(1);
  });

  it('prints JSON lines for lines and records, and exits 0 when every line went in', async () => {
    const cwd = await cwdWith('salon.csv', FILE.slice(0, 2));
    const run = await runCli(consentCommand, ['consent', 'import', 'salon.csv', '--dir', await writeRgpdDataset(), '--json', '--yes'], { cwd });
    expect(jsonLines(run.stdout)).toEqual([
      { kind: 'record', id: 'c0000000000000001', entityType: 'Contact', outcome: 'updated', channels: ['email'], eventsAdded: 2, lines: [2], rejectedEdits: [] },
    ]);
    expect(run.stderr).toContain('Offline: the CSV files are not modified');
    expect(run.exitCode).toBe(0);
  });

  it('stops with exit code 1 for a missing file', async () => {
    const run = await runCli(consentCommand, ['consent', 'import', 'absent.csv', '--dir', await writeRgpdDataset()]);
    expect(run.stderr).toContain('absent.csv');
    expect(run.exitCode).toBe(1);
  });
});
