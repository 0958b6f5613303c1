import { describe, expect, it } from 'vitest';
import { EspoHttpError, where } from '../../../src/server/espo';
import { contact, account } from '../../fixtures/espo-records';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();

describe('EspoCRM client: records', () => {
  it('lists with select, where, order and page size, and reads the total', async () => {
    const fake = installFake(server);
    fake.seed('Contact', [contact({ lastName: 'Martin' }), contact({ lastName: 'Bernard' }), contact({ lastName: 'Martin', firstName: 'Zoé' })]);
    const page = await apiClient(fake).list('Contact', {
      select: ['firstName', 'lastName'], where: [where.equals('lastName', 'martin')], orderBy: 'firstName', order: 'asc', maxSize: 1,
    });
    expect(page.total).toBe(2);
    expect(page.list).toHaveLength(1);
    expect(page.list[0]).toMatchObject({ firstName: 'Camille', lastName: 'Martin' });
    expect(fake.requests.at(-1)?.search).toContain('where[0][type]=equals&where[0][attribute]=lastName&where[0][value]=martin');
    const second = await apiClient(fake).list('Contact', {
      where: [where.equals('lastName', 'martin')], orderBy: 'firstName', order: 'asc', maxSize: 1, offset: 1,
    });
    expect(second.list[0]).toMatchObject({ firstName: 'Zoé' });
  });

  it('gets one record by id', async () => {
    const fake = installFake(server);
    const [seeded] = fake.seed('Contact', [contact({ lastName: 'Petit' })]);
    const record = await apiClient(fake).get('Contact', seeded?.id ?? '');
    expect(record).toMatchObject({ id: seeded?.id, lastName: 'Petit' });
  });

  it('creates a record and answers the created record (EspoCRM says 200, not 201)', async () => {
    const fake = installFake(server);
    const [garage] = fake.seed('Account', [account({ name: 'Garage Dupont', type: 'Customer' })]);
    const created = await apiClient(fake).create('Contact', { firstName: 'Léa', lastName: 'Roux', accountId: garage?.id });
    expect(created).toMatchObject({ name: 'Léa Roux', accountName: 'Garage Dupont', accountType: 'Customer' });
    expect(fake.writes).toEqual([expect.objectContaining({ kind: 'create', entityType: 'Contact', id: created.id })]);
  });

  it('reports a duplicate as a 409 carrying only the duplicates ids', async () => {
    const fake = installFake(server);
    const [existing] = fake.seed('Contact', [contact({ emailAddress: 'lea@exemple.fr' })]);
    const error = await rejectionOf(apiClient(fake).create('Contact', { lastName: 'Autre', emailAddress: 'lea@exemple.fr' }));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 409, statusReason: 'duplicate', entityType: 'Contact', duplicates: [{ id: existing?.id }] });
    expect(JSON.stringify(error)).not.toContain('lea@exemple.fr');
  });

  it('creates despite a duplicate when asked to skip the check (X-Skip-Duplicate-Check)', async () => {
    const fake = installFake(server);
    fake.seed('Contact', [contact({ emailAddress: 'lea@exemple.fr' })]);
    const created = await apiClient(fake).create('Contact', { lastName: 'Autre', emailAddress: 'lea@exemple.fr' }, { skipDuplicateCheck: true });
    expect(created.id).toMatch(/^7/u);
    expect(fake.requests.at(-1)?.headers['x-skip-duplicate-check']).toBe('true');
  });

  it('reports the failed validation field and type of a 400', async () => {
    const fake = installFake(server);
    const error = await rejectionOf(apiClient(fake).create('Contact', { firstName: 'Sans', salutationName: 'Captain' }));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 400, validation: { field: 'lastName', type: 'required' } });
  });

  it('updates with PATCH and only the given attributes', async () => {
    const fake = installFake(server);
    const [seeded] = fake.seed('Contact', [contact({ title: 'Gérant', description: 'inchangée' })], { derive: true });
    const id = seeded?.id ?? '';
    const updated = await apiClient(fake).update('Contact', id, { title: 'Directeur' });
    expect(updated).toMatchObject({ id, title: 'Directeur', description: 'inchangée' });
    expect(fake.requests.at(-1)?.method).toBe('PATCH');
    expect(fake.writes.at(-1)).toMatchObject({ kind: 'update', id, attributes: { title: 'Directeur' } });
  });

  it('deletes a record', async () => {
    const fake = installFake(server);
    const [seeded] = fake.seed('Contact', [contact()]);
    await apiClient(fake).delete('Contact', seeded?.id ?? '');
    expect(fake.store.find('Contact', seeded?.id ?? '')).toBeUndefined();
  });

  it('turns a 404 into an EspoHttpError with the reason header and the record id', async () => {
    const fake = installFake(server);
    const error = await rejectionOf(apiClient(fake).get('Contact', 'missing0000000000'));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 404, statusText: 'Not Found', entityType: 'Contact', id: 'missing0000000000',
      statusReason: 'Record missing0000000000 does not exist.', method: 'GET', path: 'Contact/missing0000000000' });
  });

  it('refuses a page size above 200 before sending anything', async () => {
    const fake = installFake(server);
    await expect(apiClient(fake).list('Contact', { maxSize: 201 })).rejects.toMatchObject({ code: 'DOMAIN_INPUT_INVALID', input: 'maxSize' });
    expect(fake.requests).toHaveLength(0);
  });
});
