/**
 * The msw fake EspoCRM with the AutoCible extension installed: Contact, Lead and Account carry the catalogue
 * fields the score job reads and writes, `AutoCibleVehicle` has the catalogue's vehicle fields, and `Webhook`
 * records can be read back (GET Webhook/{id}) as the API user's own.
 */
import { createEspoClient, RestGateway } from '../../../../src/server/espo';
import type { EspoClient } from '../../../../src/server/espo';
import { recordAttributes, VEHICLE_ATTRIBUTES } from '../../../../src/server/jobs/score';
import { API_USER_ID, createFakeEspo, DEFAULT_ENTITY_DEFS, DEFAULT_USERS, FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import type { FakeEntityDef, FakeEspo, FakeUser } from '../../../msw/fake-espo';
import { nulls } from '../../../msw/fake-espo/entities/common';
import type { server as mswServer } from '../../../msw/server';
import { instantRetry } from '../../espo/helpers';

function withFields(def: FakeEntityDef, attributes: readonly string[]): FakeEntityDef {
  return { ...def, attributes: { ...nulls(...attributes), ...def.attributes } };
}

const webhookDef: FakeEntityDef = {
  entityType: 'Webhook',
  attributes: { id: '', ...nulls('event', 'url', 'entityType', 'type', 'field', 'createdAt', 'modifiedAt', 'createdById'), isActive: true, skipOwn: false },
  detailOnly: {},
  createKeys: ['id'],
  listAlways: [],
  defaultOrderBy: 'createdAt',
  defaultOrder: 'desc',
};

export function scoringEntities(): FakeEntityDef[] {
  return [
    ...DEFAULT_ENTITY_DEFS.map((def) => {
      if (def.entityType === 'Contact' || def.entityType === 'Lead' || def.entityType === 'Account') return withFields(def, recordAttributes(def.entityType));
      if (def.entityType === 'AutoCibleVehicle') return { ...withFields(def, [...VEHICLE_ATTRIBUTES, 'name']), enums: {} };
      return def;
    }),
    webhookDef,
  ];
}

export interface RestHarness {
  readonly fake: FakeEspo;
  readonly client: EspoClient;
  readonly gateway: RestGateway;
  /** PATCH requests the fake answered. */
  patches(): number;
}

/** `fieldAcl`: the field-level security of the API user's role (fields it may not edit are dropped silently). */
export function restHarness(server: typeof mswServer, records: Readonly<Record<string, readonly Record<string, unknown>[]>>, now?: () => Date, fieldAcl?: FakeUser['fieldAcl']): RestHarness {
  const users = fieldAcl === undefined ? DEFAULT_USERS : DEFAULT_USERS.map((user) => (user.id === API_USER_ID ? { ...user, fieldAcl } : user));
  const fake = createFakeEspo({ users, entities: scoringEntities(), ...(now ? { now } : {}) });
  server.use(...fake.handlers);
  for (const [entityType, list] of Object.entries(records)) fake.seed(entityType, list);
  const client = createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: FAKE_CREDENTIALS.apiKey }, retry: instantRetry });
  return { fake, client, gateway: new RestGateway(client), patches: () => fake.requests.filter((r) => r.method === 'PATCH').length };
}
