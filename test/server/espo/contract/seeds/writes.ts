import { ADMIN_ID, API_USER_ID } from '../../../../msw/fake-espo';
import { parseWhere } from '../../../../msw/fake-espo/where-parse';
import type { SeedContext, Values } from './common';
import { decoy, isObject, seedRecords, seedReferences, str } from './common';

const body = (ctx: SeedContext): Values => (isObject(ctx.recording.request.body) ? ctx.recording.request.body : {});
const responseBody = (ctx: SeedContext): Values => (isObject(ctx.recording.response.body) ? ctx.recording.response.body : {});

/**
 * `POST {Entity}`: what the created record points at (account with its type, contact, parent; the contact an
 * e-mail's sender is matched to), and for duplicate-check recordings the existing record.
 */
export function seedCreate(ctx: SeedContext): void {
  const entityType = ctx.segments[0] ?? '';
  const created = responseBody(ctx);
  seedReferences(ctx.fake, created);
  const duplicates = Array.isArray(ctx.recording.response.body) ? ctx.recording.response.body.filter(isObject) : [];
  if (duplicates.length > 0) seedRecords(ctx.fake, entityType, duplicates);
  if (ctx.recording.request.headers['X-Skip-Duplicate-Check'] === 'true') {
    seedRecords(ctx.fake, entityType, [{ ...body(ctx), id: ctx.fake.store.newId(), name: `${String(body(ctx).firstName)} ${String(body(ctx).lastName)}` }]);
  }
  const phones = isObject(created.phoneNumbersMap) ? created.phoneNumbersMap : {};
  for (const [key, phone] of Object.entries(phones)) {
    const id = key.replace(/^Contact_/u, '');
    ctx.fake.seed('Contact', [{ ...ctx.fake.store.find('Contact', id), id, phoneNumber: phone, accountId: created.accountId }]);
  }
  const idHash = isObject(created.idHash) ? created.idHash : {};
  const nameHash = isObject(created.nameHash) ? created.nameHash : {};
  for (const [address, id] of Object.entries(idHash)) {
    ctx.fake.seed('Contact', [{ id: String(id), name: nameHash[address] ?? null, emailAddress: address }]);
  }
}

/** `PUT`/`PATCH {Entity}/{id}`: the record as recorded (a custom field is created first when the request sets one). */
export function seedUpdate(ctx: SeedContext): void {
  const [entityType = '', id = ''] = ctx.segments;
  for (const field of Object.keys(body(ctx)).filter((key) => /^c[A-Z]/u.test(key))) ctx.fake.store.addCustomField(entityType, field);
  seedRecords(ctx.fake, entityType, [{ ...responseBody(ctx), id }]);
}

/** `DELETE {Entity}/{id}` and reads of one record. */
export function seedOne(ctx: SeedContext): void {
  const [entityType = '', id = ''] = ctx.segments;
  seedRecords(ctx.fake, entityType, [{ ...responseBody(ctx), id }]);
}

/** `POST|DELETE TargetList/{id}/contacts`: the list, the contacts, and (to unlink) the existing link. */
export function seedRelation(ctx: SeedContext): void {
  const [entityType = '', id = '', link = ''] = ctx.segments;
  const request = body(ctx);
  const ids = [...(Array.isArray(request.ids) ? request.ids.map(String) : []), ...(str(request.id) ? [String(request.id)] : [])];
  const linkDef = ctx.fake.store.linkDef(entityType, link);
  ctx.fake.seed(entityType, [{ id, name: 'Recorded list' }]);
  if (linkDef === undefined) return;
  ctx.fake.seed(linkDef.entity, ids.map((foreignId) => ({ id: foreignId, name: `Record ${foreignId}` })));
  if (ctx.recording.request.method === 'DELETE') ctx.fake.link(entityType, id, link, ids);
}

/** `POST MassAction`: the targeted ids, or as many matching records as the recorded count, plus a decoy. */
export function seedMassAction(ctx: SeedContext): void {
  const request = body(ctx);
  const entityType = String(request.entityType);
  const params = isObject(request.params) ? request.params : {};
  if (Array.isArray(params.ids)) {
    ctx.fake.seed(entityType, params.ids.map((id) => ({ id: String(id), lastName: `Mass ${String(id)}` })));
    return;
  }
  const count = Number(responseBody(ctx).count ?? 0);
  const matching = Array.from({ length: count }, (_, index) => ({
    id: ctx.fake.store.newId(), lastName: `Mass ${index}`, emailAddress: `mass${index}@fixture.example`,
  }));
  ctx.fake.seed(entityType, [...matching, decoy(ctx.fake, matching[0] ?? {}, parseWhere(params.where))]);
}

/** `POST DataPrivacy/action/erase`: the record with the personal data to erase. */
export function seedErase(ctx: SeedContext): void {
  const request = body(ctx);
  ctx.fake.seed(String(request.entityType), [{
    id: String(request.id), firstName: 'Eric', lastName: 'Erase', emailAddress: 'eric.erase@fixture.example',
    phoneNumber: '+33612345678', addressCity: 'Lyon',
  }], { derive: true });
}

/** `DELETE Note/{id}`: a note by the admin (the API user may not delete it) or by the API user. */
export function seedNoteDelete(ctx: SeedContext): void {
  const id = ctx.segments[1] ?? '';
  const byApiUser = ctx.recording.file.includes('own-api-user');
  ctx.fake.seedNote({ id, type: byApiUser ? 'Post' : 'Create', createdById: byApiUser ? API_USER_ID : ADMIN_ID });
}
