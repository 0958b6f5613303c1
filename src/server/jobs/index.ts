// Jobs: (input, ctx: { signal, progress, log }) => Promise<plain report>.

export { runSampleJob } from './sample-job';
export type { SampleJobInput, SampleReport } from './sample-job';
export type { FileReport } from './scan';
export type { VmcSegmentReport } from './vmc-segments';
export { DatasetDirectoryError } from './errors';
export { addOpportunity, emptyPurchaseIndex, WON_STAGE } from './purchases';
export type { PurchaseIndex } from './purchases';
export { SILENT_LOGGER } from './types';
export type { JobContext, JobLogger, JobProgress } from './types';
