/**
 * The derive job's source offline: the `vehicles.csv` of a dataset directory (the bundled samples/ by default), read
 * with the dataset reader of `sample` and `score` (its checks, header aliases and French formats), each vehicle cut
 * down to its id and `DERIVE_SELECT` as it is read, then sorted by id as EspoCRM lists them. Rows the reader rejects
 * (a MEC that is no date among them) are left out and counted, as `autocible sample` reports them.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { entitySpec, fileOf } from '../../csv/entity-spec';
import { readCsv } from '../../csv/reader';
import type { EspoRecord } from '../../espo/types';
import { DatasetDirectoryError } from '../errors';
import { DERIVE_SELECT, VEHICLE_ENTITY_TYPE } from './derive-fields';
import type { DeriveSource } from './types';

const byId = (a: EspoRecord, b: EspoRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The vehicle's id and the attributes the job reads, nothing else. */
function selected(record: Readonly<Record<string, unknown>>): EspoRecord | null {
  if (typeof record.id !== 'string' || record.id === '') return null;
  const out: Record<string, unknown> = { id: record.id };
  for (const attribute of DERIVE_SELECT) out[attribute] = record[attribute] ?? null;
  return out as EspoRecord;
}

export class DatasetDeriveSource implements DeriveSource {
  private constructor(
    readonly dir: string,
    private readonly vehicles: readonly EspoRecord[],
    /** Rows the CSV reader rejected (reported by `autocible sample`): left out. */
    readonly rejectedRows: number,
  ) {}

  /** Reads `vehicles.csv`; throws `DatasetDirectoryError`, `CsvFileError`, `CsvHeaderError`… */
  static async open(dir: string, signal?: AbortSignal): Promise<DatasetDeriveSource> {
    const info = await stat(dir).catch(() => null);
    if (info === null) throw new DatasetDirectoryError(dir, 'missing');
    if (!info.isDirectory()) throw new DatasetDirectoryError(dir, 'notADirectory');
    const file = fileOf(VEHICLE_ENTITY_TYPE);
    const vehicles: EspoRecord[] = [];
    let rejectedRows = 0;
    const options = signal === undefined ? { file } : { file, signal };
    for await (const item of readCsv(join(dir, file), entitySpec(VEHICLE_ENTITY_TYPE), options)) {
      if (item.type === 'rejected') rejectedRows += 1;
      else if (item.type === 'record') {
        const vehicle = selected(item.record);
        if (vehicle !== null) vehicles.push(vehicle);
      }
    }
    return new DatasetDeriveSource(dir, vehicles.sort(byId), rejectedRows);
  }

  async *records(): AsyncGenerator<EspoRecord> {
    yield* this.vehicles;
  }
}
