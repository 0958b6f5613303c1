import { SILENT_LOGGER } from '../../src/server/jobs';
import type { JobContext } from '../../src/server/jobs/types';

/** The part of a job's context every job test builds alike: a signal of its own, no progress, no log, the lines kept. */
export interface RecordingContext<Line> extends JobContext {
  readonly onLine: (line: Line) => void;
  readonly lines: Line[];
}

/** Records every line the job reports; `abortAfter` lines aborts the run (the batch under way still completes). */
export function recordingContext<Line>(abortAfter?: number): RecordingContext<Line> {
  const controller = new AbortController();
  const lines: Line[] = [];
  return {
    signal: controller.signal, progress: () => undefined, log: SILENT_LOGGER,
    onLine: (line) => {
      lines.push(line);
      if (abortAfter !== undefined && lines.length >= abortAfter) controller.abort();
    },
    lines,
  };
}
