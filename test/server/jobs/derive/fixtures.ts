/**
 * A small fleet of vehicles in the msw fake EspoCRM (replaying shared/espocrm-contract) for the derive job: one per
 * case of the rule, with what it should write as of TODAY worked out by hand in the comments.
 */
import { createEspoClient, RestGateway } from '../../../../src/server/espo';
import type { EspoClient } from '../../../../src/server/espo';
import { EspoDeriveSource } from '../../../../src/server/jobs/derive/espo-source';
import type { DeriveJobContext, DeriveLine } from '../../../../src/server/jobs/derive';
import { API_USER_ID, createFakeEspo, DEFAULT_USERS, FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import type { FakeEspo, FakeUser } from '../../../msw/fake-espo';
import type { server as mswServer } from '../../../msw/server';
import { instantRetry } from '../../espo/helpers';
import { scoringEntities } from '../score/fake-espo';
import { recordingContext } from '../../../support/recording-context';

export const TODAY = '2026-01-01';
export const T0 = new Date('2026-01-01T07:00:00Z');

/** Ids sort in the order they are listed, as EspoCRM's do. */
export const ID = {
  /** VP, diesel, MEC 2020-03-15, nothing derived yet: all three written. */
  fresh: 'v00000000000000a1',
  /** CTTE, electric, everything already right: no request. */
  upToDate: 'v00000000000000a2',
  /** No source at all, derived fields filled by an import: kept, never emptied. */
  imported: 'v00000000000000a3',
  /** CAM (a PL): its category written, its CT due date (the import's own rule) kept. */
  truck: 'v00000000000000a4',
  /** A MEC that is no date: reported and skipped, nothing written. */
  badMec: 'v00000000000000a5',
  /** No genre, stored category 2RM, a wrong energy family: only the family written, the CT left alone. */
  motorbike: 'v00000000000000a6',
  /** VP registered on a day to come: MEC + 4 years. */
  ordered: 'v00000000000000a7',
  /** No genre and no category (unknown: the CT rule applies), MEC 2015-07-10. */
  unknown: 'v00000000000000a8',
} as const;

/** Values that must never appear in a report, a line or an error. */
export const PERSONAL = { plate: 'ZZ999ZZ', vin: 'VF1ZZZ99999999999', name: 'Secretname Clio' } as const;

/** What the first run writes, worked out by hand (MEC + 4 years, then every 2, the first on or after TODAY). */
export const EXPECTED_CHANGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // 2024-03-15 is past, 2026-03-15 is the next.
  [ID.fresh]: { category: 'VP', energyFamily: 'DIESEL', nextCtDueDate: '2026-03-15' },
  [ID.truck]: { category: 'PL' },
  [ID.motorbike]: { energyFamily: 'ESSENCE' },
  [ID.ordered]: { category: 'VP', nextCtDueDate: '2030-03-01' },
  // 10 whole years on TODAY: the 10-year deadline 2025-07-10 is past, the next is 12 years.
  [ID.unknown]: { nextCtDueDate: '2027-07-10' },
};

type Row = Record<string, unknown> & { id: string };

export function seedVehicles(): Row[] {
  return [
    { id: ID.fresh, name: 'Peugeot 308', genre: 'VP', energyCode: 'GO', mecDate: '2020-03-15' },
    {
      id: ID.upToDate, name: 'Citroën Jumpy', genre: 'CTTE', category: 'VUL', energyCode: 'EL', energyFamily: 'ELECTRIQUE',
      mecDate: '2023-06-01', nextCtDueDate: '2027-06-01',
    },
    { id: ID.imported, name: 'Import', category: 'VP', energyFamily: 'ESSENCE', nextCtDueDate: '2027-05-05' },
    { id: ID.truck, name: 'Renault T', genre: 'CAM', mecDate: '2019-01-01', nextCtDueDate: '2026-02-01' },
    { id: ID.badMec, name: PERSONAL.name, plate: PERSONAL.plate, vin: PERSONAL.vin, genre: 'VP', mecDate: '2023-02-30' },
    { id: ID.motorbike, name: 'Yamaha', category: '2RM', energyCode: 'ES', energyFamily: 'DIESEL', mecDate: '2021-01-01' },
    { id: ID.ordered, name: 'Renault Clio', genre: 'VP', mecDate: '2026-03-01' },
    { id: ID.unknown, name: 'Ancien', mecDate: '2015-07-10' },
  ];
}

