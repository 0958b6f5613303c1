/**
 * The main job (`npm start`): validates every file of a dataset directory against the catalogue,
 * reporting each bad row, then computes the course's VMC per account and per contact from the
 * purchase history (won opportunities) and summarises it per segment, and scores the valid records with
 * the default models (grade distribution and most frequent reasons). Files are streamed; the valid
 * records are kept for scoring, which suits the sample's size (use `autocible score` for big files).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { COMPANY_TYPE, CUSTOMER_KIND, LIFECYCLE_STAGE } from '../../core/catalogue';
import type { CustomerKind, VmcDefaultsByKind } from '../../core/vmc';
import { DEFAULT_VMC_DEFAULTS } from '../../core/vmc';
import { SAMPLE_FILES } from '../csv/entity-spec';
import type { SampleEntityType } from '../csv/entity-spec';
import { CsvFileError } from '../csv/errors';
import type { CsvIssue } from '../csv/types';
import { DatasetDirectoryError } from './errors';
import { addOpportunity, emptyPurchaseIndex } from './purchases';
import type { PurchaseIndex } from './purchases';
import type { FileReport } from './scan';
import { scanFile } from './scan';
import type { JobContext } from './types';
import { scoreDataset } from './score/score-dataset';
import type { ScoreDatasetSummary } from './score/score-dataset';
import type { VmcSegmentReport } from './vmc-segments';
import { VmcSegments } from './vmc-segments';

export interface SampleJobInput {
  readonly dir: string;
  /** Today's date `YYYY-MM-DD`: end of the purchase-history window of the VMC. */
  readonly today: string;
  /** @defaultValue DEFAULT_VMC_DEFAULTS (src/core/vmc) */
  readonly defaults?: VmcDefaultsByKind;
}

export interface SampleReport {
  readonly dir: string;
  readonly today: string;
  readonly files: readonly FileReport[];
  /** Every rejected-row issue and header warning, in file order. Reasons never hold personal data. */
  readonly issues: readonly CsvIssue[];
  readonly vmc: {
    /** Per customer kind × lifecycle stage. */
    readonly contacts: readonly VmcSegmentReport[];
    /** Per company type (accounts are professional customers). */
    readonly accounts: readonly VmcSegmentReport[];
  };
  /** The valid records scored with the default models as of `today` (nothing is written). */
  readonly scoring: ScoreDatasetSummary;
}

/** Valid rows kept for scoring; the sample is small, so holding them costs little. */
type ScoringRecords = Record<'Account' | 'Contact' | 'Lead' | 'AutoCibleVehicle', Record<string, unknown>[]>;

function keepForScoring(entityType: SampleEntityType, kept: ScoringRecords, handler: (r: Record<string, unknown>) => void): (r: Record<string, unknown>) => void {
  if (entityType === 'Opportunity') return handler;
  return (r) => {
    kept[entityType].push(r);
    handler(r);
  };
}

async function checkDataset(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info === null) throw new DatasetDirectoryError(dir, 'missing');
  if (!info.isDirectory()) throw new DatasetDirectoryError(dir, 'notADirectory');
  for (const entry of SAMPLE_FILES) {
    const file = await stat(join(dir, entry.file)).catch(() => null);
    if (file === null) throw new CsvFileError(entry.file, 'missing');
    if (!file.isFile()) throw new CsvFileError(entry.file, 'notAFile');
  }
}

const rank = (codes: readonly { code: string }[], code: string | undefined): number => {
  const i = codes.findIndex((o) => o.code === code);
  return i < 0 ? codes.length : i;
};

const text = (value: unknown): string => (typeof value === 'string' && value !== '' ? value : 'NONE');

function contactKind(record: Readonly<Record<string, unknown>>): CustomerKind {
  const kind = record.autoCibleCustomerKind;
  if (kind === 'PARTICULIER' || kind === 'PROFESSIONNEL') return kind;
  return typeof record.accountId === 'string' && record.accountId !== '' ? 'PROFESSIONNEL' : 'PARTICULIER';
}

function recordHandler(entityType: SampleEntityType, purchases: PurchaseIndex, contacts: VmcSegments, accounts: VmcSegments): (record: Record<string, unknown>) => void {
  switch (entityType) {
    case 'Opportunity':
      return (r) => void addOpportunity(purchases, r);
    case 'Account':
      return (r) => accounts.add({ companyType: text(r.autoCibleCompanyType) }, 'PROFESSIONNEL', purchases.byAccount.get(String(r.id)) ?? []);
    case 'Contact':
      return (r) => {
        const kind = contactKind(r);
        contacts.add({ customerKind: kind, lifecycleStage: text(r.autoCibleLifecycleStage) }, kind, purchases.byContact.get(String(r.id)) ?? []);
      };
    default:
      return () => undefined;
  }
}

export async function runSampleJob(input: SampleJobInput, ctx: JobContext): Promise<SampleReport> {
  await checkDataset(input.dir);
  const defaults = input.defaults ?? DEFAULT_VMC_DEFAULTS;
  const purchases = emptyPurchaseIndex();
  const contacts = new VmcSegments(defaults, input.today);
  const accounts = new VmcSegments(defaults, input.today);
  const issues: CsvIssue[] = [];
  const files: FileReport[] = [];
  const kept: ScoringRecords = { Account: [], Contact: [], Lead: [], AutoCibleVehicle: [] };
  for (const [index, entry] of SAMPLE_FILES.entries()) {
    ctx.log.debug('reading', { file: entry.file });
    const onRecord = keepForScoring(entry.entityType, kept, recordHandler(entry.entityType, purchases, contacts, accounts));
    files.push(await scanFile(input.dir, entry, { index, count: SAMPLE_FILES.length }, ctx, { issues, onRecord }));
  }
  ctx.log.info('sample validated', { rejected: files.reduce((n, f) => n + f.rejected, 0) });
  return {
    dir: input.dir,
    today: input.today,
    files,
    issues,
    vmc: {
      contacts: contacts.summary((k) => rank(CUSTOMER_KIND.options, k.customerKind) * 100 + rank(LIFECYCLE_STAGE.options, k.lifecycleStage)),
      accounts: accounts.summary((k) => rank(COMPANY_TYPE.options, k.companyType)),
    },
    scoring: scoreDataset(kept, { today: input.today }),
  };
}
