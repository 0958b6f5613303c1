/**
 * A small dealership in the msw fake EspoCRM (replaying shared/espocrm-contract) for the VMC job: contacts of each
 * customer kind, accounts with and without won opportunities, lost and open ones that must not count. Values are
 * worked out by hand in the comments, with the built-in defaults (src/core/vmc/defaults.ts).
 */
import { createEspoClient, RestGateway } from '../../../../src/server/espo';
import type { EspoClient } from '../../../../src/server/espo';
import { EspoVmcSource } from '../../../../src/server/jobs/vmc/espo-source';
import type { VmcJobContext, VmcLine } from '../../../../src/server/jobs/vmc';
import { API_USER_ID, createFakeEspo, DEFAULT_USERS, FAKE_CREDENTIALS } from '../../../msw/fake-espo';
import type { FakeEspo, FakeUser } from '../../../msw/fake-espo';
import type { server as mswServer } from '../../../msw/server';
import { instantRetry } from '../../espo/helpers';
import { scoringEntities } from '../score/fake-espo';
import { recordingContext } from '../../../support/recording-context';

/** 2022-01-01 → 2026-01-01 is 1 461 days: exactly 4 years of 365.25 days. */
export const TODAY = '2026-01-01';
export const T0 = new Date('2026-01-01T07:00:00Z');

/** Ids sort in the order they are listed, as EspoCRM's do. */
export const ID = {
  /** PARTICULIER, two won opportunities four years apart. */
  private: 'c00000000000000a1',
  /** PROFESSIONNEL, of the fleet account, no opportunity of its own. */
  pro: 'c00000000000000a2',
  /** No customer kind, of the fleet account: a private customer for the panel. */
  noKind: 'c00000000000000a3',
  fleet: 'a00000000000000b1',
  /** No opportunity at all. */
  lone: 'a00000000000000b2',
} as const;

/** A last name that must never appear in a report, a log line or an error. */
export const PERSONAL_NAME = 'Secretname';

/** Hand-computed values of each record with the built-in defaults, as of TODAY. */
export const EXPECTED = {
  // f = 2 / 4 years = 0.5, m = 10 000 (the converted amount of the USD sale); r 60 %, P 6, 15 € / 2 %, margin 12 %.
  // 0.5 × 10 000 + 10 000 × 0.6 × 5 = 35 000; − 750 = 34 250; margin m 1 200: 600 + 1 200 × 3 = 4 200; − 750 = 3 450.
  [ID.private]: { vmcBrute: 35_000, vmcNette: 34_250, vmcMarge: 4_200, vmcNetteMarge: 3_450 },
  // Professional defaults: 4 × 8 000 + 8 000 × 0.7 × 3 = 48 800; − 60 / 5 % = 47 600; margin 640: 2 560 + 1 344 = 3 904; 2 704.
  [ID.pro]: { vmcBrute: 48_800, vmcNette: 47_600, vmcMarge: 3_904, vmcNetteMarge: 2_704 },
  // Private defaults: 1.2 × 3 000 + 3 000 × 0.6 × 5 = 12 600; − 750 = 11 850; margin 360: 432 + 1 080 = 1 512; 762.
  [ID.noKind]: { vmcBrute: 12_600, vmcNette: 11_850, vmcMarge: 1_512, vmcNetteMarge: 762 },
  // One sale of 20 000 half a year ago, read over the one-year minimum: 20 000 + 20 000 × 2.1 = 62 000; − 1 200 = 60 800;
  // margin 1 600: 1 600 + 3 360 = 4 960; 3 760.
  [ID.fleet]: { vmcBrute: 62_000, vmcNette: 60_800, vmcMarge: 4_960, vmcNetteMarge: 3_760 },
  [ID.lone]: { vmcBrute: 48_800, vmcNette: 47_600, vmcMarge: 3_904, vmcNetteMarge: 2_704 },
} as const;

type Row = Record<string, unknown> & { id: string };

