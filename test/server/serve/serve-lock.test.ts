import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from '../../../src/core/scoring';
import { acquireScoreLock, RunLockedError } from '../../../src/server/audit';
import { failureText } from '../../../src/server/cli/failure-text';
import { MemoryGateway } from '../../../src/server/espo';
import { GatewaySource } from '../../../src/server/jobs/score';
import { ServeConfigSchema, startServe } from '../../../src/server/serve';
import { ScoreStateStore, writeWebhooks } from '../../../src/server/state';
import { seed, T0, tempDir } from '../jobs/score/fixtures';

async function serveOn(statePath: string, dir: string) {
  const webhooksFile = join(dir, 'webhooks.json');
  await writeWebhooks(webhooksFile, { version: 1, webhooks: [] });
  const gateway = new MemoryGateway({ records: seed(), now: () => T0 });
  return startServe({
    config: ServeConfigSchema.parse({ port: 0, timezone: 'UTC' }), source: new GatewaySource(gateway, 'memory:lock'), target: gateway,
    models: DEFAULT_MODELS, state: new ScoreStateStore(statePath), webhooksFile, now: () => T0, schedule: () => ({ stop: () => undefined }),
  });
}

describe('serve and the score lock of its state file', () => {
  it('holds the lock while it runs, so a score run by hand is refused, and gives it back when it stops', async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    const handle = await serveOn(statePath, dir);
    const refused = await acquireScoreLock(statePath, process.ppid).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RunLockedError);
    expect(failureText(refused, 'en')).toContain(`Another score run, or autocible serve, already writes this state file (${statePath}.lock, pid ${String(process.pid)})`);
    expect(failureText(refused, 'fr')).toContain('ajoutez --dry-run');
    await handle.close();
    const lock = await acquireScoreLock(statePath, process.ppid);
    await lock.release();
  });

  it('does not start while another process holds it', async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    const other = await acquireScoreLock(statePath, process.ppid);
    await expect(serveOn(statePath, dir)).rejects.toBeInstanceOf(RunLockedError);
    await other.release();
  });

  it('stops listening and gives the lock back when its state file cannot be read, so the process exits', async () => {
    const dir = await tempDir();
    const statePath = join(dir, 'state.json');
    await writeFile(statePath, '{ not json');
    const port = await freePort();
    const webhooksFile = join(dir, 'webhooks.json');
    await writeWebhooks(webhooksFile, { version: 1, webhooks: [] });
    const gateway = new MemoryGateway({ records: seed(), now: () => T0 });
    const started = startServe({
      config: ServeConfigSchema.parse({ port, host: '127.0.0.1', timezone: 'UTC' }), source: new GatewaySource(gateway, 'memory:lock'), target: gateway,
      models: DEFAULT_MODELS, state: new ScoreStateStore(statePath), webhooksFile, now: () => T0, schedule: () => ({ stop: () => undefined }),
    });
    await expect(started).rejects.toMatchObject({ code: 'STATE_FILE_INVALID' });
    await expect(fetch(`http://127.0.0.1:${String(port)}/health`)).rejects.toThrow();
    const lock = await acquireScoreLock(statePath, process.ppid);
    await lock.release();
  });
});

/** A port nobody listens on, found by binding port 0 and closing it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
