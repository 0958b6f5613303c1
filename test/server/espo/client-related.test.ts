import { describe, expect, it } from 'vitest';
import { EspoHttpError, where } from '../../../src/server/espo';
import { account, contact, targetList, vehicle } from '../../fixtures/espo-records';
import { useMswServer } from '../../msw/server';
import { apiClient, installFake, rejectionOf } from './helpers';

const server = useMswServer();

describe('EspoCRM client: relationships and mass update', () => {
  it('links contacts to a target list, lists them with the opt-out column, and unlinks one', async () => {
    const fake = installFake(server);
    const [list] = fake.seed('TargetList', [targetList()]);
    const people = fake.seed('Contact', [contact(), contact(), contact()]);
    const client = apiClient(fake);
    const listId = list?.id ?? '';
    await client.link('TargetList', listId, 'contacts', people.map((p) => p.id));
    await client.unlink('TargetList', listId, 'contacts', people[2]?.id ?? '');
    const related = await client.listRelated('TargetList', listId, 'contacts', { select: ['lastName'] });
    expect(related.list.map((r) => r.id).sort()).toEqual([people[0]?.id, people[1]?.id].sort());
    expect(related.list[0]).toMatchObject({ targetListIsOptedOut: false });
    expect(fake.writes.map((w) => w.kind)).toEqual(['link', 'unlink']);
  });

  it('relates every record matching a where (massRelate)', async () => {
    const fake = installFake(server);
    const [list] = fake.seed('TargetList', [targetList()]);
    const [lyon] = fake.seed('Contact', [contact({ addressCity: 'Lyon' }), contact({ addressCity: 'Paris' })]);
    await apiClient(fake).massRelate('TargetList', list?.id ?? '', 'contacts', [where.equals('addressCity', 'Lyon')]);
    expect(fake.writes.at(-1)).toMatchObject({ kind: 'link', ids: [lyon?.id] });
  });

  it('lists a contact’s vehicles through the has-many link', async () => {
    const fake = installFake(server);
    const [owner] = fake.seed('Contact', [contact()]);
    fake.seed('AutoCibleVehicle', [vehicle({ contactId: owner?.id }), vehicle()]);
    const related = await apiClient(fake).listRelated('Contact', owner?.id ?? '', 'autoCibleVehicles', { select: ['plate'] });
    expect(related.total).toBe(1);
  });

  it('mass-updates by ids and answers the count and ids', async () => {
    const fake = installFake(server);
    const people = fake.seed('Contact', [contact(), contact(), contact()]);
    const ids = people.slice(0, 2).map((p) => p.id);
    const result = await apiClient(fake).massUpdate('Contact', { ids }, { doNotCall: true });
    expect(result).toEqual({ count: 2, ids });
    expect(fake.store.find('Contact', people[2]?.id ?? '')?.doNotCall).toBe(false);
    expect(fake.store.find('Contact', ids[0] ?? '')?.doNotCall).toBe(true);
  });

  it('mass-updates by where and answers the count only', async () => {
    const fake = installFake(server);
    fake.seed('Contact', [contact({ emailAddress: 'a@garage.fr' }), contact({ emailAddress: 'b@autre.fr' })]);
    const result = await apiClient(fake).massUpdate('Contact', { where: [where.endsWith('emailAddress', '@garage.fr')] }, { description: 'x' });
    expect(result).toEqual({ count: 1 });
  });

  it('answers 403 when the role has no access to the scope', async () => {
    const fake = installFake(server);
    const [garage] = fake.seed('Account', [account()]);
    const client = apiClient(fake, { auth: { kind: 'apiKey', apiKey: 'fake-api-key-noaccess' } });
    const error = await rejectionOf(client.listRelated('Account', garage?.id ?? '', 'contacts'));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403, statusReason: 'No read access.', entityType: 'Account' });
  });
});
