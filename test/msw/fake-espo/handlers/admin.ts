import type { HttpResponse } from 'msw';
import type { FakeContext } from '../context';
import { bodyObject } from '../context';
import { forbidden, json, statusReason } from '../responses';
import { setPath } from '../metadata';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

/** Fields created from the admin UI/API on a core entity get the `c` prefix (8.2+, pitfall §8.2). */
function customName(name: string): string {
  return `c${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** `POST Admin/fieldManager/{Entity}` (recordings `admin-fieldmanager-*.json`, `access-403-fieldmanager-non-admin.json`). */
export async function createField(ctx: FakeContext, entityType: string): Reply {
  if (ctx.user.type !== 'admin') return forbidden('');
  const body = bodyObject(ctx);
  if (typeof body.name !== 'string' || typeof body.type !== 'string' || ctx.store.def(entityType) === undefined) {
    return statusReason(400, '');
  }
  const field = customName(body.name);
  if (ctx.store.customFieldsOf(entityType).has(field)) {
    return json(
      { messageTranslation: { label: 'fieldAlreadyExists', scope: 'FieldManager', data: { field, entityType } } },
      409,
      { 'X-Status-Reason': `Field '${field}' already exists in '${entityType}'.` },
    );
  }
  const params = Object.fromEntries(Object.entries(body).filter(([key, value]) =>
    !['name', 'label', 'tooltipText'].includes(key) && value !== null && value !== false));
  ctx.store.addCustomField(entityType, field);
  setPath(ctx.store.metadata, ['entityDefs', entityType, 'fields', field], { ...params, isCustom: true });
  if (typeof body.label === 'string') setPath(ctx.store.i18n, [entityType, 'fields', field], body.label);
  ctx.store.writes.push({ kind: 'createField', entityType, field, by: ctx.user.id });
  return json({ ...params, isCustom: true, ...(typeof body.label === 'string' ? { label: body.label } : {}) });
}
