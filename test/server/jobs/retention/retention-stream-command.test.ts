/** What `autocible retention` prints when the stream is refused or a person is deleted during the run. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { retentionCommand } from '../../../../src/server/cli/commands/retention';
import type { FakeUser } from '../../../msw/fake-espo';
import { useMswServer } from '../../../msw/server';
import { runCli } from './cli-run';
import { JOB_USER, restHarness } from './harness';
import { IDS, TODAY } from './population';

const server = useMswServer();

const FULL = { create: 'yes', read: 'all', edit: 'all', delete: 'all' } as const;
const withContactStream = (stream: 'no' | 'own'): FakeUser => ({ ...JOB_USER, acl: { ...JOB_USER.acl, Contact: { ...FULL, stream } } });

async function apply(harness: ReturnType<typeof restHarness>, lang: 'fr' | 'en', extra: readonly string[] = ['--yes']) {
  const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
  return runCli(retentionCommand, ['retention', 'apply', ...extra, '--today', TODAY], { env, lang, cwd: await mkdtemp(join(tmpdir(), 'autocible-cwd-')) });
}

describe('autocible retention apply and the stream permission', () => {
  it('stops before erasing anyone, says which permission to set, and exits 1', async () => {
    const harness = restHarness(server, withContactStream('no'));
    const run = await apply(harness, 'en');
    expect(run.exitCode).toBe(1);
    expect(harness.erases()).toEqual([]);
    expect(run.stdout).toMatch(new RegExp(`${IDS.expiredProspect} +Contact +failed .*STREAM_ACCESS_DENIED \\(HTTP 403\\)`, 'u'));
    expect(run.stdout).toContain('EspoCRM refuses the API user the records\' stream ("No stream access."): in its role (Administration > Roles), set Stream to "all" on Contact and Lead');
  });

  it('says so in French, in the dry run too', async () => {
    const run = await apply(restHarness(server, withContactStream('no')), 'fr', []);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('EspoCRM refuse à l’utilisateur API le flux des fiches (« No stream access. ») : dans son rôle (Administration > Rôles), réglez Flux sur « tous » pour Contact et Lead');
  });

  function ownStreamHarness() {
    const harness = restHarness(server, withContactStream('own'));
    const first = harness.fake.store.find('Contact', IDS.expiredProspect);
    if (first === undefined) throw new TypeError('population');
    first.assignedUserId = JOB_USER.id;
    harness.fake.seed('Contact', [{ id: '6d000000000000008', lastName: 'Second', createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT' }], { derive: true });
    return harness;
  }

  it('lists a stream it could not read among the notes an administrator must delete', async () => {
    const run = await apply(ownStreamHarness(), 'en');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Contact/6d000000000000008: notes an administrator must delete: every one of its stream (the API user may not read it)');
    const fr = await apply(ownStreamHarness(), 'fr');
    expect(fr.stdout).toContain('Contact/6d000000000000008 : notes à supprimer par un administrateur : toutes celles de son flux (l’utilisateur API ne peut pas le lire)');
  });
});

describe('autocible retention plan and a person deleted during the run', () => {
  it('says how many were not planned, in English and French', async () => {
    for (const [lang, text] of [['en', '1 record deleted or merged while the plan ran: not planned.'], ['fr', '1 fiche supprimée ou fusionnée pendant le calcul : non planifiée.']] as const) {
      const harness = restHarness(server);
      server.use(http.get(`${harness.fake.apiUrl}Call`, ({ request }) => {
        if (decodeURIComponent(new URL(request.url).search).includes(IDS.calledProspect)) harness.fake.store.remove('Contact', IDS.calledProspect);
        return undefined;
      }));
      const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: JOB_USER.apiKey };
      const run = await runCli(retentionCommand, ['retention', 'plan', '--today', TODAY], { env, lang });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(text);
    }
  });
});
