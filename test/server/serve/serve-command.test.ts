import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { http, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../../src/server/cli/commands/serve';
import type { CliContext } from '../../../src/server/cli/context';
import { computeWebhookSignature } from '../../../src/server/espo';
import type { ServeHandle } from '../../../src/server/serve';
import { writeWebhooks } from '../../../src/server/state';
import { FAKE_CREDENTIALS } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { restHarness } from '../jobs/score/fake-espo';
import { ID, seed, tempDir } from '../jobs/score/fixtures';

const server = useMswServer();

function context(cwd: string, env: NodeJS.ProcessEnv, out: string[], err: string[], exit: { code: number }): CliContext {
  const sink = (chunks: string[]) => new Writable({ write: (chunk: Buffer, _e, done) => { chunks.push(chunk.toString()); done(); } });
  return { lang: 'en', stdout: sink(out), stderr: sink(err), env, cwd, isTty: false, setExitCode: (c) => { exit.code = c; } };
}

describe('autocible serve', () => {
  it('listens on 127.0.0.1, answers /health, and stops cleanly when signalled', async () => {
    const harness = restHarness(server, seed());
    // The test talks to the real local server: let msw pass those requests through.
    server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//u, () => passthrough()));
    const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: FAKE_CREDENTIALS.apiKey, AUTOCIBLE_SERVE_PORT: '0' };
    const out: string[] = [];
    const err: string[] = [];
    const exit = { code: -1 };
    const controller = new AbortController();
    let health: unknown;
    const onReady = (handle: ServeHandle): void => {
      void fetch(`${handle.url}/health`).then((r) => r.json()).then((body) => {
        health = body;
      }, (error: unknown) => {
        health = error;
      }).finally(() => controller.abort());
    };
    const command = serveCommand(context(await tempDir(), env, out, err, exit), { signal: controller.signal, onReady, schedule: () => ({ stop: () => undefined }) });
    await new Command('autocible').exitOverride().addCommand(command).parseAsync(['serve'], { from: 'user' });
    expect(health).toMatchObject({ status: 'ok', queueLength: 0 });
    expect(out.join('')).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/u);
    expect(out.join('')).toContain('No webhook registered');
    expect(out.join('')).toContain('Stopped.');
    expect(exit.code).toBe(0);
  });

  it('derives a vehicle a webhook names on EspoCRM, then rescores its owners', async () => {
    const harness = restHarness(server, seed());
    server.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//u, () => passthrough()));
    const cwd = await tempDir();
    const espo = { url: harness.fake.baseUrl, apiKey: FAKE_CREDENTIALS.apiKey };
    await writeFile(join(cwd, 'autocible.config.json'), JSON.stringify({ espo, serve: { debounceMs: 0 } }));
    const hook = { id: 'w000000000000v0u1', event: 'AutoCibleVehicle.update', url: 'http://127.0.0.1/webhooks/espocrm', secretKey: 'vehicle-secret' };
    await mkdir(join(cwd, '.autocible'), { recursive: true });
    await writeWebhooks(join(cwd, '.autocible', 'webhooks.json'), { version: 1, webhooks: [hook] });
    const env = { AUTOCIBLE_SERVE_PORT: '0' };
    const out: string[] = [];
    const err: string[] = [];
    const exit = { code: -1 };
    const controller = new AbortController();
    const scored = (): boolean => harness.fake.requests.some((r) => r.method === 'PATCH' && r.path === `Account/${ID.fleet}`);
    const onReady = (handle: ServeHandle): void => {
      const body = JSON.stringify([{ id: ID.fleetCar }]);
      void fetch(`${handle.url}/webhooks/espocrm`, {
        method: 'POST', body, headers: { 'content-type': 'application/json', signature: computeWebhookSignature(body, hook.secretKey, hook.id) },
      }).then(async () => {
        for (let i = 0; i < 200 && !scored(); i += 1) await new Promise((done) => setTimeout(done, 25));
      }).finally(() => controller.abort());
    };
    const command = serveCommand(context(cwd, env, out, err, exit), { signal: controller.signal, onReady, schedule: () => ({ stop: () => undefined }) });
    await new Command('autocible').exitOverride().addCommand(command).parseAsync(['serve'], { from: 'user' });
    // The Renault Master (VUL, MEC 2021-05-03) had no next contrôle technique: MEC + 4 years, then every 2.
    expect(err.join('')).toContain('vehicles derived {"written":1,"unchanged":0,"errors":0}');
    expect(harness.fake.store.find('AutoCibleVehicle', ID.fleetCar)?.nextCtDueDate).toMatch(/^\d{4}-05-03$/u);
    expect(scored()).toBe(true);
    expect(exit.code).toBe(0);
  });

  it('refuses to start without EspoCRM connection settings', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const exit = { code: -1 };
    await new Command('autocible').exitOverride().addCommand(serveCommand(context(await tempDir(), {}, out, err, exit))).parseAsync(['serve'], { from: 'user' });
    expect(exit.code).toBe(1);
    expect(err.join('')).toContain('ESPO_URL');
  });
});
