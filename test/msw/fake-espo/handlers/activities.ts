import type { HttpResponse } from 'msw';
import { compareValues } from '../../../../src/server/espo/query/where-match';
import { text } from '../entities/common';
import type { FakeContext } from '../context';
import { queryString } from '../context';
import { parseListRequest, runList } from '../list-engine';
import { requestedMaxSize } from '../max-size';
import { json, notFound, statusReason } from '../responses';
import type { FakeEntityDef, StoredRecord } from '../types';
import { allows, allowsBoolean } from '../users';
import { listView } from '../views';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

const HISTORY_STATUSES: Readonly<Record<string, readonly string[]>> = {
  Call: ['Held', 'Not Held'], Meeting: ['Held', 'Not Held'], Email: ['Archived', 'Sent'],
};

/** Without the boolean `Activities` permission every `/Activities/...` call is a 403, served as text/html. */
const noActivities = (): HttpResponse<null> => statusReason(403, '', 'text/html; charset=UTF-8');

function addresses(value: unknown): string[] {
  return (text(value) ?? '').toLowerCase().split(';').map((part) => part.trim()).filter((part) => part !== '');
}

/** Held calls/meetings and archived/sent emails of the record: by parent, by attendee, or by e-mail address. */
function historyOf(ctx: FakeContext, entityType: string, parent: StoredRecord, type: string): StoredRecord[] {
  const email = text(parent.emailAddress)?.toLowerCase();
  return ctx.store.all(type).filter((record) => {
    if (!(HISTORY_STATUSES[type] ?? []).includes(String(record.status))) return false;
    if (record.parentType === entityType && record.parentId === parent.id) return true;
    if (type === 'Email') return email !== undefined && [...addresses(record.from), ...addresses(record.to)].includes(email);
    return ctx.store.linkedIds(type, record, 'contacts').includes(parent.id);
  });
}

/** As `Activities/Api/Get`: the Activities permission, then the search params (`maxSize` limit), then the record. */
function parentOf(ctx: FakeContext): StoredRecord | HttpResponse<null> {
  const entityType = ctx.params.entityType ?? '';
  const id = ctx.params.id ?? '';
  if (!allowsBoolean(ctx.user, 'Activities')) return noActivities();
  requestedMaxSize(ctx, 20);
  return ctx.store.find(entityType, id) ?? notFound(id);
}

/** `GET Activities/{Entity}/{id}/history`: the mixed list; attributes outside the union query are defaults. */
export async function history(ctx: FakeContext): Reply {
  const parent = parentOf(ctx);
  if (parent instanceof Response) return parent;
  const only = queryString(ctx, 'entityType');
  const defs = ['Call', 'Meeting', 'Email'].filter((type) => only === undefined || only === type)
    .flatMap((type) => ctx.store.def(type) ?? []);
  const items = defs.flatMap((def) => historyOf(ctx, ctx.params.entityType ?? '', parent, def.entityType).map((record) => ({ def, record })));
  const dateOf = (item: { def: FakeEntityDef; record: StoredRecord }): unknown => item.record[item.def.history?.dateAttribute ?? 'createdAt'];
  items.sort((a, b) => compareValues(dateOf(b), dateOf(a)) || compareValues(b.record.id, a.record.id));
  const offset = Number(queryString(ctx, 'offset') ?? 0);
  const maxSize = requestedMaxSize(ctx, 20);
  const list = items.slice(offset, offset + maxSize).map(({ def, record }) => ({
    ...Object.fromEntries((def.history?.keys ?? []).map((key) => [key, record[key] ?? null])),
    ...def.history?.forced,
    _scope: def.entityType,
  }));
  return json({ total: items.length, list });
}

/** `GET Activities/{Entity}/{id}/history/list/{Type}`: a normal list (where, order, select) with real values. */
export async function historyList(ctx: FakeContext): Reply {
  const parent = parentOf(ctx);
  if (parent instanceof Response) return parent;
  const base = ctx.store.def(ctx.params.type ?? '');
  if (base === undefined) return statusReason(404, '');
  if (!allows(ctx.user, base.entityType, 'read')) return statusReason(403, 'No read access.');
  const omits = base.history?.typedListOmits ?? [];
  const def: FakeEntityDef = { ...base, listAlways: base.listAlways.filter((key) => !omits.includes(key)) };
  const request = parseListRequest(ctx, def);
  const records = historyOf(ctx, ctx.params.entityType ?? '', parent, def.entityType);
  const { total, page } = runList(def, records, request, ctx.store.whereContext(def.entityType));
  return json({ total, list: page.map((record) => listView(ctx.store, def, record, { select: request.select, orderBy: request.orderBy })) });
}
