/**
 * `autocible vmc`: computes each Contact's and Account's VMC exactly as the VMC side panel does and writes the four
 * values and `autoCibleVmcComputedAt` into their VMC fields, only those that changed. On EspoCRM when connection
 * settings are present, else offline on a dataset directory (the bundled samples/), writing nothing. Exit code 0
 * when the run finished (skipped records included), 1 when it could not run, 2 for a bad option, 130 when Ctrl-C
 * stopped it (after the batch under way; a rerun computes again and writes nothing twice).
 */
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import type { JobProgress } from '../../jobs/types';
import { SILENT_LOGGER } from '../../jobs/types';
import { runVmcJob } from '../../jobs/vmc/run-vmc-job';
import type { VmcLine, VmcReport } from '../../jobs/vmc/types';
import type { CliContext } from '../context';
import { printDatedReport, runDatedJob } from './dated-job-run';
import { formatCount } from './sample-messages';
import { stepLabel } from './step-label';
import { renderVmcSummary, VMC_MESSAGES, vmcInterruptedLine } from './vmc-messages';
import type { VmcMessages } from './vmc-messages';
import { setupVmcRun } from './vmc-setup';
import type { VmcSetup, VmcSetupFlags } from './vmc-setup';

export interface VmcCommandOptions {
  /** Stops the run (tests); by default Ctrl-C (SIGINT) does. */
  readonly signal?: AbortSignal;
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** Transport, for tests. */
  readonly http?: AxiosInstance;
}

interface VmcFlags extends VmcSetupFlags {
  readonly dryRun?: boolean;
  readonly today?: string;
  readonly json?: boolean;
}

function printReport(ctx: CliContext, report: VmcReport, setup: VmcSetup, flags: VmcFlags, t: VmcMessages): void {
  const saved = !setup.offline;
  const lines = [
    t.title(setup.where, report.today, report.dryRun),
    ...renderVmcSummary({ ...report, interrupted: false }, ctx.lang, saved),
    ...(setup.offline ? [t.offline] : []),
    ...(setup.rejectedRows > 0 ? [t.rejectedRows(formatCount(ctx.lang, setup.rejectedRows))] : []),
  ];
  printDatedReport(ctx, flags.json === true, lines, report.interrupted ? vmcInterruptedLine(report, ctx.lang, saved) : undefined);
}

function printLine(ctx: CliContext, line: VmcLine): void {
  const { id, entityType, vmcBrute, vmcNette, vmcMarge, vmcNetteMarge, changed, invalidInputs } = line;
  ctx.stdout.write(`${JSON.stringify({ id, entityType, vmcBrute, vmcNette, vmcMarge, vmcNetteMarge, changed, invalidInputs })}\n`);
}

function progressOf(ctx: CliContext, flags: VmcFlags, t: VmcMessages): (p: JobProgress) => void {
  if (!ctx.isTty || flags.json === true) return () => undefined;
  return (p) => void ctx.stderr.write(`\r\x1b[K${t.progress(stepLabel(p.step, ctx.lang), formatCount(ctx.lang, p.done))}`);
}

async function runVmc(ctx: CliContext, flags: VmcFlags, options: VmcCommandOptions): Promise<void> {
  const t = VMC_MESSAGES[ctx.lang];
  const now = options.now ?? (() => new Date());
  await runDatedJob(ctx, flags, {
    messages: t.errors, now, ...(options.signal === undefined ? {} : { signal: options.signal }),
    setup: async () => setupVmcRun(ctx, flags, t, options.http),
    run: async ({ setup, today, realToday, dryRun, signal }) => runVmcJob({
      source: setup.source, ...(setup.target === undefined ? {} : { target: setup.target }), today,
      // `autoCibleVmcComputedAt` is UTC: the dealership's today is dated with the UTC day of each batch's write.
      ...(today === realToday ? { stampedByClock: true } : {}),
    }, {
      signal, progress: progressOf(ctx, flags, t), log: SILENT_LOGGER, dryRun, now,
      ...(flags.json === true ? { onLine: (line: VmcLine) => printLine(ctx, line) } : {}),
    }),
    print: (report, setup) => printReport(ctx, report, setup, flags, t),
  });
}

export function vmcCommand(ctx: CliContext, options: VmcCommandOptions = {}): Command {
  const t = VMC_MESSAGES[ctx.lang];
  return new Command('vmc')
    .description(t.description)
    .option('--dry-run', t.options.dryRun)
    .option('--today <date>', t.options.today)
    .option('--json', t.options.json)
    .option('--offline', t.options.offline)
    .option('--dir <path>', t.options.dir)
    .option('--config <path>', t.options.config)
    .action(async (flags: VmcFlags) => runVmc(ctx, flags, options));
}
