/**
 * `autocible retention plan` and `autocible retention apply` (issue 5 "Jobs"): offline on CSV files or on
 * EspoCRM, dry run by default. Exit code 0 when the run went through, 1 when records failed or the run
 * stopped early for a reason other than `--limit` or Ctrl-C, 2 for a bad option or configuration, 130 when
 * Ctrl-C stopped it. Also the helpers `consent check` shares: opening the data source and reporting expected
 * failures.
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import { isIsoDate } from '../../../core/catalogue';
import type { RetentionPlan, RetentionPolicy } from '../../../core/retention';
import { DEFAULT_STATE_DIR } from '../../audit';
import { isConfigError, loadRetentionPolicy } from '../../config';
import { OPPOSITION_FILE } from '../../opposition';
import { openRgpdSource, runApplySession } from '../../jobs/retention';
import { runPlanSession } from '../../jobs/retention/plan-session';
import type { ApplyRecordResult, RetentionApplyReport, RgpdJobContext, RgpdSource } from '../../jobs/retention';
import { SILENT_LOGGER } from '../../jobs/types';
import { BUNDLED_SAMPLES_DIR } from './samples-dir';
import type { CliContext } from '../context';
import { failureMessage } from '../failure-text';
import { guardInterrupt, interruptsOf } from '../interrupt';
import type { InterruptGuard } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import { INTERRUPTED_EXIT_CODE } from '../interrupt-source';
import type { RetentionMessages } from './retention-messages';
import { abortedLine, applyLines, applyRow, countsText, planJson, planRow, RETENTION_MESSAGES, renderTable } from './retention-messages';
import { dealerTimeZone, dealerToday } from './dealer-day';

/** What tests inject. */
export interface RgpdCommandDeps {
  /** Transport of the EspoCRM client. @defaultValue `axios.create()` */
  readonly http?: AxiosInstance;
  /** Dataset used offline without `--dir`. @defaultValue the bundled samples */
  readonly bundledDir?: string;
}

export interface SourceFlags {
  readonly dir?: string;
  readonly offline?: boolean;
  readonly config?: string;
  readonly json?: boolean;
  readonly today?: string;
}

export async function openSourceForCli(ctx: CliContext, deps: RgpdCommandDeps, flags: SourceFlags): Promise<RgpdSource> {
  return openRgpdSource({
    env: ctx.env, cwd: ctx.cwd, bundledDir: deps.bundledDir ?? BUNDLED_SAMPLES_DIR,
    ...(flags.dir === undefined ? {} : { dir: flags.dir }), ...(flags.offline === true ? { offline: true } : {}),
    ...(flags.config === undefined ? {} : { configPath: flags.config }), ...(deps.http === undefined ? {} : { http: deps.http }),
  });
}

export function sourceLabel(source: RgpdSource): string {
  return source.kind === 'files' ? source.dir : source.url;
}

/** Progress on a terminal only, on stderr. */
export function jobContext(ctx: CliContext, dryRun: boolean, progress: (step: string, done: number) => string): RgpdJobContext {
  const write = ctx.isTty ? (p: { step: string; done: number }) => void ctx.stderr.write(`\r\x1b[K${progress(p.step, p.done)}`) : () => undefined;
  return { signal: new AbortController().signal, progress: write, log: SILENT_LOGGER, dryRun };
}

/** Prints an expected failure (exit 2 for configuration, 1 otherwise); false for a bug, to rethrow. */
export function reportFailure(ctx: CliContext, error: unknown): boolean {
  if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
  const message = failureMessage(error, ctx.lang);
  if (message === undefined) return false;
  ctx.stderr.write(`${message}\n`);
  ctx.setExitCode(isConfigError(error) ? 2 : 1);
  return true;
}

/** The evaluation day, or null after reporting a bad `--today` (exit 2). */
export function checkToday(ctx: CliContext, value: string | undefined, badToday: (value: string) => string): string | null {
  const today = value ?? dealerToday(ctx);
  if (isIsoDate(today)) return today;
  ctx.stderr.write(`${badToday(today)}\n`);
  ctx.setExitCode(2);
  return null;
}

interface PolicyFlags {
  readonly policy?: string;
}

/** The policy of `--policy` (relative to the working directory), or nothing for the référentiel's defaults. */
async function policyOption(ctx: CliContext, flags: PolicyFlags): Promise<{ policy?: RetentionPolicy; line: string[] }> {
  if (flags.policy === undefined) return { line: [] };
  const policy = await loadRetentionPolicy(resolve(ctx.cwd, flags.policy));
  return { policy, line: [RETENTION_MESSAGES[ctx.lang].policyLine(policy, flags.policy)] };
}

interface PlanFlags extends SourceFlags, PolicyFlags {
  readonly write?: boolean;
  readonly stateDir?: string;
}

/**
 * Ctrl-C stops at once: the plan reads only, and with `--write` on EspoCRM each record's plan is one write. That
 * write takes the lock of `retention apply` (`--state-dir`), so it never runs while records are anonymised.
 */
