import type { HttpResponse } from 'msw';
import { ADDRESS_OWNER_TYPES } from '../../../../src/server/espo/address-owners';
import { eraseFields, sharedAddressesRenamed } from '../../../../src/server/espo/memory/erase';
import type { FakeContext } from '../context';
import { bodyObject } from '../context';
import { forbidden, notFound, statusReason, TRUE_RESPONSE } from '../responses';
import { allows } from '../users';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

/**
 * `POST DataPrivacy/action/erase` (recordings `dataprivacy-*.json`, `contact-get-after-erase.json`): needs the
 * role's Data Privacy permission (403, empty reason), a non-empty `fieldList` (400), edit access. The stream is
 * left untouched.
 */
export async function erase(ctx: FakeContext): Reply {
  const body = bodyObject(ctx);
  if (ctx.user.type !== 'admin' && ctx.user.dataPrivacyPermission !== 'yes') return forbidden('');
  const fieldList = Array.isArray(body.fieldList) ? body.fieldList.filter((f): f is string => typeof f === 'string') : [];
  const def = ctx.store.def(String(body.entityType));
  const id = String(body.id);
  if (def === undefined || fieldList.length === 0) return statusReason(400, '');
  if (!allows(ctx.user, def.entityType, 'edit')) return forbidden('No edit access.');
  const record = ctx.store.find(def.entityType, id);
  if (record === undefined) return notFound(id);
  const before = { ...record };
  const erased = eraseFields(record, fieldList, () => ctx.store.newId());
  Object.assign(record, erased, { modifiedAt: ctx.store.timestamp(), modifiedById: ctx.user.id });
  // Other records using the same address rows see them renamed too; their own fields are not saved again.
  for (const type of ADDRESS_OWNER_TYPES) {
    for (const other of ctx.store.all(type)) {
      const renamed = other === record ? null : sharedAddressesRenamed(before, erased, other);
      if (renamed !== null) Object.assign(other, renamed);
    }
  }
  ctx.store.derive(def.entityType, record);
  ctx.store.put(def.entityType, record);
  ctx.store.writes.push({ kind: 'erase', entityType: def.entityType, id, fieldList, by: ctx.user.id });
  return TRUE_RESPONSE();
}
