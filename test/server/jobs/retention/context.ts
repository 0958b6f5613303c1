import { SILENT_LOGGER } from '../../../../src/server/jobs/types';
import type { RgpdJobContext } from '../../../../src/server/jobs/retention';

export function jobContext(dryRun: boolean, signal: AbortSignal = new AbortController().signal): RgpdJobContext {
  return { signal, progress: () => undefined, log: SILENT_LOGGER, dryRun };
}
