import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentCommand } from '../../../../src/server/cli/commands/consent';
import { runCli, writeRgpdDataset } from '../retention/cli-run';

const KEYS = ['id', 'entityType', 'channel', 'eligible', 'ruleId', 'reason', 'legalReference', 'consentStatus'];

describe('autocible consent check', () => {
  it('prints one JSON line per person and channel, with the reason in the chosen language', async () => {
    const dir = await writeRgpdDataset();
    const run = await runCli(consentCommand, ['consent', 'check', '--dir', dir, '--json', '--today', '2026-06-30'], { lang: 'fr' });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4 * 4);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual([...KEYS].sort());
    expect(lines.find((l) => l.id === 'c0000000000000002' && l.channel === 'email')).toMatchObject({
      eligible: false, ruleId: 'CONSENT_OPTED_OUT', consentStatus: 'OPT_OUT', reason: 'La personne s’est opposée à la prospection sur ce canal.',
    });
    expect(run.stderr).toContain('e-mail : 1 permis, 3 non permis');
    expect(run.exitCode).toBe(0);
  });

  it('answers for one channel only with --channel', async () => {
    const run = await runCli(consentCommand, ['consent', 'check', '--dir', await writeRgpdDataset(), '--json', '--channel', 'postal']);
    const channels = new Set(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { channel: string }).channel));
    expect([...channels]).toEqual(['postal']);
  });

  it('prints an English table', async () => {
    const run = await runCli(consentCommand, ['consent', 'check', '--dir', await writeRgpdDataset(), '--today', '2026-06-30', '--channel', 'email']);
    expect(run.stdout).toMatch(/c0000000000000001 +Contact +email +yes +B2C_ELECTRONIC_OPT_IN/u);
    expect(run.stdout).toContain('email: 1 allowed, 3 not allowed');
  });

  it('says a missing --dir is a missing directory, not a missing CSV file, with exit code 1', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'autocible-gone-')), 'nowhere');
    const run = await runCli(consentCommand, ['consent', 'check', '--dir', dir, '--today', '2026-06-30'], { lang: 'fr' });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`Dossier introuvable : ${dir}\n`);
    expect(run.stdout).toBe('');
  });

  it('rejects an unknown channel with exit code 2', async () => {
    const run = await runCli(consentCommand, ['consent', 'check', '--dir', await writeRgpdDataset(), '--channel', 'fax']);
    expect(run.exitCode).toBe(2);
  });
});
