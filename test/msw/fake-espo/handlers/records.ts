import type { HttpResponse } from 'msw';
import type { FakeContext } from '../context';
import { bodyObject } from '../context';
import { parseListRequest, runList } from '../list-engine';
import { forbidden, json, notFound, TRUE_RESPONSE, validationFailure } from '../responses';
import type { FakeEntityDef, StoredRecord } from '../types';
import { allows, mayEditField } from '../users';
import { findDuplicates, firstFailure, writableKeys } from '../validation';
import { createView, fullView, listView } from '../views';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

export async function listRecords(ctx: FakeContext, def: FakeEntityDef): Reply {
  if (!allows(ctx.user, def.entityType, 'read')) return forbidden('No read access.');
  const request = parseListRequest(ctx, def, true);
  const sorted = ctx.store.sorted(def.entityType, request.orderBy, request.order);
  const { total, page } = runList(def, sorted, request, ctx.store.whereContext(def.entityType), true);
  const list = page.map((record) => listView(ctx.store, def, record, { select: request.select, orderBy: request.orderBy }));
  return json({ total, list });
}

export async function getRecord(ctx: FakeContext, def: FakeEntityDef, id: string): Reply {
  if (!allows(ctx.user, def.entityType, 'read')) return forbidden('No read access.');
  const record = ctx.store.find(def.entityType, id);
  return record === undefined ? notFound(id) : json(fullView(ctx.store, def, record));
}

function applyManyMany(ctx: FakeContext, def: FakeEntityDef, record: StoredRecord, body: Readonly<Record<string, unknown>>): void {
  for (const [link, linkDef] of Object.entries(def.links ?? {})) {
    const ids: unknown = body[`${link}Ids`];
    if (linkDef.kind !== 'manyMany' || !Array.isArray(ids)) continue;
    for (const foreignId of ids) if (typeof foreignId === 'string') ctx.store.link(def.entityType, record.id, link, foreignId);
  }
}

export async function createRecord(ctx: FakeContext, def: FakeEntityDef): Reply {
  if (!allows(ctx.user, def.entityType, 'create')) return forbidden('No create access.');
  const body = bodyObject(ctx);
  const failure = firstFailure(def, body, true);
  if (failure !== null) return validationFailure(def.entityType, failure.field, failure.type);
  if (ctx.request.headers.get('X-Skip-Duplicate-Check') !== 'true') {
    const duplicates = findDuplicates(ctx.store, def, body);
    if (duplicates.length > 0) {
      const list = duplicates.map((record) => listView(ctx.store, def, record, { select: undefined, orderBy: def.defaultOrderBy }));
      return json(list, 409, { 'X-Status-Reason': 'duplicate' });
    }
  }
  const sent = writableKeys(ctx.store, def, body);
  const now = ctx.store.timestamp();
  const record = ctx.store.withDefaults(def.entityType, Object.fromEntries(sent.map((key) => [key, body[key]])));
  Object.assign(record, { id: ctx.store.newId(), deleted: false, createdAt: now, modifiedAt: now, createdById: ctx.user.id });
  if ('streamUpdatedAt' in def.attributes) record.streamUpdatedAt = now;
  ctx.store.put(def.entityType, record);
  applyManyMany(ctx, def, record, body);
  ctx.store.derive(def.entityType, record);
  ctx.store.writes.push({ kind: 'create', entityType: def.entityType, id: record.id, by: ctx.user.id, attributes: body });
  return json(createView(def, record, sent));
}

export async function updateRecord(ctx: FakeContext, def: FakeEntityDef, id: string): Reply {
  if (!allows(ctx.user, def.entityType, 'edit')) return forbidden('No edit access.');
  const record = ctx.store.find(def.entityType, id);
  if (record === undefined) return notFound(id);
  const body = bodyObject(ctx);
  const failure = firstFailure(def, body, false);
  if (failure !== null) return validationFailure(def.entityType, failure.field, failure.type);
  const sent = writableKeys(ctx.store, def, body).filter((key) => mayEditField(ctx.user, def.entityType, key));
  for (const key of sent) record[key] = structuredClone(body[key]);
  Object.assign(record, { modifiedAt: ctx.store.timestamp(), modifiedById: ctx.user.id });
  applyManyMany(ctx, def, record, body);
  ctx.store.derive(def.entityType, record);
  ctx.store.put(def.entityType, record);
  ctx.store.writes.push({ kind: 'update', entityType: def.entityType, id, by: ctx.user.id, attributes: body });
  return json(fullView(ctx.store, def, record));
}

export async function deleteRecord(ctx: FakeContext, def: FakeEntityDef, id: string): Reply {
  if (!allows(ctx.user, def.entityType, 'delete')) return forbidden('No delete access.');
  if (ctx.store.find(def.entityType, id) === undefined) return notFound(id);
  ctx.store.remove(def.entityType, id);
  ctx.store.writes.push({ kind: 'delete', entityType: def.entityType, id, by: ctx.user.id });
  return TRUE_RESPONSE();
}
