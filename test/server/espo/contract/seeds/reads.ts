import { ADMIN_ID } from '../../../../msw/fake-espo';
import { setPath } from '../../../../msw/fake-espo/metadata';
import type { SeedContext } from './common';
import { isObject, listOf, str } from './common';

/**
 * `GET Contact/{id}` after an erase: seeds the record as it was BEFORE (e-mail, phone, address filled in), then
 * erases through the fake, so the replayed read shows the fake's own erase semantics.
 */
export async function seedErasedRecord(ctx: SeedContext): Promise<void> {
  const [entityType = '', id = ''] = ctx.segments;
  const after = isObject(ctx.recording.response.body) ? ctx.recording.response.body : {};
  for (const field of Object.keys(after).filter((key) => /^c[A-Z]/u.test(key))) ctx.fake.store.addCustomField(entityType, field);
  ctx.fake.seed(entityType, [{
    ...after, id, emailAddress: 'eric.erase@fixture.example', phoneNumber: '+33 6 12 34 56 78', addressStreet: '1 rue de la Paix',
    addressCity: 'Paris', addressPostalCode: '75002', addressCountry: 'France', emailAddressIsOptedOut: false,
  }], { derive: true });
  const admin = Buffer.from(`admin:${ctx.fake.store.userList().find((u) => u.id === ADMIN_ID)?.password ?? ''}`).toString('base64');
  const response = await fetch(`${ctx.fake.apiUrl}DataPrivacy/action/erase`, {
    method: 'POST', headers: { 'Espo-Authorization': admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ entityType, id, fieldList: ['emailAddress', 'phoneNumber', 'address'] }),
  });
  if (response.status !== 200) throw new Error(`seed erase failed with ${response.status}`);
}

/** `GET {Entity}/{id}/stream`: the parent and its notes as recorded. */
export function seedStream(ctx: SeedContext): void {
  const [entityType = '', id = ''] = ctx.segments;
  ctx.fake.seed(entityType, [{ id, name: 'Stream parent' }]);
  for (const note of [...listOf(ctx.recording.response.body)].reverse()) ctx.fake.seedNote(note);
}

/** `GET Metadata?key=…` and `GET I18n` (truncated recordings): the recorded data at its key. */
export function seedMeta(ctx: SeedContext): void {
  const body = ctx.recording.response.body;
  if (ctx.segments[0] === 'I18n' && isObject(body)) Object.assign(ctx.fake.store.i18n, structuredClone(body));
  const key = str(ctx.query.key);
  if (ctx.segments[0] === 'Metadata' && key !== null) setPath(ctx.fake.store.metadata, key.split('.'), structuredClone(body));
}

/** `POST Admin/fieldManager/{Entity}` answered 409: the field exists already. */
export function seedExistingField(ctx: SeedContext): void {
  const data = isObject(ctx.recording.response.body) && isObject(ctx.recording.response.body.messageTranslation)
    ? ctx.recording.response.body.messageTranslation.data : undefined;
  if (isObject(data)) ctx.fake.store.addCustomField(String(data.entityType), String(data.field));
}

