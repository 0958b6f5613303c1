import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook deliveries are signed (§4.9, recordings `webhook-delivery-*.json`, verified on 9.2.7):
 * `Signature: base64(webhookId + ":" + hex(HMAC-SHA256(key = secretKey, message = raw body)))`, and the legacy
 * `X-Signature: base64(webhookId + ":" + raw 32-byte digest)` (sent until 11.0). Verify the raw bytes, before
 * any JSON parsing.
 */
export type WebhookHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

export type WebhookSignatureResult =
  | { readonly valid: true; readonly scheme: 'Signature' | 'X-Signature' }
  | { readonly valid: false; readonly reason: 'missing' | 'malformed' | 'wrong-webhook' | 'mismatch' };

function header(headers: WebhookHeaders, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : value?.[0];
}

export function computeWebhookSignature(rawBody: string | Uint8Array, secretKey: string, webhookId: string): string {
  const digest = createHmac('sha256', secretKey).update(rawBody).digest('hex');
  return Buffer.from(`${webhookId}:${digest}`).toString('base64');
}

export function computeLegacyWebhookSignature(rawBody: string | Uint8Array, secretKey: string, webhookId: string): string {
  const digest = createHmac('sha256', secretKey).update(rawBody).digest();
  return Buffer.concat([Buffer.from(`${webhookId}:`), digest]).toString('base64');
}

function check(received: string, webhookId: string, expected: string): WebhookSignatureResult | null {
  const decoded = Buffer.from(received, 'base64');
  const prefix = Buffer.from(`${webhookId}:`);
  if (decoded.length <= prefix.length) return { valid: false, reason: 'malformed' };
  if (!decoded.subarray(0, prefix.length).equals(prefix)) return { valid: false, reason: 'wrong-webhook' };
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b) ? null : { valid: false, reason: 'mismatch' };
}

/** Checks `Signature` (9.0+), or `X-Signature` when only the legacy header is present. Constant-time compare. */
export function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secretKey: string,
  webhookId: string,
): WebhookSignatureResult {
  const modern = header(headers, 'signature');
  if (modern !== undefined) {
    return check(modern, webhookId, computeWebhookSignature(rawBody, secretKey, webhookId)) ?? { valid: true, scheme: 'Signature' };
  }
  const legacy = header(headers, 'x-signature');
  if (legacy !== undefined) {
    return check(legacy, webhookId, computeLegacyWebhookSignature(rawBody, secretKey, webhookId)) ?? { valid: true, scheme: 'X-Signature' };
  }
  return { valid: false, reason: 'missing' };
}
