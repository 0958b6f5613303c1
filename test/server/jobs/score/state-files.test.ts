import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScoreState, readWebhooks, ScoreStateStore, StateFileError, writeWebhooks } from '../../../../src/server/state';
import { tempDir } from './fixtures';

describe('local state files', () => {
  it('read as empty when the file does not exist yet', async () => {
    const dir = await tempDir();
    expect(await readScoreState(join(dir, 'state.json'))).toEqual({ version: 1, sources: {} });
    expect(await readWebhooks(join(dir, 'webhooks.json'))).toEqual({ version: 1, webhooks: [] });
  });

  it('refuse a damaged file with a typed error instead of starting over', async () => {
    const path = join(await tempDir(), 'state.json');
    await writeFile(path, '{"version": 1, "sources": ');
    await expect(readScoreState(path)).rejects.toMatchObject({ path, problem: 'invalidJson' });
    await writeFile(path, '{"version": 2, "sources": {}}');
    const error = await readScoreState(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateFileError);
    expect(error).toMatchObject({ problem: 'invalidShape' });
  });

  it('keep concurrent updates of different sources from one store', async () => {
    const store = new ScoreStateStore(join(await tempDir(), 'nested', 'state.json'));
    await Promise.all([
      store.update('a', (s) => ({ ...s, lastSuccessfulRunAt: '2025-01-01T00:00:00.000Z' })),
      store.update('b', (s) => ({ ...s, lastSuccessfulRunAt: '2025-01-02T00:00:00.000Z' })),
    ]);
    expect(await store.read('a')).toEqual({ lastSuccessfulRunAt: '2025-01-01T00:00:00.000Z' });
    expect(await store.read('b')).toEqual({ lastSuccessfulRunAt: '2025-01-02T00:00:00.000Z' });
  });

  it('write the webhook secrets readable by the owner only, even over a wider file', async () => {
    const path = join(await tempDir(), 'webhooks.json');
    await writeFile(path, '{"version": 1, "webhooks": []}', { mode: 0o644 });
    await writeWebhooks(path, { version: 1, webhooks: [{ id: 'w1', event: 'Contact.update', url: 'http://127.0.0.1:8787/webhooks/espocrm', secretKey: 's' }] });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await readWebhooks(path)).webhooks).toHaveLength(1);
  });
});
