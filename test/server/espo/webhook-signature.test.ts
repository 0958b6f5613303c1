import { describe, expect, it } from 'vitest';
import { computeLegacyWebhookSignature, computeWebhookSignature, verifyWebhookSignature } from '../../../src/server/espo';

const body = '[{"id":"6b02cd034d328f30d","title":"Fleet manager"}]';
const secret = 'webhook-secret';
const webhookId = '6b02cd05bd6865fde';

describe('webhook signatures (§4.9)', () => {
  it('accepts the documented Signature and, when alone, the legacy X-Signature', () => {
    expect(verifyWebhookSignature(body, { signature: computeWebhookSignature(body, secret, webhookId) }, secret, webhookId))
      .toEqual({ valid: true, scheme: 'Signature' });
    expect(verifyWebhookSignature(Buffer.from(body), { 'X-Signature': computeLegacyWebhookSignature(body, secret, webhookId) }, secret, webhookId))
      .toEqual({ valid: true, scheme: 'X-Signature' });
  });

  it('prefers Signature when both are present, so a forged legacy header does not help', () => {
    const headers = { Signature: 'Zm9vOmJhcg==', 'X-Signature': computeLegacyWebhookSignature(body, secret, webhookId) };
    expect(verifyWebhookSignature(body, headers, secret, webhookId).valid).toBe(false);
  });

  it('rejects a wrong secret, another webhook, a missing or malformed header', () => {
    const signed = { Signature: computeWebhookSignature(body, secret, webhookId) };
    expect(verifyWebhookSignature(body, signed, 'other', webhookId)).toEqual({ valid: false, reason: 'mismatch' });
    expect(verifyWebhookSignature(body, signed, secret, '6b02cd05bd6865fdf')).toEqual({ valid: false, reason: 'wrong-webhook' });
    expect(verifyWebhookSignature(body, {}, secret, webhookId)).toEqual({ valid: false, reason: 'missing' });
    expect(verifyWebhookSignature(body, { Signature: 'eA==' }, secret, webhookId)).toEqual({ valid: false, reason: 'malformed' });
  });
});
