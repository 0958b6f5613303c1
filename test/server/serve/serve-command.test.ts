import { Writable } from 'node:stream';
import { Command } from 'commander';
import { http, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../../src/server/cli/commands/serve';
import type { CliContext } from '../../../src/server/cli/context';
import type { ServeHandle } from '../../../src/server/serve';
import { FAKE_CREDENTIALS } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { restHarness } from '../jobs/score/fake-espo';
import { seed, tempDir } from '../jobs/score/fixtures';

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

  it('refuses to start without EspoCRM connection settings', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const exit = { code: -1 };
    await new Command('autocible').exitOverride().addCommand(serveCommand(context(await tempDir(), {}, out, err, exit))).parseAsync(['serve'], { from: 'user' });
    expect(exit.code).toBe(1);
    expect(err.join('')).toContain('ESPO_URL');
  });
});