async function runPlan(ctx: CliContext, deps: RgpdCommandDeps, flags: PlanFlags, guard: InterruptGuard): Promise<void> {
  const t = RETENTION_MESSAGES[ctx.lang];
  const today = checkToday(ctx, flags.today, t.errors.badToday);
  if (today === null || !futureTodayAllowed(ctx, flags.write === true && flags.today !== undefined, flags.config, today, t.errors.futureTodayWrite)) return;
  try {
    const { policy, line } = await policyOption(ctx, flags);
    const source = await openSourceForCli(ctx, deps, flags);
    if (flags.write === true && source.kind === 'espo') guard.say(INTERRUPT_MESSAGES[ctx.lang].planSaved);
    const rows: string[][] = [];
    const onPlan = (plan: RetentionPlan): void => void (flags.json === true ? ctx.stdout.write(`${planJson(plan, ctx.lang)}\n`) : rows.push(planRow(plan, t, ctx.lang)));
    const lockDir = flags.write === true && source.kind === 'espo' ? statePaths(ctx.cwd, flags).stateDir : null;
    const input = { gateway: source.gateway, today, onPlan, timeZone: dealerTimeZone({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config }), ...(policy === undefined ? {} : { policy }) };
    const report = await runPlanSession(input, jobContext(ctx, flags.write !== true, t.progress), lockDir);
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    const summary = [...line, t.planSummary(countsText(report.counts, t.actions, ctx.lang), report.alreadyAnonymised, report.written)];
    if (report.readAgain > 0) summary.push(t.planReadAgain(report.readAgain));
    if (report.confirmed > 0) summary.push(t.planConfirmed(report.confirmed));
    if (flags.write === true && source.kind === 'files') summary.push(t.planOfflineWrite);
    if (report.gone > 0) summary.push(t.planGone(report.gone));
    if (source.kind === 'files' && source.rejectedRows.people > 0) summary.push(t.rejectedRows(source.rejectedRows.people));
    if (source.kind === 'files' && source.rejectedRows.other > 0) summary.push(t.rejectedOtherRows(source.rejectedRows.other));
    if (flags.json === true) ctx.stderr.write(`${summary.join('\n')}\n`);
    else ctx.stdout.write([t.planTitle(sourceLabel(source), today), '', ...renderTable([t.planColumns, ...rows]), '', ...summary, ''].join('\n'));
  } catch (error) {
    if (!reportFailure(ctx, error)) throw error;
  }
}

interface ApplyFlags extends SourceFlags, PolicyFlags {
  readonly yes?: boolean;
  readonly limit?: string;
  readonly stateDir?: string;
  readonly audit?: string;
  readonly opposition?: string;
}

function statePaths(cwd: string, flags: Pick<ApplyFlags, 'stateDir' | 'audit' | 'opposition'>): { stateDir: string; auditPath: string; oppositionPath: string } {
  const resolve = (path: string): string => (isAbsolute(path) ? path : join(cwd, path));
  const stateDir = resolve(flags.stateDir ?? DEFAULT_STATE_DIR);
  return {
    stateDir,
    auditPath: flags.audit === undefined ? join(stateDir, 'audit.jsonl') : resolve(flags.audit),
    oppositionPath: flags.opposition === undefined ? join(stateDir, OPPOSITION_FILE) : resolve(flags.opposition),
  };
}

function parseLimit(ctx: CliContext, t: RetentionMessages, value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (Number.isInteger(limit) && limit > 0) return limit;
  ctx.stderr.write(`${t.errors.badLimit(value)}\n`);
  ctx.setExitCode(2);
  return null;
}

/** The run itself, once options are valid: source, permission check, session, report. */
async function applyWith(ctx: CliContext, deps: RgpdCommandDeps, flags: ApplyFlags, today: string, limit: number | undefined, signal: AbortSignal): Promise<void> {
  const t = RETENTION_MESSAGES[ctx.lang];
  const dryRun = flags.yes !== true;
  const { policy, line } = await policyOption(ctx, flags);
  const source = await openSourceForCli(ctx, deps, flags);
  if (!dryRun && source.kind !== 'espo') {
    ctx.stderr.write(`${t.errors.applyNeedsEspo('')}\n`);
    return ctx.setExitCode(2);
  }
  const appUser = source.kind === 'espo' ? await source.client.getAppUser({ signal }) : null;
  // Checked before anything is written: no audit entry, no opposition key for a run that cannot erase.
  if (!dryRun && appUser !== null && appUser.user.isAdmin !== true && appUser.acl.dataPrivacyPermission !== 'yes') {
    ctx.stderr.write(`${t.errors.noPrivacyPermission(appUser.user.id)}\n`);
    return ctx.setExitCode(1);
  }
  const rows: string[][] = [];
  const onResult = (r: ApplyRecordResult): void => void (flags.json === true ? ctx.stdout.write(`${JSON.stringify(r)}\n`) : rows.push(applyRow(r, t)));
  const report: RetentionApplyReport = await runApplySession({
    gateway: source.gateway, today, timeZone: dealerTimeZone({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config }), ...statePaths(ctx.cwd, flags), ...(limit === undefined ? {} : { limit }), ...(policy === undefined ? {} : { policy }),
    actor: { apiUserId: appUser?.user.id ?? null, osUser: userInfo().username }, runId: randomUUID(), onResult,
  }, { ...jobContext(ctx, dryRun, t.progress), signal });
  if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
  const lines = [...line, ...applyLines(report, t, ctx.lang)];
  if (flags.json === true) ctx.stderr.write(`${lines.join('\n')}\n`);
  else ctx.stdout.write([t.applyTitle(sourceLabel(source), today, dryRun), '', ...renderTable([t.applyColumns, ...rows]), '', ...lines, ''].join('\n'));
  // Ctrl-C fails the record it cut short (ABORTED): the next run finishes it. A report sent to a file or a pipe:
  // the person who pressed Ctrl-C still reads why it stopped.
  if (report.stoppedBy === 'aborted') {
    if (flags.json !== true && !ctx.isTty) ctx.stderr.write(`${abortedLine(t, dryRun)}\n`);
    return ctx.setExitCode(INTERRUPTED_EXIT_CODE);
  }
  const stoppedBadly = report.stoppedBy !== null && report.stoppedBy !== 'limit';
  ctx.setExitCode(report.counts.failed > 0 || stoppedBadly ? 1 : 0);
}

