import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from '../../../src/server/serve';
import { readWebhooks } from '../../../src/server/state';
import { FAKE_CREDENTIALS } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { restHarness } from '../jobs/score/fake-espo';
import { tempDir } from '../jobs/score/fixtures';
import { RECEIVER_URL, runWebhooks } from './webhooks-cli';

const server = useMswServer();
const URL = RECEIVER_URL;

const run = runWebhooks;

async function setup() {
  const harness = restHarness(server, {});
  const env = { ESPO_URL: harness.fake.baseUrl, ESPO_API_KEY: FAKE_CREDENTIALS.apiKey, ESPO_RETRIES: '0' };
  const cwd = await tempDir();
  const posts = () => harness.fake.requests.filter((r) => r.method === 'POST' && r.path === 'Webhook');
  return { harness, env, cwd, posts, file: join(cwd, '.autocible', 'webhooks.json') };
}

describe('autocible webhooks', () => {
  it('registers create and update webhooks of the four entity types, keeping secrets in a 0600 file and off the screen', async () => {
    const { harness, env, cwd, posts, file } = await setup();
    const result = await run(['register', '--url', URL], cwd, env);
    expect(result.exitCode).toBe(0);
    expect(posts()).toHaveLength(8);
    const saved = await readWebhooks(file);
    expect(saved.webhooks.map((w) => w.event)).toEqual(WEBHOOK_EVENTS);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    for (const webhook of saved.webhooks) {
      expect(harness.fake.store.find('Webhook', webhook.id)).toMatchObject({ secretKey: webhook.secretKey, skipOwn: true, url: URL });
      expect(result.stdout).not.toContain(webhook.secretKey);
    }
  });

  it('files the EspoCRM address without the credentials an ESPO_URL carries', async () => {
    const { harness, env, cwd, file } = await setup();
    const url = new globalThis.URL(harness.fake.baseUrl);
    url.username = 'proxyuser';
    url.password = 'proxy-pass-9d2e';
    const result = await run(['register', '--url', URL], cwd, { ...env, ESPO_URL: url.href });
    expect(result.exitCode).toBe(0);
    const saved = await readWebhooks(file);
    expect(saved.espoUrl).toBe(new globalThis.URL(harness.fake.baseUrl).origin);
    expect(`${result.stdout}${result.stderr}${JSON.stringify(saved)}`).not.toMatch(/proxyuser|proxy-pass-9d2e/u);
  });

  it('reuses the webhooks already registered instead of creating them again', async () => {
    const { env, cwd, posts } = await setup();
    await run(['register', '--url', URL], cwd, env);
    const again = await run(['register', '--url', URL, '--json'], cwd, env);
    expect(posts()).toHaveLength(8);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: [], reused: expect.arrayContaining([expect.objectContaining({ event: 'Contact.update' })]) });
  });

  it('registers again a webhook an administrator deleted in EspoCRM', async () => {
    const { harness, env, cwd, posts, file } = await setup();
    await run(['register', '--url', URL], cwd, env);
    const gone = (await readWebhooks(file)).webhooks[0];
    harness.fake.store.remove('Webhook', gone?.id ?? '');
    await run(['register', '--url', URL], cwd, env);
    expect(posts()).toHaveLength(9);
    expect((await readWebhooks(file)).webhooks.map((w) => w.id)).not.toContain(gone?.id);
  });

  it('makes active again a webhook an administrator deactivated (EspoCRM sends nothing for it), and says so', async () => {
    const { harness, env, cwd, posts, file } = await setup();
    await run(['register', '--url', URL], cwd, env);
    const off = (await readWebhooks(file)).webhooks[0];
    const stored = harness.fake.store.find('Webhook', off?.id ?? '');
    if (stored === undefined || stored === null) throw new Error('webhook not stored');
    stored.isActive = false;
    const again = await run(['register', '--url', URL], cwd, env);
    expect(again.exitCode).toBe(0);
    expect(posts()).toHaveLength(8);
    expect(harness.fake.store.find('Webhook', off?.id ?? '')).toMatchObject({ isActive: true });
    expect(again.stdout).toContain(`reactivated  ${off?.event ?? ''}  ${off?.id ?? ''}`);
    expect(harness.fake.requests.filter((r) => r.method === 'PATCH' && r.path === `Webhook/${off?.id ?? ''}`)).toHaveLength(1);
  });

  it('lists without secrets and removes them from EspoCRM and the file', async () => {
    const { harness, env, cwd, file } = await setup();
    await run(['register', '--url', URL], cwd, env);
    const list = await run(['list', '--json'], cwd, env);
    const listed = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(listed).toHaveLength(8);
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(['event', 'id', 'url']);
    const removed = await run(['remove'], cwd, env);
    expect(removed.exitCode).toBe(0);
    expect((await readWebhooks(file)).webhooks).toEqual([]);
    expect(harness.fake.store.all('Webhook')).toEqual([]);
  });

  it('refuses a receiver whose path is not the one serve receives deliveries on, with exit code 2', async () => {
    const { env, cwd, posts } = await setup();
    for (const url of ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787/webhook/espocrm', 'http://127.0.0.1:8787/webhooks/espocrm/']) {
      const result = await run(['register', '--url', url], cwd, env);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(`--url must end with the path /webhooks/espocrm, the only one where autocible serve receives deliveries, after a reverse proxy's prefix if any (got "${url}")`);
    }
    expect(posts()).toHaveLength(0);
    // Behind a reverse proxy that takes its prefix off.
    expect((await run(['register', '--url', 'https://hooks.example.fr/autocible/webhooks/espocrm'], cwd, env)).exitCode).toBe(0);
  });

  it('refuses a receiver that is not an http(s) address with exit code 2', async () => {
    const { env, cwd, posts } = await setup();
    expect((await run(['register', '--url', 'ftp://example'], cwd, env)).exitCode).toBe(2);
    expect(posts()).toHaveLength(0);
  });
});
