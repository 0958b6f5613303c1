/**
 * `POST Webhook` answers the `secretKey` once (recordings `webhook-create*.json`). When EspoCRM creates the webhook
 * but the answer never arrives (network error, timeout), `register` must not leave it there: `serve` could never
 * verify its deliveries. It lists the webhooks for the URL, deletes the ones the secrets file does not hold and
 * creates again. A 4xx is a refusal: nothing was created, nothing is listed.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createEspoClient } from '../../../src/server/espo';
import { registerWebhooks, WEBHOOK_EVENTS } from '../../../src/server/serve';
import { readWebhooks } from '../../../src/server/state';
import { ADMIN_ID, API_USER_ID, FAKE_CREDENTIALS } from '../../msw/fake-espo';
import type { FakeEspo, StoredRecord } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { instantRetry } from '../espo/helpers';
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
  return { fake: harness.fake, env, cwd, file: join(cwd, '.autocible', 'webhooks.json') };
}

/** What EspoCRM stores for a `POST Webhook` of the API user (fake `createWebhook`). */
function createOnHost(fake: FakeEspo, event: string, url: string, createdById = API_USER_ID): StoredRecord {
  const webhook: StoredRecord = {
    id: fake.store.newId(), deleted: false, event, url, isActive: true, secretKey: randomBytes(16).toString('hex'), skipOwn: true, createdById,
  };
  fake.store.put('Webhook', webhook);
  return webhook;
}

/** The next `times` creates of `event` are carried out by the host, whose answer is then lost as `lose` says. */
function loseCreateAnswers(fake: FakeEspo, event: string, times: number, lose: () => Promise<Response>): { leaked: StoredRecord[] } {
  const leaked: StoredRecord[] = [];
  server.use(http.post(`${fake.apiUrl}Webhook`, async ({ request }) => {
    const body = (await request.clone().json()) as { event?: unknown; url?: unknown };
    if (body.event !== event || leaked.length >= times) return undefined;
    leaked.push(createOnHost(fake, event, String(body.url)));
    return lose();
  }));
  return { leaked };
}

const networkError = async (): Promise<Response> => HttpResponse.error();

/** Ids of the webhooks EspoCRM holds for the receiver. */
const onHost = (fake: FakeEspo): string[] => fake.store.all('Webhook').filter((w) => w.url === URL).map((w) => w.id).sort();
const secretsOf = (fake: FakeEspo): string[] => fake.store.all('Webhook').map((w) => String(w.secretKey));

