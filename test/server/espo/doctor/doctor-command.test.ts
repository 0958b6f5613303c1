import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { doctorCommand } from '../../../../src/server/cli/commands/doctor';
import type { CliContext } from '../../../../src/server/cli/context';
import { CANARY } from '../../../fixtures/secrets';
import { DEFAULT_USERS } from '../../../msw/fake-espo';
import type { FakeEspo, FakeUser } from '../../../msw/fake-espo';
import { useMswServer } from '../../../msw/server';
import { installFake } from '../helpers';

const server = useMswServer();

const FULL = { create: 'yes', read: 'all', edit: 'all', delete: 'all' } as const;
const READ_ALL = { create: 'no', read: 'all', edit: 'no', delete: 'no' } as const;
const jobUser: FakeUser = {
  id: '6b02c90189922aeb1', userName: 'autocible', name: 'AutoCible', type: 'api', apiKey: CANARY.apiKey,
  acl: {
    Contact: FULL, Lead: FULL, Account: FULL, TargetList: FULL, AutoCibleVehicle: FULL,
    Opportunity: READ_ALL, Call: READ_ALL, Meeting: READ_ALL, Email: READ_ALL, User: READ_ALL,
  },
  dataPrivacyPermission: 'yes',
};
const hmacJobUser: FakeUser = { ...jobUser, id: '6b02c90189922aeb2', userName: 'autocible-hmac', apiKey: CANARY.hmacApiKey, secretKey: CANARY.secretKey };

function manifest(acceptableVersions: readonly string[] = ['>=9.0.0 <10.0.0']): string {
  const dir = mkdtempSync(join(tmpdir(), 'autocible-doctor-'));
  const path = join(dir, 'manifest.json');
  writeFileSync(path, JSON.stringify({ name: 'AutoCible', version: '0.1.0', acceptableVersions }));
  return path;
}

/** A fake with the extension installed (its metadata markers present). */
function installed(users: readonly FakeUser[] = [...DEFAULT_USERS, jobUser, hmacJobUser]): FakeEspo {
  const fake = installFake(server, { users });
  fake.setMetadata('entityDefs.Contact.fields.autoCibleScore', { type: 'int' });
  fake.setMetadata('scopes.AutoCibleVehicle', { entity: true });
  return fake;
}

async function runDoctor(env: NodeJS.ProcessEnv, args: readonly string[] = [], options: { lang?: 'fr' | 'en'; manifestPath?: string; cwd?: string } = {}) {
  const stdout = new PassThrough();
  let output = '';
  stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let exitCode = 0;
  const ctx: CliContext = {
    lang: options.lang ?? 'en', stdout, stderr: new PassThrough(), env, cwd: options.cwd ?? mkdtempSync(join(tmpdir(), 'cwd-')),
    isTty: false, setExitCode: (code) => { exitCode = code; },
  };
  const program = new Command('autocible').exitOverride().addCommand(doctorCommand(ctx, { manifestPath: options.manifestPath ?? manifest() }));
  await program.parseAsync(['doctor', ...args], { from: 'user' });
  return { output, exitCode };
}

const env = (fake: FakeEspo, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ESPO_URL: fake.baseUrl, ESPO_API_KEY: CANARY.apiKey, ...extra });

interface JsonReport { ok: boolean; checks: { id: string; status: string; reason: string; fix: string | null }[] }
const json = (output: string): JsonReport => JSON.parse(output) as JsonReport;

