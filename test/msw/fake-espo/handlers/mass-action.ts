import type { HttpResponse } from 'msw';
import { matchesWhere } from '../../../../src/server/espo/query/where-match';
import type { FakeContext } from '../context';
import { bodyObject } from '../context';
import { forbidden, json, statusReason, validationFailure } from '../responses';
import type { StoredRecord } from '../types';
import { allows } from '../users';
import { firstFailure, writableKeys } from '../validation';
import { parseWhere } from '../where-parse';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `data` is `{values, actions}` or, for backward compatibility, the bare attributes (§4.5). */
function valuesOf(data: unknown): Readonly<Record<string, unknown>> {
  if (!isObject(data)) return {};
  return isObject(data.values) ? data.values : data;
}

/**
 * `POST MassAction {entityType, action: "update", params: {ids}|{where}, data}` (recordings `massaction-*.json`):
 * synchronous; answers `{count, ids}` for ids and `{count}` for a where.
 */
export async function massAction(ctx: FakeContext): Reply {
  const body = bodyObject(ctx);
  const def = ctx.store.def(String(body.entityType));
  const params = isObject(body.params) ? body.params : {};
  if (def === undefined || body.action !== 'update') return statusReason(400, '');
  if (!allows(ctx.user, def.entityType, 'edit')) return forbidden('No edit access.');
  const values = valuesOf(body.data);
  const failure = firstFailure(def, values, false);
  if (failure !== null) return validationFailure(def.entityType, failure.field, failure.type);
  const requestedIds: unknown = params.ids;
  const byIds = Array.isArray(requestedIds);
  const targets: StoredRecord[] = Array.isArray(requestedIds)
    ? requestedIds.flatMap((id: unknown) => ctx.store.find(def.entityType, String(id)) ?? [])
    : ctx.store.all(def.entityType).filter((r) => matchesWhere(r, parseWhere(params.where), ctx.store.whereContext(def.entityType)));
  const keys = writableKeys(ctx.store, def, values);
  const now = ctx.store.timestamp();
  for (const record of targets) {
    for (const key of keys) record[key] = structuredClone(values[key]);
    Object.assign(record, { modifiedAt: now, modifiedById: ctx.user.id });
    ctx.store.derive(def.entityType, record);
    ctx.store.put(def.entityType, record);
  }
  const ids = targets.map((record) => record.id);
  ctx.store.writes.push({ kind: 'massUpdate', entityType: def.entityType, ids, values, by: ctx.user.id });
  return json(byIds ? { count: ids.length, ids } : { count: ids.length });
}
