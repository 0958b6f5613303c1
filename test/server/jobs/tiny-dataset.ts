/** A hand-made dataset small enough to compute its VMC by hand (see sample-job.test.ts). */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VmcDefaultsByKind } from '../../../src/core/vmc';

export const TINY_DEFAULTS: VmcDefaultsByKind = {
  PARTICULIER: { purchasesPerYear: 1.2, averageAmount: 3000, retentionRate: 0.6, periodYears: 6, costToReach: 15, conversionRate: 0.02, marginRate: 0.12 },
  PROFESSIONNEL: { purchasesPerYear: 4, averageAmount: 8000, retentionRate: 0.7, periodYears: 4, costToReach: 60, conversionRate: 0.05, marginRate: 0.08 },
};

/** 2022-01-01 → 2026-01-01 is 1 461 days: exactly 4 years of 365.25 days. */
export const TINY_TODAY = '2026-01-01';

const FILES: Readonly<Record<string, string>> = {
  'accounts.csv': [
    'id,name,autoCibleCompanyType',
    'a0000000000000001,Transports Martin,PME',
    'a0000000000000002,Plomberie Petit,ARTISAN',
  ].join('\n'),
  'contacts.csv': [
    'id,accountId,firstName,lastName,autoCibleCustomerKind,autoCibleLifecycleStage',
    'c0000000000000001,,Julie,Durand,PARTICULIER,CLIENT',
    'c0000000000000002,,Marc,Leroy,PARTICULIER,CLIENT',
    'c0000000000000003,a0000000000000001,Paul,Martin,PROFESSIONNEL,PROSPECT',
    'c0000000000000004,,Zoé,Secretvalue,PARTICULIER,Inconnu',
  ].join('\n'),
  'leads.csv': 'id,lastName\nl0000000000000001,Roux',
  'vehicles.csv': 'id,name,mileage\nv0000000000000001,Renault Clio,12000',
  'opportunities.csv': [
    'id,name,accountId,contactId,stage,amount,closeDate',
    'o0000000000000001,Vente VN,a0000000000000001,c0000000000000001,Closed Won,10000,2022-01-01',
    'o0000000000000002,Atelier,,c0000000000000001,Closed Won,10000,2024-01-01',
    'o0000000000000003,Perdue,,c0000000000000002,Closed Lost,5000,2025-01-01',
  ].join('\n'),
};

export async function writeTinyDataset(overrides: Readonly<Record<string, string>> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'autocible-tiny-'));
  for (const [file, text] of Object.entries({ ...FILES, ...overrides })) await writeFile(join(dir, file), `${text}\n`, 'utf8');
  return dir;
}
