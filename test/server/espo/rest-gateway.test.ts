import { describe, expect, it } from 'vitest';
import { createEspoClient, EspoFieldsNotStoredError, EspoHttpError, RestGateway } from '../../../src/server/espo';
import { contact } from '../../fixtures/espo-records';
import { DEFAULT_USERS } from '../../msw/fake-espo';
import type { FakeUser } from '../../msw/fake-espo';
import { useMswServer } from '../../msw/server';
import { describeGatewayConformance } from './gateway-conformance';
import { installFake, instantRetry, rejectionOf } from './helpers';

const server = useMswServer();

const FULL = { create: 'yes', read: 'all', edit: 'all', delete: 'all' } as const;

/** The API user the jobs are meant to run as (README, "The API user and its role"): scopes + Data Privacy permission. */
const jobUser: FakeUser = {
  id: '6b02c90189922aeb0', userName: 'autocible', name: 'AutoCible', type: 'api', apiKey: 'fake-api-key-autocible',
  acl: { Contact: FULL, Lead: FULL, Account: FULL, TargetList: FULL, AutoCibleVehicle: FULL, Activities: true },
  dataPrivacyPermission: 'yes',
};

function restHarness(seed: Readonly<Record<string, readonly Record<string, unknown>[]>>, user: FakeUser = jobUser) {
  const fake = installFake(server, { users: [...DEFAULT_USERS, user] });
  for (const [entityType, records] of Object.entries(seed)) fake.seed(entityType, records, { derive: true });
  const client = createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: 'fake-api-key-autocible' }, retry: instantRetry });
  return { fake, gateway: new RestGateway(client) };
}

describeGatewayConformance('REST (through msw against the fake EspoCRM)', (seed) => {
  const { fake, gateway } = restHarness(seed);
  return {
    gateway,
    insert: (entityType, record) => void fake.seed(entityType, [record], { derive: true }),
    remove: (entityType, id) => fake.store.remove(entityType, id),
    writeCount: () => fake.writes.length,
  };
});

describe('REST gateway specifics', () => {
  it('sends its updates with X-Skip-Duplicate-Check, so a duplicate check on update cannot stop a job', async () => {
    const { fake, gateway } = restHarness({ Contact: [contact({ id: 'c1' })] });
    await gateway.update('Contact', 'c1', { title: 'Acheteur' });
    const patch = fake.requests.find((request) => request.method === 'PATCH');
    expect(patch?.headers['x-skip-duplicate-check']).toBe('true');
  });

  it('sends the modifiedSince filter as a UTC greaterThanOrEquals on modifiedAt', async () => {
    const { fake, gateway } = restHarness({ Contact: [contact()] });
    for await (const record of gateway.iterate('Contact', { select: ['id'], modifiedSince: new Date('2026-06-01T02:00:00+02:00') })) void record;
    expect(decodeURIComponent(fake.requests[0]?.search ?? '')).toContain(
      'where[0][type]=greaterThanOrEquals&where[0][attribute]=modifiedAt&where[0][value]=2026-06-01 00:00:00');
  });

  it('throws EspoFieldsNotStoredError, naming the fields, when the role may not edit them and EspoCRM drops them without an error', async () => {
    const readOnlyScore: FakeUser = { ...jobUser, fieldAcl: { Contact: { title: { edit: 'no' } } } };
    const { fake, gateway } = restHarness({ Contact: [contact({ id: 'c1', title: 'Acheteur' })] }, readOnlyScore);
    // A core field is not checked (EspoCRM derives some); the Vehicle entity's own fields all are.
    await gateway.update('Contact', 'c1', { title: 'Gérant' });
    expect(fake.store.find('Contact', 'c1')?.title).toBe('Acheteur');
    const dropping: FakeUser = { ...jobUser, fieldAcl: { AutoCibleVehicle: { mileage: { edit: 'no' } } } };
    const other = restHarness({ AutoCibleVehicle: [{ id: 'v1', name: 'Clio', mileage: 1000 }] }, dropping);
    const error = await rejectionOf(other.gateway.update('AutoCibleVehicle', 'v1', { name: 'Clio V', mileage: 2000 }));
    expect(error).toBeInstanceOf(EspoFieldsNotStoredError);
    expect(error).toMatchObject({ code: 'ESPO_FIELDS_NOT_STORED', entityType: 'AutoCibleVehicle', id: 'v1', fields: ['mileage'] });
    expect(other.fake.store.find('AutoCibleVehicle', 'v1')).toMatchObject({ name: 'Clio V', mileage: 1000 });
  });

  it('lets errors other than 404 through as EspoHttpError', async () => {
    const { gateway } = restHarness({});
    const error = await rejectionOf(gateway.get('Call', 'c1'));
    expect(error).toBeInstanceOf(EspoHttpError);
    expect(error).toMatchObject({ status: 403 });
  });
});
