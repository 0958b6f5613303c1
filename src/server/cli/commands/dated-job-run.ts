/**
 * The run of a command that computes fields as of a day and writes those that changed (`vmc`, `derive`): checks
 * `--today`, takes Ctrl-C, sets the job up (EspoCRM or a dataset directory), refuses a day to come when the run would
 * write, runs the job and prints its report. Exit code 0 when the run finished (skipped records included), 1 when it
 * could not run, 2 for a bad option, 130 when Ctrl-C stopped it.
 */
import { isIsoDate } from '../../../core/catalogue';
import type { CliContext } from '../context';
import { failureMessage } from '../failure-text';
import { interruptSignal } from '../interrupt-signal';
import { dayIn, dealerTimeZone } from './dealer-day';

export interface DatedJobFlags {
  readonly today?: string;
  readonly dryRun?: boolean;
  readonly config?: string;
}

export interface DatedJobMessages {
  readonly badToday: (value: string) => string;
  readonly futureToday: (value: string, today: string) => string;
}

/** What the job of one run is given. */
export interface DatedJobRun<Setup> {
  readonly setup: Setup;
  /** The day computed as of: `--today`, else today in the dealership's time zone. */
  readonly today: string;
  /** Today in the dealership's time zone. */
  readonly realToday: string;
  readonly dryRun: boolean;
  readonly signal: AbortSignal;
}

export interface DatedJob<Setup extends { readonly offline: boolean }, Report extends { readonly interrupted: boolean }> {
  readonly messages: DatedJobMessages;
  readonly setup: () => Promise<Setup>;
  readonly run: (run: DatedJobRun<Setup>) => Promise<Report>;
  readonly print: (report: Report, setup: Setup) => void;
  /** Stops the run (tests); by default Ctrl-C (SIGINT) does. */
  readonly signal?: AbortSignal;
  readonly now: () => Date;
}

/** A bad option found once the run is set up (a `--today` to come): exit code 2. */
class UsageError extends Error {}

export async function runDatedJob<Setup extends { readonly offline: boolean }, Report extends { readonly interrupted: boolean }>(
  ctx: CliContext,
  flags: DatedJobFlags,
  job: DatedJob<Setup, Report>,
): Promise<void> {
  if (flags.today !== undefined && !isIsoDate(flags.today)) {
    ctx.stderr.write(`${job.messages.badToday(flags.today)}\n`);
    ctx.setExitCode(2);
    return;
  }
  const { signal, release } = interruptSignal(ctx, job.signal);
  try {
    const realToday = dayIn(dealerTimeZone({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config }), job.now());
    const setup = await job.setup();
    const dryRun = flags.dryRun === true;
    // Values computed as of a day still to come would be written today: a look ahead writes nothing.
    if (!setup.offline && !dryRun && flags.today !== undefined && flags.today > realToday) {
      throw new UsageError(job.messages.futureToday(flags.today, realToday));
    }
    const report = await job.run({ setup, today: flags.today ?? realToday, realToday, dryRun, signal });
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    job.print(report, setup);
    ctx.setExitCode(report.interrupted ? 130 : 0);
  } catch (error) {
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    const message = error instanceof UsageError ? error.message : failureMessage(error, ctx.lang);
    if (message === undefined) throw error;
    ctx.stderr.write(`${message}\n`);
    ctx.setExitCode(error instanceof UsageError ? 2 : 1);
  } finally {
    release();
  }
}

/**
 * Prints a run's report: its lines, then the interruption line if any, last. On stdout, or on stderr with `--json`
 * (stdout then holds only the record lines). A report sent to a file or a pipe repeats the interruption line on
 * stderr, so that the person who pressed Ctrl-C still reads why it stopped.
 */
export function printDatedReport(ctx: CliContext, json: boolean, lines: readonly string[], interrupted: string | undefined): void {
  const all = interrupted === undefined ? lines : [...lines, interrupted];
  (json ? ctx.stderr : ctx.stdout).write(`${all.join('\n')}\n`);
  if (interrupted !== undefined && !json && !ctx.isTty) ctx.stderr.write(`${interrupted}\n`);
}
