import { describe, expect, it } from 'vitest';
import { computeLegacyWebhookSignature, computeWebhookSignature } from '../../../src/server/espo';
import { authenticateDelivery, deliveryRequests } from '../../../src/server/serve';
import type { RegisteredWebhook } from '../../../src/server/state';

const hook: RegisteredWebhook = { id: '6b02cd05bd6865fde', event: 'Contact.update', url: 'http://127.0.0.1:8787/webhooks/espocrm', secretKey: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' };
const other: RegisteredWebhook = { ...hook, id: '6b02c91352aace340', event: 'AutoCibleVehicle.update', secretKey: 'another-secret' };
const body = Buffer.from('[{"title":"Fleet manager","id":"6b02cd034d328f30d"}]');

describe('webhook delivery authentication', () => {
  it('accepts a Signature computed with the secret of the webhook it names', () => {
    const result = authenticateDelivery(body, { signature: computeWebhookSignature(body, hook.secretKey, hook.id) }, [other, hook]);
    expect(result).toEqual({ ok: true, webhook: hook });
  });

  it('accepts the legacy X-Signature when it is the only header', () => {
    const result = authenticateDelivery(body, { 'X-Signature': computeLegacyWebhookSignature(body, hook.secretKey, hook.id) }, [hook]);
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses a signature made with another secret, or over other bytes', () => {
    expect(authenticateDelivery(body, { signature: computeWebhookSignature(body, 'wrong', hook.id) }, [hook])).toEqual({ ok: false, reason: 'mismatch' });
    const tampered = Buffer.from(body.toString().replace('Fleet', 'Floot'));
    expect(authenticateDelivery(tampered, { signature: computeWebhookSignature(body, hook.secretKey, hook.id) }, [hook])).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a missing, malformed or unknown-webhook signature', () => {
    expect(authenticateDelivery(body, {}, [hook])).toEqual({ ok: false, reason: 'missing' });
    expect(authenticateDelivery(body, { signature: Buffer.from('no-colon').toString('base64') }, [hook])).toEqual({ ok: false, reason: 'malformed' });
    expect(authenticateDelivery(body, { signature: computeWebhookSignature(body, hook.secretKey, 'ffffffffffffffff0') }, [hook])).toEqual({ ok: false, reason: 'unknownWebhook' });
  });
});

describe('delivery bodies', () => {
  it('name the records of the webhook event, batched as an array', () => {
    expect(deliveryRequests([{ id: 'a' }, { id: 'b', title: 'x' }], 'Contact.update')).toEqual([{ entityType: 'Contact', id: 'a' }, { entityType: 'Contact', id: 'b' }]);
    expect(deliveryRequests([{ id: 'v' }], 'AutoCibleVehicle.create')).toEqual([{ entityType: 'AutoCibleVehicle', id: 'v' }]);
  });

  it('ask for nothing on events that cannot move a score, and are refused when not an array of records', () => {
    expect(deliveryRequests([{ id: 'a' }], 'Contact.delete')).toEqual([]);
    expect(deliveryRequests({ id: 'a' }, 'Contact.update')).toBeNull();
    expect(deliveryRequests([{ name: 'no id' }], 'Contact.update')).toBeNull();
  });
});
