import type { HttpResponse } from 'msw';
import type { FakeContext } from '../context';
import { bodyObject } from '../context';
import { parseListRequest, runList } from '../list-engine';
import { forbidden, json, notFound, statusReason, TRUE_RESPONSE } from '../responses';
import type { FakeEntityDef, FakeLinkDef, StoredRecord } from '../types';
import { allows } from '../users';
import { listView } from '../views';
import { parseWhere } from '../where-parse';
import { matchesWhere } from '../../../../src/server/espo/query/where-match';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

interface Related {
  readonly record: StoredRecord;
  readonly extra: Readonly<Record<string, unknown>>;
}

function relatedRecords(ctx: FakeContext, def: FakeEntityDef, parent: StoredRecord, link: string, linkDef: FakeLinkDef): Related[] {
  const ids = ctx.store.linkedIds(def.entityType, parent, link);
  return ids.flatMap((id) => {
    const record = ctx.store.find(linkDef.entity, id);
    if (record === undefined) return [];
    if (linkDef.kind !== 'manyMany') return [{ record, extra: {} }];
    const stored = ctx.store.columnsOf(def.entityType, parent.id, link, id);
    const extra = Object.fromEntries(Object.entries(linkDef.columns ?? {}).map(([name, column]) =>
      [column.attribute, stored[name] ?? column.default]));
    return [{ record, extra }];
  });
}

/** `GET {Entity}/{id}/{link}`: same parameters and `{total, list}` as a list; middle columns as attributes (§4.4). */
export async function listRelated(ctx: FakeContext, def: FakeEntityDef, id: string, link: string): Reply {
  const linkDef = ctx.store.linkDef(def.entityType, link);
  const foreign = linkDef === undefined ? undefined : ctx.store.def(linkDef.entity);
  if (linkDef === undefined || foreign === undefined) return statusReason(404, `Link '${link}' does not exist.`);
  if (!allows(ctx.user, def.entityType, 'read') || !allows(ctx.user, foreign.entityType, 'read')) return forbidden('No read access.');
  const parent = ctx.store.find(def.entityType, id);
  if (parent === undefined) return notFound(id);
  const related = relatedRecords(ctx, def, parent, link, linkDef);
  const extras = new Map(related.map((item) => [item.record.id, item.extra]));
  const request = parseListRequest(ctx, foreign);
  const { total, page } = runList(foreign, related.map((item) => item.record), request, ctx.store.whereContext(foreign.entityType));
  const list = page.map((record) => listView(ctx.store, foreign, record,
    { select: request.select, orderBy: request.orderBy, extra: extras.get(record.id) ?? {} }));
  return json({ total, list });
}

function targetIds(ctx: FakeContext, foreign: FakeEntityDef): string[] {
  const body = bodyObject(ctx);
  if (body.massRelate === true) {
    const where = parseWhere(body.where);
    return ctx.store.all(foreign.entityType).filter((r) => matchesWhere(r, where, ctx.store.whereContext(foreign.entityType))).map((r) => r.id);
  }
  if (typeof body.id === 'string') return [body.id];
  return Array.isArray(body.ids) ? body.ids.filter((value): value is string => typeof value === 'string') : [];
}

/** `POST` (relate) and `DELETE` (unrelate) `{Entity}/{id}/{link}` with `{id}`, `{ids}` or `{massRelate, where}`. */
export async function changeRelation(ctx: FakeContext, def: FakeEntityDef, id: string, link: string, relate: boolean): Reply {
  const linkDef = ctx.store.linkDef(def.entityType, link);
  const foreign = linkDef === undefined ? undefined : ctx.store.def(linkDef.entity);
  if (linkDef === undefined || foreign === undefined) return statusReason(404, `Link '${link}' does not exist.`);
  if (!allows(ctx.user, def.entityType, 'edit')) return forbidden('No edit access.');
  if (ctx.store.find(def.entityType, id) === undefined) return notFound(id);
  const ids = targetIds(ctx, foreign);
  if (ids.length === 0) return statusReason(400, '');
  for (const foreignId of ids) {
    const target = ctx.store.find(foreign.entityType, foreignId);
    if (target === undefined) return notFound(foreignId);
    if (linkDef.kind === 'manyMany') {
      if (relate) ctx.store.link(def.entityType, id, link, foreignId);
      else ctx.store.unlink(def.entityType, id, link, foreignId);
    } else if (linkDef.kind === 'hasMany') {
      target[linkDef.foreignKey] = relate ? id : null;
      ctx.store.derive(foreign.entityType, target);
      ctx.store.put(foreign.entityType, target);
    } else {
      return statusReason(400, `Link '${link}' cannot be related this way.`);
    }
  }
  ctx.store.writes.push({ kind: relate ? 'link' : 'unlink', entityType: def.entityType, id, link, ids, by: ctx.user.id });
  return TRUE_RESPONSE();
}