export interface DeriveHarness {
  readonly fake: FakeEspo;
  readonly client: EspoClient;
  readonly gateway: RestGateway;
  readonly source: EspoDeriveSource;
  /** PATCH requests the fake answered. */
  patches(): number;
  /** The update writes the fake performed. */
  updates(): { id: string; attributes: Readonly<Record<string, unknown>> }[];
  /** The derived fields a vehicle holds. */
  stored(id: string): Record<string, unknown>;
}

export interface HarnessOptions {
  /** Field-level security of the API user's role. */
  readonly fieldAcl?: FakeUser['fieldAcl'];
  readonly vehicles?: readonly Row[];
}

export function deriveHarness(server: typeof mswServer, options: HarnessOptions = {}): DeriveHarness {
  const { fieldAcl } = options;
  const users = fieldAcl === undefined ? DEFAULT_USERS : DEFAULT_USERS.map((user) => (user.id === API_USER_ID ? { ...user, fieldAcl } : user));
  const fake = createFakeEspo({ users, entities: scoringEntities(), now: () => T0 });
  server.use(...fake.handlers);
  fake.seed('AutoCibleVehicle', options.vehicles ?? seedVehicles());
  const client = createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: FAKE_CREDENTIALS.apiKey }, retry: instantRetry });
  const gateway = new RestGateway(client);
  return {
    fake, client, gateway, source: new EspoDeriveSource(gateway),
    patches: () => fake.requests.filter((r) => r.method === 'PATCH').length,
    updates: () => fake.writes.flatMap((w) => (w.kind === 'update' ? [{ id: w.id, attributes: w.attributes ?? {} }] : [])),
    stored: (id) => {
      const record: Readonly<Record<string, unknown>> = fake.store.find('AutoCibleVehicle', id) ?? {};
      return { category: record.category, energyFamily: record.energyFamily, nextCtDueDate: record.nextCtDueDate };
    },
  };
}

/** Records every line; `abortAfter` lines aborts the run (the batch under way still completes). */
export function deriveContext(overrides: Partial<DeriveJobContext> & { abortAfter?: number } = {}): DeriveJobContext & { lines: DeriveLine[] } {
  const { abortAfter, ...rest } = overrides;
  return { ...recordingContext<DeriveLine>(abortAfter), dryRun: false, ...rest };
}

/**
 * vehicles.csv of the tiny dataset (test/server/jobs/tiny-dataset.ts) for the derive job: out of id order, French
 * headers and a French date, one row the reader rejects. As of 2026-01-01: v…1 is up to date; v…2, a CAM, gets its
 * category and keeps its due date; v…3 gets VUL, DIESEL and MEC + 4 years.
 */
export const TINY_VEHICLES = [
  'id,Nom,Immatriculation,genre,category,energyCode,energyFamily,Date de mise en circulation,nextCtDueDate',
  'v0000000000000003,Jumpy,ZZ999ZZ,CTTE,,GO,,01/06/2023,',
  'v0000000000000001,Clio,AB123CD,VP,VP,ES,ESSENCE,2020-03-15,2026-03-15',
  // 31 April: rejected by the reader, left out and counted, its plate never printed.
  'v0000000000000004,Twingo,XY987ZT,VP,,,,31/04/2021,',
  'v0000000000000002,Renault T,,CAM,,,,,2026-02-01',
].join('\n');
