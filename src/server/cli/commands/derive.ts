/**
 * `autocible derive`: writes each `AutoCibleVehicle`'s computed fields — category from the J.1 genre, energy family
 * from the P.3 code, next contrôle technique from the MEC and today — only those whose value changed, never emptying
 * one. On EspoCRM when connection settings are present, else offline on a dataset directory (the bundled samples/),
 * writing nothing. Exit code 0 when the run finished (skipped vehicles included), 1 when it could not run, 2 for a bad
 * option, 130 when Ctrl-C stopped it (after the batch under way; a rerun derives again and writes nothing twice).
 */
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import { VEHICLE_ENTITY_TYPE } from '../../jobs/derive/derive-fields';
import { runDeriveJob } from '../../jobs/derive/run-derive-job';
import type { DeriveLine, DeriveReport } from '../../jobs/derive/types';
import type { JobProgress } from '../../jobs/types';
import { SILENT_LOGGER } from '../../jobs/types';
import type { CliContext } from '../context';
import { printDatedReport, runDatedJob } from './dated-job-run';
import { DERIVE_MESSAGES, deriveInterruptedLine, renderDeriveSummary } from './derive-messages';
import type { DeriveMessages } from './derive-messages';
import { setupDeriveRun } from './derive-setup';
import type { DeriveSetup, DeriveSetupFlags } from './derive-setup';
import { formatCount } from './sample-messages';
import { stepLabel } from './step-label';

export interface DeriveCommandOptions {
  /** Stops the run (tests); by default Ctrl-C (SIGINT) does. */
  readonly signal?: AbortSignal;
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** Transport, for tests. */
  readonly http?: AxiosInstance;
}

interface DeriveFlags extends DeriveSetupFlags {
  readonly dryRun?: boolean;
  readonly today?: string;
  readonly json?: boolean;
}

function printReport(ctx: CliContext, report: DeriveReport, setup: DeriveSetup, flags: DeriveFlags, t: DeriveMessages): void {
  const saved = !setup.offline;
  const lines = [
    t.title(setup.where, report.today, report.dryRun),
    ...renderDeriveSummary({ ...report, interrupted: false }, ctx.lang, saved),
    ...(setup.offline ? [t.offline] : []),
    ...(setup.rejectedRows > 0 ? [t.rejectedRows(formatCount(ctx.lang, setup.rejectedRows))] : []),
  ];
  printDatedReport(ctx, flags.json === true, lines, report.interrupted ? deriveInterruptedLine(report, ctx.lang, saved) : undefined);
}

/** `{"id":"…","changes":{"nextCtDueDate":"2028-02-22"}}`: an id and codes or dates, never a plate, a VIN or a name. */
function printLine(ctx: CliContext, line: DeriveLine): void {
  ctx.stdout.write(`${JSON.stringify({ id: line.id, changes: line.changes })}\n`);
}

function progressOf(ctx: CliContext, flags: DeriveFlags, t: DeriveMessages): (p: JobProgress) => void {
  if (!ctx.isTty || flags.json === true) return () => undefined;
  const label = stepLabel(VEHICLE_ENTITY_TYPE, ctx.lang);
  return (p) => void ctx.stderr.write(`\r\x1b[K${t.progress(label, formatCount(ctx.lang, p.done))}`);
}

async function runDerive(ctx: CliContext, flags: DeriveFlags, options: DeriveCommandOptions): Promise<void> {
  const t = DERIVE_MESSAGES[ctx.lang];
  await runDatedJob(ctx, flags, {
    messages: t.errors, now: options.now ?? (() => new Date()), ...(options.signal === undefined ? {} : { signal: options.signal }),
    setup: async () => setupDeriveRun(ctx, flags, t, options.http),
    run: async ({ setup, today, dryRun, signal }) => runDeriveJob({ source: setup.source, ...(setup.target === undefined ? {} : { target: setup.target }), today }, {
      signal, progress: progressOf(ctx, flags, t), log: SILENT_LOGGER, dryRun,
      ...(flags.json === true ? { onLine: (line: DeriveLine) => printLine(ctx, line) } : {}),
    }),
    print: (report, setup) => printReport(ctx, report, setup, flags, t),
  });
}

export function deriveCommand(ctx: CliContext, options: DeriveCommandOptions = {}): Command {
  const t = DERIVE_MESSAGES[ctx.lang];
  return new Command('derive')
    .description(t.description)
    .option('--dry-run', t.options.dryRun)
    .option('--today <date>', t.options.today)
    .option('--json', t.options.json)
    .option('--offline', t.options.offline)
    .option('--dir <path>', t.options.dir)
    .option('--config <path>', t.options.config)
    .action(async (flags: DeriveFlags) => runDerive(ctx, flags, options));
}
