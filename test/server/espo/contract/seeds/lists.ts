import { str } from './common';
import type { SeedContext, Values } from './common';
import { decoy, isObject, linkAsRequired, listOf, seedRecords } from './common';

/** A value that sorts after every listed record for the request's order. */
function lastValue(order: 'asc' | 'desc', sample: unknown): unknown {
  if (order === 'desc') return typeof sample === 'number' ? -1 : '1970-01-01 00:00:00';
  return typeof sample === 'number' ? Number.MAX_SAFE_INTEGER : '\u{10FFFF}';
}

/**
 * `GET {Entity}`: seeds the listed records, enough "filler" records (matching, ordered after the page) to reach
 * the recorded `total`, and one decoy that violates the where clause.
 */
export function seedList(ctx: SeedContext): void {
  const entityType = ctx.segments[0] ?? '';
  const def = ctx.fake.store.def(entityType);
  const body = ctx.recording.response.body;
  const items = listOf(body);
  if (def === undefined || items.length === 0) return;
  const orderBy = str(ctx.query.orderBy) ?? def.defaultOrderBy;
  const order = str(ctx.query.orderBy) === null ? def.defaultOrder : ctx.query.order === 'desc' ? 'desc' : 'asc';
  const total = isObject(body) && typeof body.total === 'number' ? body.total : items.length;
  const last = items.at(-1) ?? {};
  const fillers: Values[] = Array.from({ length: Math.max(0, total - items.length) }, () =>
    ({ ...last, id: ctx.fake.store.newId(), [orderBy]: lastValue(order, last[orderBy]) }));
  const decoys = ctx.where.length > 0 ? [decoy(ctx.fake, items[0] ?? {}, ctx.where)] : [];
  if (str(ctx.query.q) !== null) {
    decoys.push({ ...items[0], id: ctx.fake.store.newId(), name: 'Zz Decoy', firstName: 'Zz', lastName: 'Decoy', emailAddress: null });
  }
  seedRecords(ctx.fake, entityType, [...items, ...fillers, ...decoys]);
  linkAsRequired(ctx.fake, entityType, [...items, ...fillers].map((item) => String(item.id)), ctx.where);
}

/** `GET {Entity}/{id}/{link}`: the parent, the listed records linked to it, and an unlinked decoy. */
export function seedRelated(ctx: SeedContext): void {
  const [entityType = '', id = '', link = ''] = ctx.segments;
  const linkDef = ctx.fake.store.linkDef(entityType, link);
  const items = listOf(ctx.recording.response.body);
  if (linkDef === undefined) return;
  if (!ctx.fake.store.find(entityType, id)) ctx.fake.seed(entityType, [{ id }]);
  const linked = items.map((item): Values => {
    if (linkDef.kind === 'hasMany') return { ...item, [linkDef.foreignKey]: id };
    if (linkDef.kind === 'hasChildren') return { ...item, parentType: entityType, parentId: id };
    return item;
  });
  const unlinked = items.slice(0, 1).map((item): Values => ({
    ...item, id: ctx.fake.store.newId(), parentId: null, contactId: null, accountId: null,
  }));
  const rejected = ctx.query.primaryFilter === 'won' ? linked.slice(0, 1).map((item) => ({ ...item, id: ctx.fake.store.newId(), stage: 'Closed Lost' })) : [];
  seedRecords(ctx.fake, linkDef.entity, [...linked, ...unlinked, ...rejected]);
  if (linkDef.kind === 'manyMany') ctx.fake.link(entityType, id, link, items.map((item) => String(item.id)));
}
