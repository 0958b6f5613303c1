/**
 * `autocible score`: scores on EspoCRM when connection settings are present, else offline on a CSV directory
 * (`--dir`, the bundled samples/ by default) or a JSONL file (`--input`). Exit code 0 when the run finished (bad
 * records included), 1 when it could not run, 2 for a bad option, 130 when Ctrl-C stopped it (rerun to continue).
 */
import { isAbsolute, resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import { isIsoDate } from '../../../core/catalogue';
import { ScoringModelError } from '../../../core/scoring';
import { SILENT_LOGGER } from '../../jobs/types';
import type { ScoreJobInput, ScoreLine, ScoreReport, ScoreSource, ScoreTarget } from '../../jobs/score';
// The job's own modules, not its index: the index also exports the EspoCRM connection, whose REST client
// (axios) an offline run does without; `setupRun` imports it for an online run only (issue 4).
import { hasConnectionSettings } from '../../jobs/score/connection-settings';
import { CsvDirReader, JsonlReader } from '../../jobs/score/file-rows';
import { FileSource } from '../../jobs/score/file-source';
import { JsonlTarget } from '../../jobs/score/jsonl-target';
import { loadModels } from '../../jobs/score/load-models';
import { runScoreJob } from '../../jobs/score/run-score-job';
import { DEFAULT_STATE_FILE, ScoreStateStore } from '../../state';
import type { CliContext } from '../context';
import { failureMessage } from '../failure-text';
import { renderScoreSummary, SCORE_MESSAGES } from './score-messages';
import type { ScoreMessages } from './score-messages';
import { BUNDLED_SAMPLES_DIR } from './samples-dir';

export interface ScoreCommandOptions {
  /** Stops the run (tests); by default Ctrl-C (SIGINT) does. */
  readonly signal?: AbortSignal;
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** Transport, for tests. */
  readonly http?: AxiosInstance;
}

interface ScoreFlags {
  readonly dir?: string;
  readonly input?: string;
  readonly offline?: boolean;
  readonly config?: string;
  readonly dryRun?: boolean;
  readonly today?: string;
  readonly since?: string | true;
  readonly model?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly state?: string;
}

interface Setup {
  readonly source: ScoreSource;
  readonly target?: ScoreTarget;
  readonly where: string;
  readonly offline: boolean;
  close(): Promise<void>;
}

class UsageError extends Error {}

const localDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

function parseSince(value: string | true | undefined, t: ScoreMessages): Date | undefined {
  if (value === undefined || value === true) return undefined;
  const at = new Date(isIsoDate(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(at.getTime())) throw new UsageError(t.errors.badSince(value));
  return at;
}

async function setupRun(ctx: CliContext, flags: ScoreFlags, options: ScoreCommandOptions, t: ScoreMessages): Promise<Setup> {
  const abs = (path: string): string => (isAbsolute(path) ? path : resolve(ctx.cwd, path));
  if (flags.input !== undefined && flags.dir !== undefined) throw new UsageError(t.errors.inputAndDir);
  const offline = flags.offline === true || flags.input !== undefined || flags.dir !== undefined
    || !hasConnectionSettings({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config });
  if (!offline) {
    if (flags.out !== undefined) throw new UsageError(t.errors.outOnline);
    const [{ connectEspo }, { GatewaySource }] = await Promise.all([import('../../jobs/score/connect'), import('../../jobs/score/gateway-source')]);
    const espo = connectEspo({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config, http: options.http });
    return { source: new GatewaySource(espo.gateway, espo.key), target: espo.gateway, where: t.espo(espo.config.espo.url), offline: false, close: async () => undefined };
  }
  const path = abs(flags.input ?? flags.dir ?? BUNDLED_SAMPLES_DIR);
  const reader = flags.input === undefined ? new CsvDirReader(path) : new JsonlReader(path);
  const out = flags.out === undefined || flags.dryRun === true ? undefined : new JsonlTarget(abs(flags.out));
  return { source: new FileSource(reader), ...(out ? { target: out } : {}), where: t.files(path), offline: true, close: async () => out?.close() };
}

function failure(error: unknown, t: ScoreMessages, flags: ScoreFlags, lang: CliContext['lang']): string | undefined {
  if (error instanceof UsageError) return error.message;
  if (error instanceof ScoringModelError) return t.errors.model(flags.model ?? '', error.issues.map((i) => i.message).join('; '));
  const message = failureMessage(error, lang);
  if (message !== undefined) return message;
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT' && flags.model !== undefined) return t.errors.model(flags.model, 'ENOENT');
  return undefined;
}

function printLine(ctx: CliContext, line: ScoreLine): void {
  const { lang } = ctx;
  const reasons = line.reasons.map((r) => ({ rule: r.rule, label: r.label[lang], value: r.value, points: r.points }));
  ctx.stdout.write(`${JSON.stringify({ ...line, reasons, top: line.top[lang] })}\n`);
}

function printReport(ctx: CliContext, report: ScoreReport, setup: Setup, flags: ScoreFlags, t: ScoreMessages): void {
  const lines = [
    t.title(setup.where, report.today, report.dryRun),
    ...(report.mode === 'incremental' ? [t.since(report.since)] : []),
    ...(report.resumed ? [t.resumed] : []),
    ...renderScoreSummary(report, ctx.lang),
    ...(setup.offline && flags.out === undefined && !report.dryRun ? [t.offlineNotSaved] : []),
  ];
  // With --json, stdout holds only the record lines.
  (flags.json === true ? ctx.stderr : ctx.stdout).write(`${lines.join('\n')}\n`);
}

function interruptSignal(options: ScoreCommandOptions): { signal: AbortSignal; release: () => void } {
  if (options.signal !== undefined) return { signal: options.signal, release: () => undefined };
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  return { signal: controller.signal, release: () => process.off('SIGINT', onSigint) };
}

async function runScore(ctx: CliContext, flags: ScoreFlags, options: ScoreCommandOptions): Promise<void> {
  const t = SCORE_MESSAGES[ctx.lang];
  const now = options.now ?? (() => new Date());
  if (flags.today !== undefined && !isIsoDate(flags.today)) {
    ctx.stderr.write(`${t.errors.badToday(flags.today)}\n`);
    ctx.setExitCode(2);
    return;
  }
  const { signal, release } = interruptSignal(options);
  let setup: Setup | undefined;
  try {
    const since = parseSince(flags.since, t);
    const models = await loadModels(flags.model === undefined ? undefined : resolve(ctx.cwd, flags.model));
    setup = await setupRun(ctx, flags, options, t);
    const statePath = resolve(ctx.cwd, flags.state ?? ctx.env.AUTOCIBLE_STATE_FILE ?? DEFAULT_STATE_FILE);
    const input: ScoreJobInput = {
      source: setup.source, ...(setup.target ? { target: setup.target } : {}), models,
      today: flags.today ?? localDay(now()), ...(flags.today === undefined ? { scoredAtDay: now().toISOString().slice(0, 10) } : {}),
      mode: flags.since === undefined ? 'full' : 'incremental', ...(since ? { since } : {}), state: new ScoreStateStore(statePath),
    };
    const progress = ctx.isTty && flags.json !== true
      ? (p: { step: string; done: number }) => void ctx.stderr.write(`\r\x1b[K${t.progress(p.step, String(p.done))}`)
      : () => undefined;
    const report = await runScoreJob(input, {
      signal, progress, log: SILENT_LOGGER, dryRun: flags.dryRun === true, now, ...(flags.json === true ? { onLine: (l: ScoreLine) => printLine(ctx, l) } : {}),
    });
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    printReport(ctx, report, setup, flags, t);
    ctx.setExitCode(report.interrupted ? 130 : 0);
  } catch (error) {
    const message = failure(error, t, flags, ctx.lang);
    if (message === undefined) throw error;
    ctx.stderr.write(`${message}\n`);
    ctx.setExitCode(error instanceof UsageError ? 2 : 1);
  } finally {
    release();
    await setup?.close();
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