/**
 * False after refusing (exit 2) a run that `writes` with a `--today` after the dealership's day: `apply --yes` would
 * erase people before their deadline and date the opposition list in the future, `plan --write` would show on the
 * records deadlines and statuses not reached yet. A dry run, or a plan that writes nothing, may look ahead.
 */
function futureTodayAllowed(ctx: CliContext, writes: boolean, config: string | undefined, today: string, message: (value: string, today: string) => string): boolean {
  if (!writes) return true;
  const dealerDay = dealerToday(ctx, config);
  if (today <= dealerDay) return true;
  ctx.stderr.write(`${message(today, dealerDay)}\n`);
  ctx.setExitCode(2);
  return false;
}

async function runApply(ctx: CliContext, deps: RgpdCommandDeps, flags: ApplyFlags): Promise<void> {
  const t = RETENTION_MESSAGES[ctx.lang];
  const today = checkToday(ctx, flags.today, t.errors.badToday);
  const limit = parseLimit(ctx, t, flags.limit);
  if (today === null || limit === null || !futureTodayAllowed(ctx, flags.yes === true && flags.today !== undefined, flags.config, today, t.errors.futureToday)) return;
  // Ctrl-C stops after the current request; the journal lets the next run finish the record.
  const controller = new AbortController();
  const release = interruptsOf(ctx).once(() => controller.abort());
  try {
    await applyWith(ctx, deps, flags, today, limit, controller.signal);
  } catch (error) {
    // Stopped before the session started (opening the source, reading the API user): the same line as its report's.
    // Once the session runs, an abort ends it with its report (`stoppedBy: 'aborted'`).
    if (controller.signal.aborted) return void stoppedBeforeReport(ctx, t, flags.yes !== true);
    if (!reportFailure(ctx, error)) throw error;
  } finally {
    release();
  }
}

function stoppedBeforeReport(ctx: CliContext, t: RetentionMessages, dryRun: boolean): void {
  if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
  ctx.stderr.write(`${abortedLine(t, dryRun)}\n`);
  ctx.setExitCode(INTERRUPTED_EXIT_CODE);
}

/** Options every RGPD command reading people shares. */
export function withSourceOptions(command: Command, texts: Readonly<Record<'today' | 'json' | 'dir' | 'offline' | 'config', string>>): Command {
  return command
    .option('--today <date>', texts.today)
    .option('--json', texts.json)
    .option('--dir <path>', texts.dir)
    .option('--offline', texts.offline)
    .option('--config <path>', texts.config);
}

/** `retention` with its `plan` and `apply` subcommands. */
export function retentionCommand(ctx: CliContext, deps: RgpdCommandDeps = {}): Command {
  const t = RETENTION_MESSAGES[ctx.lang];
  const plan = withSourceOptions(new Command('plan').description(t.planDescription), t.options)
    .option('--write', t.options.write)
    .option('--state-dir <path>', t.options.planStateDir)
    .option('--policy <path>', t.options.policy)
    .action(async (flags: PlanFlags) =>
      guardInterrupt(ctx, INTERRUPT_MESSAGES[ctx.lang].nothingChanged, async (guard) => runPlan(ctx, deps, flags, guard)));
  const apply = withSourceOptions(new Command('apply').description(t.applyDescription), t.options)
    .option('--yes', t.options.yes)
    .option('--limit <n>', t.options.limit)
    .option('--state-dir <path>', t.options.stateDir)
    .option('--audit <path>', t.options.audit)
    .option('--opposition <path>', t.options.opposition)
    .option('--policy <path>', t.options.policy)
    .action(async (flags: ApplyFlags) => runApply(ctx, deps, flags));
  return new Command('retention').description(t.description).addCommand(plan).addCommand(apply);
}