export function seedRecords(): Record<'Contact' | 'Account' | 'Opportunity', Row[]> {
  return {
    Contact: [
      { id: ID.private, firstName: 'Julie', lastName: PERSONAL_NAME, autoCibleCustomerKind: 'PARTICULIER' },
      { id: ID.pro, lastName: 'Martin', autoCibleCustomerKind: 'PROFESSIONNEL', accountId: ID.fleet },
      { id: ID.noKind, lastName: 'Petit', accountId: ID.fleet },
    ],
    Account: [
      { id: ID.fleet, name: 'Transports Martin' },
      { id: ID.lone, name: 'Plomberie Petit' },
    ],
    Opportunity: [
      { id: 'o00000000000000c1', name: 'Vente VN', stage: 'Closed Won', amount: 10_000, amountConverted: 10_000, amountCurrency: 'EUR', closeDate: '2022-01-01' },
      { id: 'o00000000000000c2', name: 'Vente VO', stage: 'Closed Won', amount: 11_000, amountConverted: 10_000, amountCurrency: 'USD', closeDate: '2024-01-01' },
      { id: 'o00000000000000c3', name: 'Perdue', stage: 'Closed Lost', amount: 5_000, amountConverted: 5_000, amountCurrency: 'EUR', closeDate: '2025-01-01' },
      { id: 'o00000000000000c4', name: 'Flotte', stage: 'Closed Won', amount: 20_000, amountConverted: 20_000, amountCurrency: 'EUR', closeDate: '2025-07-01', accountId: ID.fleet },
      { id: 'o00000000000000c5', name: 'En cours', stage: 'Negotiation', amount: 90_000, amountConverted: 90_000, amountCurrency: 'EUR', closeDate: '2025-12-01', accountId: ID.fleet },
    ],
  };
}

export interface VmcHarness {
  readonly fake: FakeEspo;
  readonly client: EspoClient;
  readonly gateway: RestGateway;
  readonly source: EspoVmcSource;
  /** PATCH requests the fake answered. */
  patches(): number;
  /** The update writes the fake performed. */
  updates(): { id: string; attributes: Readonly<Record<string, unknown>> }[];
}

export interface HarnessOptions {
  /** The installation's `recordListMaxSizeLimit`. */
  readonly recordListMaxSizeLimit?: number;
  /** Field-level security of the API user's role. */
  readonly fieldAcl?: FakeUser['fieldAcl'];
  /** Config params as an administrator saved them (the VMC defaults form). */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** The fake with the AutoCible fields on Contact and Account, seeded; the private contact linked to its three sales. */
export function vmcHarness(server: typeof mswServer, options: HarnessOptions = {}): VmcHarness {
  const { fieldAcl } = options;
  const users = fieldAcl === undefined ? DEFAULT_USERS : DEFAULT_USERS.map((user) => (user.id === API_USER_ID ? { ...user, fieldAcl } : user));
  const fake = createFakeEspo({
    users, entities: scoringEntities(), now: () => T0,
    ...(options.recordListMaxSizeLimit === undefined ? {} : { recordListMaxSizeLimit: options.recordListMaxSizeLimit }),
  });
  server.use(...fake.handlers);
  for (const [entityType, records] of Object.entries(seedRecords())) fake.seed(entityType, records, { derive: true });
  fake.link('Contact', ID.private, 'opportunities', ['o00000000000000c1', 'o00000000000000c2', 'o00000000000000c3']);
  Object.assign(fake.store.settings, options.settings ?? {});
  const client = createEspoClient({ baseUrl: fake.baseUrl, auth: { kind: 'apiKey', apiKey: FAKE_CREDENTIALS.apiKey }, retry: instantRetry });
  const gateway = new RestGateway(client);
  return {
    fake, client, gateway, source: new EspoVmcSource(client, gateway),
    patches: () => fake.requests.filter((r) => r.method === 'PATCH').length,
    updates: () => fake.writes.flatMap((w) => (w.kind === 'update' ? [{ id: w.id, attributes: w.attributes ?? {} }] : [])),
  };
}

/** Records every line; `abortAfter` lines aborts the run (the batch under way still completes). */
export function vmcContext(overrides: Partial<VmcJobContext> & { abortAfter?: number } = {}): VmcJobContext & { lines: VmcLine[] } {
  const { abortAfter, ...rest } = overrides;
  return { ...recordingContext<VmcLine>(abortAfter), dryRun: false, now: () => T0, ...rest };
}