describe('webhooks register when EspoCRM creates a webhook but its answer is lost', () => {
  it('deletes the webhook whose secret never arrived and creates it again (network error)', async () => {
    const { fake, env, cwd, file } = await setup();
    const { leaked } = loseCreateAnswers(fake, 'Contact.update', 1, networkError);
    const result = await run(['register', '--url', URL, '--json'], cwd, env);
    expect(result.exitCode).toBe(0);
    const saved = (await readWebhooks(file)).webhooks;
    expect(saved.map((w) => w.event)).toEqual(WEBHOOK_EVENTS);
    expect(onHost(fake)).toEqual(saved.map((w) => w.id).sort());
    for (const webhook of saved) expect(fake.store.find('Webhook', webhook.id)?.secretKey).toBe(webhook.secretKey);
    const leakedId = leaked[0]?.id ?? '';
    expect(fake.store.find('Webhook', leakedId)).toBeUndefined();
    expect(JSON.parse(result.stdout)).toMatchObject({ unrecordedRemoved: [{ id: leakedId, event: 'Contact.update', url: URL }], unrecordedLeft: [] });
    for (const secret of [...secretsOf(fake), String(leaked[0]?.secretKey)]) expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('does the same after a timeout', async () => {
    const { fake, cwd } = await setup();
    const file = join(cwd, 'webhooks.json');
    const client = createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: FAKE_CREDENTIALS.apiKey }, retry: instantRetry, timeoutMs: 100 });
    const { leaked } = loseCreateAnswers(fake, 'Lead.create', 1, async () => {
      await delay(400);
      return HttpResponse.error();
    });
    const result = await registerWebhooks(client, URL, { file, espoUrl: fake.baseUrl });
    expect(result.created).toHaveLength(8);
    expect(result.unrecordedRemoved).toEqual([{ id: leaked[0]?.id, event: 'Lead.create', url: URL }]);
    expect(onHost(fake)).toEqual((await readWebhooks(file)).webhooks.map((w) => w.id).sort());
  });

  it('fails when the second create is lost too, leaving no webhook it holds no secret for; the next run completes', async () => {
    const { fake, env, cwd, file } = await setup();
    loseCreateAnswers(fake, 'Contact.update', 2, networkError);
    const first = await run(['register', '--url', URL], cwd, env);
    expect(first.exitCode).toBe(1);
    expect(first.stderr).toContain('POST Webhook');
    expect(onHost(fake)).toEqual((await readWebhooks(file)).webhooks.map((w) => w.id).sort());
    const second = await run(['register', '--url', URL], cwd, env);
    expect(second.exitCode).toBe(0);
    expect((await readWebhooks(file)).webhooks).toHaveLength(8);
    expect(onHost(fake)).toEqual((await readWebhooks(file)).webhooks.map((w) => w.id).sort());
  });

  it('deletes a webhook an interrupted earlier run left, and nothing else', async () => {
    const { fake, env, cwd, file } = await setup();
    await run(['register', '--url', URL], cwd, env);
    const left = createOnHost(fake, 'Lead.update', URL);
    const otherEvent = createOnHost(fake, 'Contact.delete', URL);
    const otherUrl = createOnHost(fake, 'Lead.update', 'http://127.0.0.1:9999/elsewhere');
    // Another user's webhook for the same URL and event: an administrator's credentials would list it, it is not ours.
    const otherUser = createOnHost(fake, 'Lead.update', URL, ADMIN_ID);
    const again = await run(['register', '--url', URL, '--json'], cwd, env);
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: [], unrecordedRemoved: [{ id: left.id, event: 'Lead.update' }] });
    expect(fake.store.find('Webhook', left.id)).toBeUndefined();
    expect(fake.store.find('Webhook', otherEvent.id)).toBeDefined();
    expect(fake.store.find('Webhook', otherUrl.id)).toBeDefined();
    expect(fake.store.find('Webhook', otherUser.id)).toBeDefined();
    expect((await readWebhooks(file)).webhooks).toHaveLength(8);
  });

  it('names the webhook an administrator must delete when EspoCRM refuses to delete it, and exits 1', async () => {
    const { fake, env, cwd, file } = await setup();
    const { leaked } = loseCreateAnswers(fake, 'Account.update', 1, networkError);
    server.use(http.delete(`${fake.apiUrl}Webhook/:id`, ({ params }) =>
      (params.id === leaked[0]?.id ? new HttpResponse(null, { status: 403, headers: { 'X-Status-Reason': 'No delete access.' } }) : undefined)));
    const result = await run(['register', '--url', URL], cwd, env);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`Account.update ${leaked[0]?.id ?? 'missing'}`);
    expect(result.stderr).toContain('administrator');
    expect((await readWebhooks(file)).webhooks).toHaveLength(8);
    for (const secret of secretsOf(fake)) expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('neither lists nor creates again after a refusal (4xx): nothing was created', async () => {
    const { fake, env, cwd } = await setup();
    server.use(http.post(`${fake.apiUrl}Webhook`, () => new HttpResponse(null, { status: 403, headers: { 'X-Status-Reason': 'Not supported event.' } })));
    const result = await run(['register', '--url', URL], cwd, env);
    expect(result.exitCode).toBe(1);
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path === 'Webhook')).toEqual([]);
    expect(fake.store.all('Webhook')).toEqual([]);
  });
});
