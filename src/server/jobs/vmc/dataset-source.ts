/**
 * The VMC job's source offline: a dataset directory (the bundled samples/ by default). Its won opportunities are
 * indexed per account and per contact as the main job indexes them (`purchases.ts`); each record's history is its
 * latest 200 purchases, as the panel lists them; a negative amount (a credit note) is kept, for the core to refuse it as
 * on EspoCRM. No EspoCRM, so no admin defaults: the built-in ones apply.
 */
import { stat } from 'node:fs/promises';
import { HISTORY_MAX_SIZE } from '../../../core/vmc';
import type { History, Purchase } from '../../../core/vmc';
import { SAMPLE_FILES } from '../../csv/entity-spec';
import type { SampleEntityType } from '../../csv/entity-spec';
import { loadFile } from '../../csv/loader';
import type { EspoRecord } from '../../espo/types';
import { DatasetDirectoryError } from '../errors';
import { addOpportunity, emptyPurchaseIndex } from '../purchases';
import type { PurchaseIndex } from '../purchases';
import type { VmcEntityType, VmcSource } from './types';
import { vmcSelect } from './vmc-fields';

const byId = (a: EspoRecord, b: EspoRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The record's id and the attributes the job reads (`vmcSelect`), nothing else. */
function selected(entityType: VmcEntityType, record: Readonly<Record<string, unknown>>): EspoRecord | null {
  if (typeof record.id !== 'string' || record.id === '') return null;
  const out: Record<string, unknown> = { id: record.id };
  for (const attribute of vmcSelect(entityType)) out[attribute] = record[attribute] ?? null;
  return out as EspoRecord;
}

/** Newest first, the latest `HISTORY_MAX_SIZE`: what `orderBy=closeDate&order=desc&maxSize=200` answers. */
function latest(purchases: readonly Purchase[]): History {
  const sorted = [...purchases].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { purchases: sorted.slice(0, HISTORY_MAX_SIZE), total: purchases.length };
}

export class DatasetVmcSource implements VmcSource {
  private constructor(
    readonly dir: string,
    private readonly listed: Readonly<Record<VmcEntityType, readonly EspoRecord[]>>,
    private readonly purchases: PurchaseIndex,
    /** Rows the CSV reader rejected (reported by `autocible sample`): left out. */
    readonly rejectedRows: number,
  ) {}

  /** Reads `opportunities.csv`, `contacts.csv` and `accounts.csv`; throws `DatasetDirectoryError`, `CsvFileError`… */
  static async open(dir: string, signal?: AbortSignal): Promise<DatasetVmcSource> {
    const info = await stat(dir).catch(() => null);
    if (info === null) throw new DatasetDirectoryError(dir, 'missing');
    if (!info.isDirectory()) throw new DatasetDirectoryError(dir, 'notADirectory');
    const rows: Partial<Record<SampleEntityType, Record<string, unknown>[]>> = {};
    let rejectedRows = 0;
    for (const entry of SAMPLE_FILES.filter((file) => ['Opportunity', 'Contact', 'Account'].includes(file.entityType))) {
      const sink = { records: [] as Record<string, unknown>[], issues: [] };
      rejectedRows += (await loadFile(dir, entry, sink, signal)).rejected;
      rows[entry.entityType] = sink.records;
    }
    const purchases = emptyPurchaseIndex();
    for (const opportunity of rows.Opportunity ?? []) addOpportunity(purchases, opportunity, { keepNegativeAmounts: true });
    const list = (entityType: VmcEntityType): EspoRecord[] =>
      (rows[entityType] ?? []).flatMap((record) => selected(entityType, record) ?? []).sort(byId);
    return new DatasetVmcSource(dir, { Contact: list('Contact'), Account: list('Account') }, purchases, rejectedRows);
  }

  async settings(): Promise<Readonly<Record<string, unknown>>> {
    return {};
  }

  async *records(entityType: VmcEntityType): AsyncGenerator<EspoRecord> {
    yield* this.listed[entityType];
  }

  async history(entityType: VmcEntityType, id: string): Promise<History> {
    const index = entityType === 'Contact' ? this.purchases.byContact : this.purchases.byAccount;
    return latest(index.get(id) ?? []);
  }
}
