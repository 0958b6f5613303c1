/** What `retention apply` says of a record an interrupted run had started, found no longer due: abandoned, counted. */
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { AuditLog, ensureInstallationSalt, installationHash, readAuditLog } from '../../../../src/server/audit';
import { retentionCommand } from '../../../../src/server/cli/commands/retention';
import { runRetentionApply } from '../../../../src/server/jobs/retention';
import type { AuditStep } from '../../../../src/server/audit';
import { OppositionList } from '../../../../src/server/opposition';
import { useMswServer } from '../../../msw/server';
import { runCli } from './cli-run';
import { jobContext } from './context';
import { JOB_USER, restHarness } from './harness';
import { IDS, TODAY } from './population';
import { SimulatedCrash } from './crash';

const server = useMswServer();


/** A run killed after the expired prospect's list step, with the state directory of `cwd`, then the person comes back. */
async function interruptedThenBack(harness: ReturnType<typeof restHarness>, cwd: string): Promise<void> {
  const stateDir = join(cwd, '.autocible');
  const hash = installationHash(await ensureInstallationSalt(stateDir));
  const audit = await AuditLog.open(join(stateDir, 'audit.jsonl'));
  const opposition = await OppositionList.load(join(stateDir, 'opposition.jsonl'));
  const afterStep = (step: AuditStep, record: { id: string }): void => {
    if (step === 'opposed' && record.id === IDS.expiredProspect) throw new SimulatedCrash(step);
  };
  const run = runRetentionApply({
    gateway: harness.gateway, today: TODAY, hash, actor: { apiUserId: null, osUser: 'tester' }, runId: 'run-1', writers: { audit, opposition }, hooks: { afterStep },
  }, jobContext(false));
  await expect(run).rejects.toBeInstanceOf(SimulatedCrash);
  await audit.close();
  await opposition.close();
  await harness.gateway.update('Contact', IDS.expiredProspect, { autoCibleLastInboundContactAt: '2026-06-25' });
}

describe('autocible retention apply, a resumed record no longer due', () => {
  it('is shown as to be abandoned by a dry run, then abandoned, and counted with the skipped records', async () => {
    const harness = restHarness(server);
    const cwd = await mkdtemp(join(tmpdir(), 'autocible-cwd-'));
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
    await interruptedThenBack(harness, cwd);

    const dry = await runCli(retentionCommand, ['retention', 'apply', '--today', TODAY], { env, cwd, lang: 'fr' });
    expect(dry.stdout).toMatch(new RegExp(`${IDS.expiredProspect} +Contact +ignorée +0 +0 +0 +plus échue ← opposed`, 'u'));
    expect(dry.stdout).toContain('1 anonymisation commencée par une exécution interrompue serait abandonnée : la fiche n’est plus échue, ses clés seraient retirées de la liste d’opposition.');

    const run = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--today', TODAY], { env, cwd, lang: 'en' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${IDS.expiredProspect} +Contact +skipped +0 +0 +0 +no longer due ← opposed`, 'u'));
    expect(run.stdout).toContain('Outcome: anonymised 1, would be anonymised 0, failed 0, skipped 1.');
    expect(run.stdout).toContain('1 anonymisation an interrupted run had started was abandoned: no longer due; the keys put on the opposition list for it were taken off.');
    expect(harness.erases().map((e) => e.id)).toEqual([IDS.expiredLead]);
    const finished = (await readAuditLog(join(cwd, '.autocible', 'audit.jsonl'))).filter((e) => e.kind === 'run' && e.event === 'runFinished');
    expect(finished.at(-1)).toMatchObject({ detail: { anonymised: 1, skipped: 1, abandoned: 1 } });

    const again = await runCli(retentionCommand, ['retention', 'apply', '--yes', '--today', TODAY], { env, cwd, lang: 'en' });
    expect(again.stdout).not.toContain(IDS.expiredProspect);
    expect(again.stdout).not.toContain('abandoned');
  });
});
