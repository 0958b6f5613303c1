import type { SampleFileName } from '../csv/entity-spec';
import type { InjectedBadRow } from './bad-rows';
import type { SampleOptions } from './options';

/** What a generation wrote: the options, the row count of each file and the deliberate bad rows. */
export interface SampleSummary {
  readonly options: SampleOptions;
  readonly rows: Readonly<Record<SampleFileName, number>>;
  readonly badRows: readonly InjectedBadRow[];
}
