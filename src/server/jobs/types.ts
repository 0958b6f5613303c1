/** The contract every AutoCible job follows (style.md principle 9): input, context, plain report. */

export interface JobProgress {
  /** What is being processed (a file name for the sample job). */
  readonly step: string;
  /** Rows done in this step so far. */
  readonly done: number;
  readonly stepIndex: number;
  readonly stepCount: number;
  /** `done` counts rows read before any is processed (the score job's index of vehicles and accounts). */
  readonly reading?: boolean;
}

export interface JobLogger {
  debug(message: string, data?: Readonly<Record<string, unknown>>): void;
  info(message: string, data?: Readonly<Record<string, unknown>>): void;
  warn(message: string, data?: Readonly<Record<string, unknown>>): void;
}

export interface JobContext {
  readonly signal: AbortSignal;
  readonly progress: (progress: JobProgress) => void;
  readonly log: JobLogger;
}

export const SILENT_LOGGER: JobLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined };
