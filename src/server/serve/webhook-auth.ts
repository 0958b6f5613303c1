/**
 * Authenticates a webhook delivery (§4.9): the `Signature` header is base64(webhookId + ":" + hex HMAC-SHA256
 * of the raw body keyed with that webhook's `secretKey`). The id in the header picks the secret; the HMAC is
 * compared in constant time (`verifyWebhookSignature`). The legacy `X-Signature` is accepted when it is alone.
 */
import { verifyWebhookSignature } from '../espo';
import type { WebhookHeaders } from '../espo';
import type { RegisteredWebhook } from '../state';

export type DeliveryAuth =
  | { readonly ok: true; readonly webhook: RegisteredWebhook }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'unknownWebhook' | 'mismatch' | 'wrong-webhook' };

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : value?.[0];
}

/** The webhook id the signature claims to come from (the part before the first colon). */
export function claimedWebhookId(headers: WebhookHeaders): string | null | undefined {
  const signature = headerValue(headers, 'signature') ?? headerValue(headers, 'x-signature');
  if (signature === undefined) return undefined;
  const decoded = Buffer.from(signature, 'base64');
  const colon = decoded.indexOf(0x3a);
  return colon <= 0 ? null : decoded.subarray(0, colon).toString('latin1');
}

export function authenticateDelivery(rawBody: Uint8Array, headers: WebhookHeaders, webhooks: readonly RegisteredWebhook[]): DeliveryAuth {
  const id = claimedWebhookId(headers);
  if (id === undefined) return { ok: false, reason: 'missing' };
  if (id === null) return { ok: false, reason: 'malformed' };
  const webhook = webhooks.find((candidate) => candidate.id === id);
  if (webhook === undefined) return { ok: false, reason: 'unknownWebhook' };
  const result = verifyWebhookSignature(rawBody, headers, webhook.secretKey, webhook.id);
  return result.valid ? { ok: true, webhook } : { ok: false, reason: result.reason };
}
