import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../../src/server/espo/webhook-signature';
import { computeWebhookSignature, computeLegacyWebhookSignature } from '../../../src/server/espo/webhook-signature';
import { createFakeEspo } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { replayHeaders } from './contract/credentials';
import { isDelivery, loadRecordings } from './contract/recordings';
import type { Recording } from './contract/recordings';
import { seedRecording } from './contract/seeds';
import { shapeDiff } from './contract/shape';

const server = useMswServer();
const recordings = loadRecordings();
const RELEVANT_HEADERS = ['content-type', 'x-status-reason', 'www-authenticate'] as const;

async function replay(recording: Recording): Promise<Response> {
  const fake = createFakeEspo({ now: () => new Date('2026-11-22T10:50:58Z') });
  server.use(...fake.handlers);
  await seedRecording(recording, fake);
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