describe('autocible doctor', () => {
  it('passes every check against a ready EspoCRM and exits 0', async () => {
    const fake = installed();
    const { output, exitCode } = await runDoctor(env(fake));
    expect(exitCode).toBe(0);
    expect(output.match(/✔/gu)).toHaveLength(8);
    expect(output).toContain('All checks passed.');
  });

  it('prints one JSON object with --json', async () => {
    const fake = installed();
    const { output, exitCode } = await runDoctor(env(fake), ['--json']);
    const report = json(output);
    expect(exitCode).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['config', 'pass'], ['reachable', 'pass'], ['auth', 'pass'], ['version', 'pass'], ['extension', 'pass'], ['permissions', 'pass'], ['readAccess', 'pass'], ['stream', 'pass'],
    ]);
  });

  it('signs with HMAC when ESPO_SECRET_KEY is set', async () => {
    const fake = installed();
    const { exitCode } = await runDoctor({ ESPO_URL: fake.baseUrl, ESPO_API_KEY: CANARY.hmacApiKey, ESPO_SECRET_KEY: CANARY.secretKey });
    expect(exitCode).toBe(0);
    expect(fake.requests.some((r) => r.headers['x-hmac-authorization'] !== undefined)).toBe(true);
  });

  it('reads a config file given with --config', async () => {
    const fake = installed();
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    writeFileSync(join(dir, 'espo.json'), JSON.stringify({ espo: { url: fake.baseUrl, apiKey: CANARY.apiKey } }));
    const { exitCode } = await runDoctor({}, ['--config', 'espo.json'], { cwd: dir });
    expect(exitCode).toBe(0);
  });

  const failures: readonly [string, (fake: FakeEspo) => NodeJS.ProcessEnv, string, string, { manifestPath?: string }?][] = [
    ['a missing ESPO_URL', () => ({ ESPO_API_KEY: CANARY.apiKey }), 'config', 'configInvalid'],
    ['an unreachable host', (fake) => {
      server.use(http.all(`${fake.apiUrl}*`, () => HttpResponse.error()));
      return env(fake);
    }, 'reachable', 'unreachable'],
    ['a site that is not EspoCRM', (fake) => {
      server.use(http.get(`${fake.apiUrl}App/user`, () => HttpResponse.text('<html>hello</html>')));
      return env(fake);
    }, 'reachable', 'notEspo'],
    ['a wrong API key', (fake) => env(fake, { ESPO_API_KEY: 'not-a-key' }), 'auth', 'authRejected'],
    ['an EspoCRM version outside acceptableVersions', (fake) => {
      fake.store.settings.version = '8.4.2';
      return env(fake);
    }, 'version', 'versionOutside'],
    ['a missing manifest', (fake) => env(fake), 'version', 'manifestMissing', { manifestPath: '/nonexistent/manifest.json' }],
    ['the extension not installed', (fake) => {
      fake.setMetadata('scopes.AutoCibleVehicle', null);
      fake.setMetadata('entityDefs.Contact.fields.autoCibleScore', null);
      return env(fake);
    }, 'extension', 'extensionMissing'],
    // EspoCRM leaves out of the metadata the scopes a user may not read.
    ['a role that hides the vehicle scope of an installed extension', (fake) => {
      fake.setMetadata('scopes.AutoCibleVehicle', null);
      return env(fake);
    }, 'extension', 'vehicleScopeHidden'],
    ['a role without the AutoCibleVehicle entry nor Data Privacy', (fake) => env(fake, { ESPO_API_KEY: 'fake-api-key-noaccess' }), 'permissions', 'permissionsMissing'],
  ];

  for (const [name, arrange, id, reason, options] of failures) {
    it(`fails on ${name}: prints the fix and exits non-zero`, async () => {
      const fake = installed();
      const { output, exitCode } = await runDoctor(arrange(fake), ['--json'], options ?? {});
      const report = json(output);
      expect(exitCode).toBe(1);
      expect(report.ok).toBe(false);
      const failed = report.checks.find((c) => c.id === id);
      expect(failed).toMatchObject({ status: 'fail', reason });
      expect(failed?.fix).toEqual(expect.any(String));
      const human = await runDoctor(arrange(installed()), [], options ?? {});
      expect(human.exitCode).toBe(1);
      expect(human.output).toContain(`  → ${failed?.fix ?? ''}`);
    });
  }

  it('names the site when the authenticated App/user answers 200 but not as EspoCRM does', async () => {
    const fake = installed();
    server.use(http.get(`${fake.apiUrl}App/user`, ({ request }) => (request.headers.get('x-api-key') === null
      ? new HttpResponse(null, { status: 401 })
      : HttpResponse.json({ hello: 'proxy page' }))));
    const { output, exitCode } = await runDoctor(env(fake), []);
    expect(exitCode).toBe(1);
    expect(output).toContain(`${fake.baseUrl.replace(/\/$/u, '')} answers, but not like EspoCRM`);
    expect(output).not.toContain('{url}');
  });

  it('lists exactly the scopes the role lacks', async () => {
    const partial: FakeUser = { ...jobUser, apiKey: 'partial-key', acl: { ...jobUser.acl, AutoCibleVehicle: false, Lead: { create: 'yes', read: 'all', edit: 'no', delete: 'no' } } };
    const fake = installed([...DEFAULT_USERS, partial]);
    const { output } = await runDoctor(env(fake, { ESPO_API_KEY: 'partial-key' }), ['--json']);
    expect(json(output).checks.find((c) => c.id === 'permissions')).toMatchObject({ status: 'fail', vars: { missing: 'Lead, AutoCibleVehicle' } });
  });

  it('checks that the role may read sales, activities and users, which retention reads', async () => {
    const noUsers: FakeUser = { ...jobUser, apiKey: 'no-users-key', acl: { ...jobUser.acl, User: false, Call: { ...READ_ALL, read: 'no' } } };
    const fake = installed([...DEFAULT_USERS, noUsers]);
    const { output, exitCode } = await runDoctor(env(fake, { ESPO_API_KEY: 'no-users-key' }), ['--json']);
    expect(exitCode).toBe(1);
    expect(json(output).checks.find((c) => c.id === 'readAccess')).toMatchObject({ status: 'fail', reason: 'readMissing', vars: { missing: 'Call, User' } });
    const fr = await runDoctor(env(installed([...DEFAULT_USERS, noUsers]), { ESPO_API_KEY: 'no-users-key' }), [], { lang: 'fr' });
    expect(fr.output).toContain('✘ Lecture des ventes, activités et utilisateurs : autocible ne peut pas lire : Call, User');
  });

  it('checks that the role may read the stream of contacts and leads, which retention apply cleans', async () => {
    const noStream: FakeUser = { ...jobUser, apiKey: 'no-stream-key', acl: { ...jobUser.acl, Contact: { ...FULL, stream: 'no' } } };
    const fake = installed([...DEFAULT_USERS, noStream]);
    const { output, exitCode } = await runDoctor(env(fake, { ESPO_API_KEY: 'no-stream-key' }), ['--json']);
    const report = json(output);
    expect(exitCode).toBe(1);
    expect(report.checks.find((c) => c.id === 'permissions')).toMatchObject({ status: 'pass' });
    expect(report.checks.find((c) => c.id === 'stream')).toMatchObject({ status: 'fail', reason: 'streamMissing', vars: { missing: 'Contact' } });
    const fr = await runDoctor(env(installed([...DEFAULT_USERS, noStream]), { ESPO_API_KEY: 'no-stream-key' }), [], { lang: 'fr' });
    expect(fr.output).toContain('✘ Lecture du flux (notes supprimées par retention apply) : autocible ne peut pas lire le flux de : Contact');
    expect(fr.output).toContain('  → Dans le rôle de l’utilisateur API (Administration > Rôles), réglez Flux sur « tous » pour ces entités');
  });

  it('counts an unset Stream level as the Read level, as EspoCRM does', async () => {
    const fake = installed();
    const { output } = await runDoctor(env(fake), ['--json']);
    expect(json(output).checks.find((c) => c.id === 'stream')).toMatchObject({ status: 'pass' });
  });

  it('skips the stream check when authentication fails', async () => {
    const fake = installed();
    const { output } = await runDoctor(env(fake, { ESPO_API_KEY: 'not-a-key' }), ['--json']);
    expect(json(output).checks.find((c) => c.id === 'stream')).toMatchObject({ status: 'skip' });
  });

  it('speaks French when the context says so', async () => {
    const fake = installed();
    const { output } = await runDoctor(env(fake, { ESPO_API_KEY: 'not-a-key' }), [], { lang: 'fr' });
    expect(output).toContain('identifiants refusés');
    expect(output).toContain('vérification(s) en échec');
  });

  it('words a missing ESPO_URL in French, under the French heading', async () => {
    const { output, exitCode } = await runDoctor({}, [], { lang: 'fr' });
    expect(exitCode).toBe(1);
    expect(output).toContain('✘ Configuration : configuration invalide :\nESPO_URL : est absent. Indiquez l’adresse de votre site EspoCRM');
    expect(output).not.toContain('is missing');
    const english = await runDoctor({}, [], { lang: 'en' });
    expect(english.output).toContain('invalid configuration:\nESPO_URL: is missing. Set it to your EspoCRM site URL');
  });

  it('never prints a secret', async () => {
    const fake = installed();
    const outputs = [
      (await runDoctor({ ESPO_URL: fake.baseUrl, ESPO_API_KEY: CANARY.hmacApiKey, ESPO_SECRET_KEY: CANARY.secretKey })).output,
      (await runDoctor({ ESPO_URL: 'nope', ESPO_API_KEY: CANARY.apiKey, ESPO_SECRET_KEY: CANARY.secretKey }, ['--json'])).output,
      (await runDoctor({ ESPO_URL: fake.baseUrl, ESPO_USERNAME: 'u', ESPO_PASSWORD: CANARY.password })).output,
    ].join('\n');
    for (const secret of [CANARY.apiKey, CANARY.hmacApiKey, CANARY.secretKey, CANARY.password]) expect(outputs).not.toContain(secret);
  });
});
