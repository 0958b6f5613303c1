import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../../src/server/espo/webhook-signature';
import { computeWebhookSignature, computeLegacyWebhookSignature } from '../../../src/server/espo/webhook-signature';
import { createFakeEspo } from '../../msw/fake-espo';
import type { FakeEspo } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { replayHeaders } from './contract/credentials';
import { isDelivery, loadRecordings } from './contract/recordings';
import type { Recording } from './contract/recordings';
import { seedRecording } from './contract/seeds';
import { shapeDiff } from './contract/shape';

const server = useMswServer();
const recordings = loadRecordings();
const RELEVANT_HEADERS = ['content-type', 'x-status-reason', 'www-authenticate'] as const;

/** Replays the recorded request on a fake seeded from the recording; `beforeRequest` may change the seed first. */
async function replay(recording: Recording, beforeRequest?: (fake: FakeEspo) => void): Promise<Response> {
  const fake = createFakeEspo({ now: () => new Date('2026-11-22T10:50:58Z') });
  server.use(...fake.handlers);
  await seedRecording(recording, fake);
  beforeRequest?.(fake);
  const { method, path, body } = recording.request;
  return fetch(`${fake.baseUrl}${path}`, {
    method,
    headers: replayHeaders(recording.request),
    ...(body === null || body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function listIds(body: unknown): string[] | null {
  if (typeof body !== 'object' || body === null || !('list' in body) || !Array.isArray(body.list)) return null;
  return body.list.map((item: unknown) => (typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : ''));
}

function counter(body: unknown, key: 'total' | 'count'): number | null {
  if (typeof body !== 'object' || body === null || !(key in body)) return null;
  const value: unknown = (body as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
}

describe('the fake EspoCRM replays every recorded exchange', () => {
  it('finds the recordings directory with both requests and webhook deliveries', () => {
    expect(recordings.length).toBeGreaterThan(60);
    expect(recordings.some(isDelivery)).toBe(true);
  });

  for (const recording of recordings.filter((r) => !isDelivery(r))) {
    it(`${recording.file}: same status, headers and body shape`, async () => {
      const response = await replay(recording);
      const expected = recording.response;
      expect(response.status, recording.description).toBe(expected.status);
      for (const name of RELEVANT_HEADERS) {
        expect(response.headers.get(name), `header ${name}`).toBe(expected.headers[name] ?? null);
      }
      const text = await response.text();
      if (expected.rawBodyIsEmpty === true) {
        expect(text).toBe('');
        return;
      }
      const actual: unknown = JSON.parse(text);
      expect(shapeDiff(expected.body, actual)).toEqual([]);
      const ids = listIds(expected.body);
      if (ids !== null) expect(listIds(actual)).toEqual(ids);
      for (const key of ['total', 'count'] as const) {
        const value = counter(expected.body, key);
        if (value !== null) expect(counter(actual, key), key).toBe(value);
      }
    });
  }
});

type Values = Readonly<Record<string, unknown>>;

const isValues = (value: unknown): value is Values => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value of the same kind that differs from `value` (null for one that is not a scalar). */
function otherThan(value: unknown): unknown {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') return `${value} (before the update)`;
  return value === null ? 'before the update' : null;
}

/** Recorded updates of one record (`PUT`/`PATCH {Entity}/{id}`) that succeeded. */
const updates = recordings.filter((r) => !isDelivery(r) && (r.request.method === 'PATCH' || r.request.method === 'PUT')
  && r.response.status === 200 && isValues(r.request.body) && isValues(r.response.body));

describe('the fake EspoCRM applies what a recorded update sends', () => {
  it('finds the recorded PATCH and PUT updates', () => {
    expect(updates.map((r) => r.request.method).sort()).toEqual(expect.arrayContaining(['PATCH', 'PUT']));
  });

  // seedUpdate seeds the record as the recorded response shows it, after the update: a fake that ignored the body
  // would still answer it. Here every sent field holds another value before the request.
  for (const recording of updates) {
    it(`${recording.file}: a record holding other values answers, and stores, every sent field as recorded`, async () => {
      const [entityType = '', id = ''] = recording.request.path.replace(/^\/api\/v1\//u, '').split('/');
      const sent = recording.request.body as Values;
      const recorded = recording.response.body as Values;
      let stored: FakeEspo['store'] | undefined;
      const response = await replay(recording, (fake) => {
        const before = Object.fromEntries(Object.entries(sent).map(([field, value]) => [field, otherThan(value)]));
        fake.seed(entityType, [{ ...fake.store.find(entityType, id), ...before, id }]);
        for (const field of Object.keys(sent)) expect(fake.store.find(entityType, id)?.[field], `${field} before`).not.toEqual(sent[field]);
        stored = fake.store;
      });
      expect(response.status).toBe(200);
      const body: unknown = await response.json();
      if (!isValues(body)) throw new Error('the update did not answer a record');
      for (const [field, value] of Object.entries(sent)) {
        expect(recorded[field], `${field} in the recording`).toEqual(value);
        expect(body[field], `${field} in the response`).toEqual(recorded[field]);
        expect(stored?.find(entityType, id)?.[field], `${field} stored`).toEqual(value);
      }
    });
  }
});

describe('webhook deliveries recorded at a receiver', () => {
  for (const recording of recordings.filter(isDelivery)) {
    it(`${recording.file}: carries Signature and X-Signature in the documented shape`, () => {
      const { headers } = recording.request;
      const signature = Buffer.from(headers.signature ?? '', 'base64').toString('latin1');
      const legacy = Buffer.from(headers['x-signature'] ?? '', 'base64');
      expect(signature).toMatch(/^[0-9a-f]{17}:[0-9a-f]{64}$/u);
      const webhookId = signature.split(':')[0] ?? '';
      expect(legacy.subarray(0, webhookId.length + 1).toString('latin1')).toBe(`${webhookId}:`);
      expect(legacy.length).toBe(webhookId.length + 1 + 32);
      expect(Array.isArray(recording.request.body)).toBe(true);
    });

    it(`${recording.file}: a body signed the documented way verifies, a tampered one does not`, () => {
      const secret = 'our-own-webhook-secret';
      const webhookId = Buffer.from(recording.request.headers.signature ?? '', 'base64').toString('latin1').split(':')[0] ?? '';
      const raw = JSON.stringify(recording.request.body);
      const headers = { Signature: computeWebhookSignature(raw, secret, webhookId) };
      expect(verifyWebhookSignature(raw, headers, secret, webhookId)).toEqual({ valid: true, scheme: 'Signature' });
      expect(verifyWebhookSignature(raw.replace('}', ',"x":1}'), headers, secret, webhookId)).toEqual({ valid: false, reason: 'mismatch' });
      const legacyHeaders = { 'X-Signature': computeLegacyWebhookSignature(raw, secret, webhookId) };
      expect(verifyWebhookSignature(raw, legacyHeaders, secret, webhookId)).toEqual({ valid: true, scheme: 'X-Signature' });
    });
  }
});
