/** A small dealership file for score job tests: private customers with vehicles, a fleet account, a lead, one bad record. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScoreJobContext, ScoreLine } from '../../../../src/server/jobs/score';
import { ScoreStateStore } from '../../../../src/server/state';
import { recordingContext } from '../../../support/recording-context';

export const TODAY = '2025-03-15';
export const T0 = new Date('2025-03-15T08:00:00Z');

type Row = Record<string, unknown> & { id: string };
export type Seed = Record<'Contact' | 'Lead' | 'Account' | 'AutoCibleVehicle', Row[]>;

const OLD = '2025-01-01 00:00:00';

/** Ids sort in the order they are listed, as EspoCRM's do. */
export const ID = {
  lease: 'c00000000000000a1',
  oldCar: 'c00000000000000a2',
  driver: 'c00000000000000a3',
  bad: 'c00000000000000a4',
  lead: 'l00000000000000b1',
  fleet: 'a00000000000000c1',
  leaseCar: 'v00000000000000d1',
  oldCarVehicle: 'v00000000000000d2',
  fleetCar: 'v00000000000000d3',
} as const;

/** The bad record's last name: it must never appear in a report. */
export const PERSONAL_NAME = 'Secretname';

export function plainContacts(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c00000000000001${String(i).padStart(2, '0')}`, lastName: `Client ${i}`, autoCibleCustomerKind: 'PARTICULIER',
    autoCibleLifecycleStage: 'CLIENT', modifiedAt: OLD,
  }));
}

/** Private-customer leads whose ids sort after `ID.lead`, to give Leads more than one batch. */
export function plainLeads(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `l00000000000001${String(i).padStart(2, '0')}`, lastName: `Prospect ${i}`, autoCibleCustomerKind: 'PARTICULIER', modifiedAt: OLD,
  }));
}

export function seed(extraContacts = 0): Seed {
  return {
    Contact: [
      { id: ID.lease, lastName: 'Martin', autoCibleCustomerKind: 'PARTICULIER', autoCibleLifecycleStage: 'CLIENT', modifiedAt: OLD },
      { id: ID.oldCar, lastName: 'Bernard', autoCibleCustomerKind: 'PARTICULIER', modifiedAt: OLD },
      { id: ID.driver, lastName: 'Petit', accountId: ID.fleet, autoCibleRole: 'RESP_PARC', modifiedAt: OLD },
      { id: ID.bad, lastName: PERSONAL_NAME, autoCibleCustomerKind: 'PARTICULIER', autoCibleLastInboundContactAt: 'not-a-date', modifiedAt: OLD },
      ...plainContacts(extraContacts),
    ],
    Lead: [
      { id: ID.lead, lastName: 'Roux', autoCibleCustomerKind: 'PARTICULIER', autoCibleLastInboundContactAt: '2025-03-10', autoCibleLastInboundContactSource: 'FORMULAIRE_WEB', modifiedAt: OLD },
    ],
    Account: [
      { id: ID.fleet, name: 'Transports Martin', autoCibleFleetSize: 18, autoCibleCompanyType: 'PME', autoCibleSiret: '73282932000074', modifiedAt: OLD },
    ],
    AutoCibleVehicle: [
      { id: ID.leaseCar, name: 'Peugeot 308', contactId: ID.lease, category: 'VP', mecDate: '2020-06-01', mileage: 120_000, financingMode: 'LLD', financingEndDate: '2025-05-20', modifiedAt: OLD },
      { id: ID.oldCarVehicle, name: 'Renault Clio', contactId: ID.oldCar, category: 'VP', mecDate: '2016-01-10', mileage: 160_000, modifiedAt: OLD },
      { id: ID.fleetCar, name: 'Renault Master', accountId: ID.fleet, contactId: ID.driver, category: 'VUL', mecDate: '2021-05-03', financingMode: 'LLD', financingEndDate: '2025-05-12', modifiedAt: OLD },
    ],
  };
}

/** Records every scored line; `abortAfter` lines aborts the run (the batch in progress still completes). */
export function jobContext(overrides: Partial<ScoreJobContext> & { abortAfter?: number } = {}): ScoreJobContext & { lines: ScoreLine[] } {
  const { abortAfter, ...rest } = overrides;
  return { ...recordingContext<ScoreLine>(abortAfter), dryRun: false, now: () => T0, ...rest };
}

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'autocible-score-'));
}

export async function tempState(): Promise<ScoreStateStore> {
  return new ScoreStateStore(join(await tempDir(), '.autocible', 'state.json'));
}
