/**
 * `autocible score`: scores on EspoCRM when connection settings are present, else offline on a CSV directory
 * (`--dir`, the bundled samples/ by default) or a JSONL file (`--input`). Exit code 0 when the run finished (bad
 * records included), 1 when it could not run, 2 for a bad option, 130 when Ctrl-C stopped it (rerun to continue).
 */
import { resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import { isIsoDate } from '../../../core/catalogue';
import { acquireScoreLock } from '../../audit/run-lock';
import type { RunLock } from '../../audit/run-lock';
import { SILENT_LOGGER } from '../../jobs/types';
import type { JobProgress } from '../../jobs/types';
import type { ScoreJobInput, ScoreLine, ScoreReport } from '../../jobs/score';
import { loadModels } from '../../jobs/score/load-models';
import { runScoreJob } from '../../jobs/score/run-score-job';
import { DEFAULT_STATE_FILE, ScoreStateStore } from '../../state';
import type { CliContext } from '../context';
import { dayIn, dealerTimeZone } from './dealer-day';
import { parseSinceValue } from './since-option';
import { failureMessage } from '../failure-text';
import { formatCount } from './sample-messages';
import { interruptSignal } from '../interrupt-signal';
import { SCORE_FILE_MESSAGES } from './score-file-messages';
import { NoScoreInputError } from './score-inputs';
import { interruptedLine, renderScoreSummary, SCORE_MESSAGES } from './score-messages';
import type { ScoreMessages } from './score-messages';
import { OutFileError } from './score-out';
import type { Setup, SetupFlags } from './score-setup';
import { setupRun, UsageError } from './score-setup';

export interface ScoreCommandOptions {
  /** Stops the run (tests); by default Ctrl-C (SIGINT) does. */
  readonly signal?: AbortSignal;
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** Transport, for tests. */
  readonly http?: AxiosInstance;
}

interface ScoreFlags extends SetupFlags {
  readonly today?: string;
  readonly since?: string | true;
  readonly model?: string;
  readonly json?: boolean;
  readonly state?: string;
}

/** `--since` given a value (`since-option.ts`); a bare `--since` takes the state file's watermark. */
function parseSince(value: string | true | undefined, t: ScoreMessages, timeZone: string): Date | undefined {
  if (value === undefined || value === true) return undefined;
  const at = parseSinceValue(value, timeZone);
  if (at === undefined) throw new UsageError(t.errors.badSince(value));
  return at;
}

/** The `--model` file cannot be read (`code`: the system's, ENOENT, EACCES…). */
class ModelFileError extends Error {
  constructor(readonly path: string, readonly code: string) {
    super(`--model ${path}: ${code}`);
  }
}

/** The models of the run; a `--model` file the system cannot read is a `ModelFileError`. */
async function modelsOf(ctx: CliContext, model: string | undefined): Promise<Awaited<ReturnType<typeof loadModels>>> {
  const path = model === undefined ? undefined : resolve(ctx.cwd, model);
  return loadModels(path).catch((error: unknown) => {
    const code = error instanceof Error && 'syscall' in error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    throw path === undefined || code === undefined ? error : new ModelFileError(path, code);
  });
}

function failure(error: unknown, t: ScoreMessages, lang: CliContext['lang']): string | undefined {
  if (error instanceof UsageError) return error.message;
  if (error instanceof OutFileError) return SCORE_FILE_MESSAGES[lang].outFile[error.problem](error.path, error.code);
  if (error instanceof NoScoreInputError) return SCORE_FILE_MESSAGES[lang].noInput(error.dir);
  if (error instanceof ModelFileError) return t.errors.modelUnreadable(error.path, error.code);
  // A model that does not parse or validate (ScoringModelError) is worded there, in `lang`.
  return failureMessage(error, lang);
}

function printLine(ctx: CliContext, line: ScoreLine): void {
  const { lang } = ctx;
  const reasons = line.reasons.map((r) => ({ rule: r.rule, label: r.label[lang], value: r.value, points: r.points }));
  ctx.stdout.write(`${JSON.stringify({ ...line, reasons, top: line.top[lang] })}\n`);
}

function printReport(ctx: CliContext, report: ScoreReport, setup: Setup, flags: ScoreFlags, t: ScoreMessages): void {
  const { out } = setup;
  const note = !setup.offline || report.dryRun ? undefined : out === undefined ? t.offlineNotSaved : t.offlineSaved(out.path);
  const lines = [
    t.title(setup.where, report.today, report.dryRun),
    ...(report.modelChange !== null ? [t.modelChanged(report.modelChange.from.join(', '), report.modelChange.to.join(', '))]
      : report.mode === 'incremental' ? [t.since(report.since)] : []),
    ...(report.resumed ? [t.resumed] : []),
    // The interruption line comes last, after what the offline run saved.
    ...renderScoreSummary({ ...report, interrupted: false }, ctx.lang, !setup.offline || out !== undefined, out?.path),
    ...(note === undefined ? [] : [note]),
    ...(report.interrupted ? [interruptedLine(report, ctx.lang, out?.path, !setup.offline || out !== undefined)] : []),
  ];
  // With --json, stdout holds only the record lines.
  (flags.json === true ? ctx.stderr : ctx.stdout).write(`${lines.join('\n')}\n`);
  // A report sent to a file or a pipe: the person who pressed Ctrl-C still reads why it stopped.
  if (report.interrupted && flags.json !== true && !ctx.isTty) ctx.stderr.write(`${interruptedLine(report, ctx.lang, out?.path, !setup.offline || out !== undefined)}\n`);
}

function stateStore(ctx: CliContext, flags: ScoreFlags): ScoreStateStore {
  return new ScoreStateStore(resolve(ctx.cwd, flags.state ?? ctx.env.AUTOCIBLE_STATE_FILE ?? DEFAULT_STATE_FILE));
}

async function forgetCheckpoint(ctx: CliContext, flags: ScoreFlags, key: string): Promise<void> {
  await stateStore(ctx, flags).update(key, ({ checkpoint: _lost, ...rest }) => rest);
}

async function runScore(ctx: CliContext, flags: ScoreFlags, options: ScoreCommandOptions): Promise<void> {
  const t = SCORE_MESSAGES[ctx.lang];
  const now = options.now ?? (() => new Date());
  if (flags.today !== undefined && !isIsoDate(flags.today)) {
    ctx.stderr.write(`${t.errors.badToday(flags.today)}\n`);
    ctx.setExitCode(2);
    return;
  }
  // Ctrl-C and a write error of --out stop the run alike.
  const { signal, abort, release } = interruptSignal(ctx, options.signal);
  let setup: Setup | undefined;
  let lock: RunLock | undefined;
  try {
    const timeZone = dealerTimeZone({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config });
    // Scores dated after today would be written as scored on a day still to come: a look ahead is a dry run.
    const realToday = dayIn(timeZone, now());
    if (flags.today !== undefined && flags.today > realToday && flags.dryRun !== true) throw new UsageError(t.errors.futureToday(flags.today, realToday));
    const since = parseSince(flags.since, t, timeZone);
    const models = await modelsOf(ctx, flags.model);
    setup = await setupRun(ctx, flags, { ...(options.http ? { http: options.http } : {}), onOutFailure: abort }, t);
    const state = stateStore(ctx, flags);
    // One writer of the state file at a time (`serve` holds it while it runs). A run that keeps no state (a dry run,
    // offline without --out) takes no lock; the --out file is only emptied once the run starts, after it.
    if (flags.dryRun !== true && setup.target !== undefined) lock = await acquireScoreLock(state.path);
    const input: ScoreJobInput = {
      source: setup.source, ...(setup.target ? { target: setup.target } : {}), models,
      // `autoCibleScoredAt` is UTC: the dealership's today (also given as --today) is dated with the UTC day of now.
      today: flags.today ?? realToday, ...(flags.today === undefined || flags.today === realToday ? { stampedByClock: true } : {}),
      mode: flags.since === undefined ? 'full' : 'incremental', ...(since ? { since } : {}), state,
    };
    const progress = ctx.isTty && flags.json !== true
      ? (p: JobProgress) => void ctx.stderr.write(`\r\x1b[K${(p.reading === true ? t.progressReading : t.progress)(p.step, formatCount(ctx.lang, p.done))}`)
      : () => undefined;
    const report = await runScoreJob(input, {
      signal, progress, log: SILENT_LOGGER, dryRun: flags.dryRun === true, now, ...(flags.json === true ? { onLine: (l: ScoreLine) => printLine(ctx, l) } : {}),
    });
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    await setup.close();
    if (setup.out?.failure !== undefined) throw setup.out.failure;
    printReport(ctx, report, setup, flags, t);
    ctx.setExitCode(report.interrupted ? 130 : 0);
  } catch (error) {
    // The file is replaced at each run: a rerun must start over, not continue after the records it lost.
    if (setup?.out?.failure !== undefined) await forgetCheckpoint(ctx, flags, setup.source.key);
    const message = failure(error, t, ctx.lang);
    if (message === undefined) throw error;
    ctx.stderr.write(`${message}\n`);
    ctx.setExitCode(error instanceof UsageError ? 2 : 1);
  } finally {
    release();
    await setup?.close();
    await lock?.release();
  }
}

export function scoreCommand(ctx: CliContext, options: ScoreCommandOptions = {}): Command {
  const t = SCORE_MESSAGES[ctx.lang];
  return new Command('score')
    .description(t.description)
    .option('--dir <path>', t.options.dir)
    .option('--input <file>', t.options.input)
    .option('--offline', t.options.offline)
    .option('--config <path>', t.options.config)
    .option('--dry-run', t.options.dryRun)
    .option('--today <date>', t.options.today)
    .option('--since [when]', t.options.since)
    .option('--model <file>', t.options.model)
    .option('--json', t.options.json)
    .option('--out <file>', t.options.out)
    .option('--state <file>', t.options.state)
    .action(async (flags: ScoreFlags) => runScore(ctx, flags, options));
}
