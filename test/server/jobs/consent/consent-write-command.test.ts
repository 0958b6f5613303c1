import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentCommand } from '../../../../src/server/cli/commands/consent';
import { runCli, writeRgpdDataset } from '../retention/cli-run';

const PERSONAL = ['Eric', 'Ancien', 'eric.ancien@exemple.fr', 'Lina', 'lina.recente@exemple.fr', 'marc.client@exemple.fr', 'Case cochée'];

const jsonLines = (text: string): Record<string, unknown>[] => text.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

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
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['channels', 'entityType', 'eventsAdded', 'fromHostFlags', 'id', 'outcome', 'rejected']);
    expect(run.stderr).toContain('Dry run: nothing was changed');
    for (const value of PERSONAL) expect(run.stdout + run.stderr).not.toContain(value);
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
});

describe('autocible consent import', () => {
  const FILE = ['canal;statut;date;preuve;id', 'email;opt-out;01/06/2026;;c0000000000000001', 'sms;opt-in;01/06/2026;;c0000000000000003'];

  it('reads a file named relative to the working directory and lists the lines to review, in French', async () => {
    const cwd = await cwdWith('salon.csv', FILE);
    const run = await runCli(consentCommand, ['consent', 'import', 'salon.csv', '--dir', await writeRgpdDataset(), '--today', '2026-06-30'], { lang: 'fr', cwd });
    expect(run.stdout).toContain('Simulation de l’import de salon.csv');
    expect(run.stdout).toMatch(/^3 +refusée +SMS +— +preuve$/mu);
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
