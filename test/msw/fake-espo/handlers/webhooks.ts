import { randomBytes } from 'node:crypto';
import type { HttpResponse } from 'msw';
import { text } from '../entities/common';
import type { FakeContext } from '../context';
import { bodyObject } from '../context';
import { forbidden, json, notFound, statusReason, TRUE_RESPONSE } from '../responses';
import type { StoredRecord } from '../types';
import { allows, allowsBoolean } from '../users';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

const RESPONSE_KEYS = ['id', 'deleted', 'event', 'url', 'isActive', 'entityType', 'type', 'field', 'secretKey', 'skipOwn',
  'createdAt', 'modifiedAt', 'createdById', 'createdByName', 'modifiedByName'];

/** `{Entity}.create|update|delete` or `{Entity}.fieldUpdate.{field}` with a real field name (§4.9). */
function parseEvent(ctx: FakeContext, event: string): { entityType: string; type: string; field: string | null } | null {
  const [entityType = '', type = '', field, ...rest] = event.split('.');
  const def = ctx.store.def(entityType);
  if (def === undefined || rest.length > 0) return null;
  if (['create', 'update', 'delete'].includes(type) && field === undefined) return { entityType, type, field: null };
  if (type === 'fieldUpdate' && field !== undefined && field in def.attributes) return { entityType, type, field };
  return null;
}

/** `POST Webhook` → 201 with the generated `secretKey`; an unsupported event is a 403, not a 400. */
export async function createWebhook(ctx: FakeContext): Reply {
  if (!allowsBoolean(ctx.user, 'Webhook')) return forbidden('');
  const body = bodyObject(ctx);
  const event = text(body.event);
  const url = text(body.url);
  if (event === null || url === null) return statusReason(400, '');
  const parsed = parseEvent(ctx, event);
  if (parsed === null) return forbidden('Not supported event.');
  if (!allows(ctx.user, parsed.entityType, 'read')) return forbidden('');
  const now = ctx.store.timestamp();
  const webhook: StoredRecord = {
    id: ctx.store.newId(), deleted: false, event, url, isActive: body.isActive !== false, ...parsed,
    secretKey: randomBytes(16).toString('hex'), skipOwn: body.skipOwn === true, createdAt: now, modifiedAt: now,
    createdById: ctx.user.id, createdByName: ctx.user.name, modifiedByName: null,
  };
  ctx.store.put('Webhook', webhook);
  ctx.store.writes.push({ kind: 'create', entityType: 'Webhook', id: webhook.id, by: ctx.user.id, attributes: body });
  return json(Object.fromEntries(RESPONSE_KEYS.map((key) => [key, webhook[key] ?? null])), 201);
}

export async function deleteWebhook(ctx: FakeContext, id: string): Reply {
  const webhook = ctx.store.find('Webhook', id);
  if (webhook === undefined) return notFound(id);
  if (ctx.user.type !== 'admin' && webhook.createdById !== ctx.user.id) return forbidden('No delete access.');
  ctx.store.remove('Webhook', id);
  ctx.store.writes.push({ kind: 'delete', entityType: 'Webhook', id, by: ctx.user.id });
  return TRUE_RESPONSE();
}
