/**
 * The population behind both gateways: the memory gateway (offline runs) and the REST gateway through msw
 * against the fake EspoCRM, which records every write and erase.
 */
import { getEntity } from '../../../../src/core/catalogue';
import { createEspoClient, DEFAULT_LINKS, MemoryGateway, RestGateway } from '../../../../src/server/espo';
import type { EspoGateway } from '../../../../src/server/espo';
import { ADMIN_ID, DEFAULT_USERS } from '../../../msw/fake-espo';
import type { FakeEspo, FakeUser } from '../../../msw/fake-espo';
import type { server as mswServer } from '../../../msw/server';
import { installFake, instantRetry } from '../../espo/helpers';
import { CALLS, CONTACTS, EMAILS, IDS, LEADS, MEETINGS, OPPORTUNITIES, VEHICLES } from './population';

const FULL = { create: 'yes', read: 'all', edit: 'all', delete: 'all' } as const;
const READ = { create: 'no', read: 'all', edit: 'no', delete: 'no' } as const;

/**
 * The API user of the jobs (README, "What the API user needs"): read on activities, read on Users (whose
 * addresses `retention apply` must not erase), Data Privacy permission, not an admin.
 */
export const JOB_USER: FakeUser = {
  id: '6b02c90189922aeb0', userName: 'autocible', name: 'AutoCible', type: 'api', apiKey: 'fake-api-key-autocible',
  acl: { Contact: FULL, Lead: FULL, Account: FULL, Opportunity: READ, AutoCibleVehicle: FULL, Email: READ, Call: READ, Meeting: READ, User: READ },
  dataPrivacyPermission: 'yes',
};

/** A note an administrator typed, naming the person: the job user may not delete it. */
export const ADMIN_NOTE = { id: '6d000000000000701', type: 'Post', parentType: 'Contact', parentId: IDS.expiredProspect, post: 'Rappeler eric.fixture@exemple.fr', createdById: ADMIN_ID };
/** A note the job user itself posted on the same record: it may delete it. */
export const OWN_NOTE = { id: '6d000000000000702', type: 'Post', parentType: 'Contact', parentId: IDS.expiredProspect, post: 'Relance Eric Fixture', createdById: JOB_USER.id };

export interface Harness {
  readonly kind: 'memory' | 'rest';
  readonly gateway: EspoGateway;
  /** Erases the backend performed, in order. */
  erases(): { entityType: string; id: string; fieldList: readonly string[] }[];
  /** Every write (updates, erases, note deletions), as a count. */
  writeCount(): number;
  /** Ids of the records written to (updated, erased, deleted). */
  writtenIds(): string[];
  record(entityType: string, id: string): Promise<Record<string, unknown> | null>;
  noteIds(): string[];
}

const withoutPerson = <T extends { person: string }>({ person: _person, ...rest }: T) => rest;

export function memoryHarness(): Harness {
  const attendee = { contacts: { kind: 'belongsTo', entity: 'Contact', key: 'personId' } } as const;
  const gateway = new MemoryGateway({
    records: {
      Contact: CONTACTS, Lead: LEADS, AutoCibleVehicle: VEHICLES, Opportunity: OPPORTUNITIES, Email: EMAILS,
      Call: CALLS.map((c) => ({ ...withoutPerson(c), personId: c.person })), Meeting: MEETINGS.map((m) => ({ ...withoutPerson(m), personId: m.person })),
      Note: [{ ...ADMIN_NOTE, number: 1 }, { ...OWN_NOTE, number: 2 }],
    },
    // The memory gateway relates Call/Meeting attendees through a key here (its many-to-many store is internal).
    links: { ...DEFAULT_LINKS, Call: attendee, Meeting: attendee },
    userId: JOB_USER.id,
    now: () => new Date('2026-06-30T08:00:00Z'),
  });
  return {
    kind: 'memory',
    gateway,
    erases: () => gateway.writes.flatMap((w) => (w.kind === 'erase' ? [{ entityType: w.entityType, id: w.id, fieldList: w.fieldList }] : [])),
    writeCount: () => gateway.writes.length,
    writtenIds: () => gateway.writes.flatMap((w) => ('id' in w ? [w.id] : [])),
    record: async (entityType, id) => gateway.get(entityType, id),
    noteIds: () => gateway.records('Note').map((n) => n.id),
  };
}

function addCatalogueFields(fake: FakeEspo): void {
  for (const entityType of ['Contact', 'Lead', 'AutoCibleVehicle'] as const) {
    for (const field of getEntity(entityType).fields) fake.store.addCustomField(entityType, field.type === 'link' ? `${field.name}Id` : field.name);
  }
  fake.store.addCustomField('Opportunity', 'contactId');
  // The extension's vehicle is a `Base` entity: it has the template's free-text `description` (shipped entityDefs).
  fake.store.addCustomField('AutoCibleVehicle', 'description');
  // EspoCRM's Lead has an address; the fake's Lead definition does not, so it is added here.
  for (const part of ['Street', 'City', 'State', 'Country', 'PostalCode']) fake.store.addCustomField('Lead', `address${part}`);
}

export function restHarness(server: typeof mswServer, user: FakeUser = JOB_USER): Harness & { fake: FakeEspo } {
  const fake = installFake(server, { users: [...DEFAULT_USERS, user] });
  addCatalogueFields(fake);
  fake.seed('Contact', CONTACTS, { derive: true });
  fake.seed('Lead', LEADS, { derive: true });
  fake.seed('AutoCibleVehicle', VEHICLES, { derive: true });
  fake.seed('Opportunity', OPPORTUNITIES, { derive: true });
  fake.seed('Email', EMAILS, { derive: true });
  for (const call of CALLS) {
    fake.seed('Call', [withoutPerson(call)]);
    fake.link('Call', call.id, 'contacts', [call.person]);
  }
  for (const meeting of MEETINGS) {
    fake.seed('Meeting', [withoutPerson(meeting)]);
    fake.link('Meeting', meeting.id, 'contacts', [meeting.person]);
  }
  fake.seedNote(ADMIN_NOTE);
  fake.seedNote(OWN_NOTE);
  const client = createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: user.apiKey ?? '' }, retry: instantRetry });
  return {
    kind: 'rest',
    fake,
    gateway: new RestGateway(client),
    erases: () => fake.writes.flatMap((w) => (w.kind === 'erase' ? [{ entityType: w.entityType, id: w.id, fieldList: w.fieldList }] : [])),
    writeCount: () => fake.writes.length,
    writtenIds: () => fake.writes.flatMap((w) => ('id' in w ? [w.id] : [])),
    record: async (entityType, id) => fake.store.find(entityType, id) ?? null,
    noteIds: () => fake.store.all('Note').map((n) => n.id),
  };
}
