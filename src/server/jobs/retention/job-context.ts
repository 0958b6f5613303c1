import type { JobContext } from '../types';

/** The job contract of style principle 9, with the dry-run flag the RGPD jobs honour. */
export interface RgpdJobContext extends JobContext {
  /** True: read and report only, write nothing anywhere (EspoCRM, audit log, opposition list). */
  readonly dryRun: boolean;
}
