import { describe, expect, it } from 'vitest';
import { EspoHttpError } from '../../../src/server/espo';
import { contact } from '../../fixtures/espo-records';
import { useMswServer } from '../../msw/server';
import { adminClient, apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();

describe('EspoCRM client: metadata, user, settings, privacy, notes, webhooks', () => {
  it('reads metadata by key, the API user with its acl, i18n and settings', async () => {
    const fake = installFake(server);
    fake.setMetadata('entityDefs.Contact.fields.autoCibleScore', { type: 'int' });
    fake.store.i18n.Contact = { fields: { autoCibleScore: 'Score' } };
    const client = apiClient(fake);
    expect(await client.getMetadata('entityDefs.Contact.fields.autoCibleScore')).toEqual({ type: 'int' });
    expect(await client.getMetadata('entityDefs.Nothing')).toBeNull();
    const me = await client.getAppUser();
    expect(me.user).toMatchObject({ userName: 'harness-api', type: 'api' });
    expect(me.acl.table.Contact).toMatchObject({ read: 'all', edit: 'all' });
    expect(me.acl.table.Call).toBeUndefined();
    expect(await client.getI18n()).toMatchObject({ Contact: { fields: { autoCibleScore: 'Score' } } });
    expect((await client.getSettings()).version).toBe('9.2.7');
  });

  it('erases personal data: e-mail opted out, phone renamed but not opted out, stream untouched', async () => {
    const fake = installFake(server);
    const [person] = fake.seed('Contact', [contact({ addressCity: 'Lyon' })], { derive: true });
    const id = person?.id ?? '';
    fake.seedNote({ type: 'Post', parentType: 'Contact', parentId: id, post: 'rappeler camille@exemple.fr' });
    const admin = adminClient(fake);
    await admin.erasePersonalData('Contact', id, ['emailAddress', 'phoneNumber', 'address']);
    const after = await admin.get('Contact', id);
    expect(after.emailAddress).toMatch(/^ERASED:/u);
    expect(after.emailAddressIsOptedOut).toBe(true);
    expect(after.phoneNumber).toMatch(/^ERASED:/u);
    expect(after.phoneNumberIsOptedOut).toBe(false);
    expect(after.addressCity).toBeNull();
    expect(after.lastName).toBe(person?.lastName);
    expect((await admin.listStream('Contact', id)).list.map((n) => n.post)).toEqual(['rappeler camille@exemple.fr']);
    expect(fake.writes.filter((w) => w.kind === 'erase')).toEqual([
      expect.objectContaining({ entityType: 'Contact', id, fieldList: ['emailAddress', 'phoneNumber', 'address'] }),
    ]);
  });

  it('refuses an erase without the Data Privacy permission (403) and an empty field list locally', async () => {
    const fake = installFake(server);
    const [person] = fake.seed('Contact', [contact()]);
    const error = await rejectionOf(apiClient(fake).erasePersonalData('Contact', person?.id ?? '', ['emailAddress']));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403 });
    await expect(apiClient(fake).erasePersonalData('Contact', person?.id ?? '', [])).rejects.toMatchObject({ input: 'fieldList' });
    expect(fake.writes).toEqual([]);
  });

  it('posts a note, lists the stream newest first, and deletes its own note', async () => {
    const fake = installFake(server);
    const [person] = fake.seed('Contact', [contact()]);
    const id = person?.id ?? '';
    const client = apiClient(fake);
    const first = await client.createNote({ parentType: 'Contact', parentId: id, post: 'AutoCible : score recalculé' });
    const second = await client.createNote({ parentType: 'Contact', parentId: id, post: 'second' });
    expect((await client.listStream('Contact', id)).list.map((n) => n.id)).toEqual([second.id, first.id]);
    await client.deleteNote(first.id);
    expect((await client.listStream('Contact', id)).total).toBe(1);
  });

  it('cannot delete a note written by someone else (403)', async () => {
    const fake = installFake(server);
    const [person] = fake.seed('Contact', [contact()]);
    const note = fake.seedNote({ parentType: 'Contact', parentId: person?.id, createdById: 'someone-else00000' });
    const error = await rejectionOf(apiClient(fake).deleteNote(note.id));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403, statusReason: 'No delete access.', entityType: 'Note', id: note.id });
  });

  it('creates a webhook (201 with its secret key) and deletes it; an unknown event is a 403', async () => {
    const fake = installFake(server);
    const client = apiClient(fake);
    const hook = await client.createWebhook({ event: 'Contact.update', url: 'https://hooks.exemple.fr/espo' });
    expect(hook).toMatchObject({ event: 'Contact.update', isActive: true });
    expect(hook.secretKey).toMatch(/^[0-9a-f]{32}$/u);
    await client.deleteWebhook(hook.id);
    const error = await rejectionOf(client.createWebhook({ event: 'Contact.explode', url: 'https://hooks.exemple.fr/espo' }));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403, statusReason: 'Not supported event.' });
  });
});
