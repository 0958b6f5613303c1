/**
 * `autocible sample` (`npm start`): runs the main job on a dataset directory (the bundled samples/
 * by default) and prints the validation report and the VMC summary per segment, in French or
 * English. Exit code 0 when the job ran, bad rows included; 1 when the directory, a file or a header
 * is unusable; 2 for a bad option; 130 when Ctrl-C stopped it (nothing is ever changed).
 */
import { Command } from 'commander';
import { COMPANY_TYPE, CUSTOMER_KIND, isIsoDate, LIFECYCLE_STAGE } from '../../../core/catalogue';
import type { EnumDef } from '../../../core/catalogue';
import type { SampleReport } from '../../jobs/sample-job';
import { runSampleJob } from '../../jobs/sample-job';
import { renderGradesAndReasons } from './score-messages';
import type { JobProgress } from '../../jobs/types';
import { SILENT_LOGGER } from '../../jobs/types';
import type { VmcSegmentReport } from '../../jobs/vmc-segments';
import type { CliContext } from '../context';
import { failureText } from '../failure-text';
import { guardInterrupt } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import type { CliLang, SampleMessages } from './sample-messages';
import { formatCount, formatMoney, formatPercent, SAMPLE_MESSAGES } from './sample-messages';
import { BUNDLED_SAMPLES_DIR } from './samples-dir';
import { dealerToday } from './dealer-day';

/** Lines of a left-aligned first column and right-aligned others. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('   ')}`.trimEnd());
}

function optionLabel(def: EnumDef, code: string | undefined, lang: CliLang, t: SampleMessages): string {
  const option = def.options.find((o) => o.code === code);
  return option === undefined ? t.none : option.label[lang];
}

function segmentLabel(segment: VmcSegmentReport, lang: CliLang, t: SampleMessages): string {
  const { customerKind, lifecycleStage, companyType } = segment.keys;
  if (companyType !== undefined) return optionLabel(COMPANY_TYPE, companyType, lang, t);
  return `${optionLabel(CUSTOMER_KIND, customerKind, lang, t)} · ${optionLabel(LIFECYCLE_STAGE, lifecycleStage, lang, t)}`;
}

function vmcLines(heading: string, segments: readonly VmcSegmentReport[], lang: CliLang, t: SampleMessages): string[] {
  if (segments.length === 0) return [heading, `  ${t.noRecords}`];
  const money = (n: number): string => formatMoney(lang, n);
  const rows = segments.map((s) => [
    segmentLabel(s, lang, t), formatCount(lang, s.count), money(s.vmcBrute.mean), money(s.vmcBrute.median),
    money(s.vmcNette.mean), money(s.vmcNette.median), formatPercent(lang, s.historyShare),
  ]);
  return [heading, ...table([t.vmcColumns, ...rows])];
}

export function renderSampleReport(report: SampleReport, lang: CliLang): string {
  const t = SAMPLE_MESSAGES[lang];
  const fileRows = report.files.map((f) => [f.file, formatCount(lang, f.rows), formatCount(lang, f.valid), formatCount(lang, f.rejected)]);
  const issues = report.issues.map((i) => {
    const where = i.column === null ? `${i.file}:${i.line}` : `${i.file}:${i.line}  ${i.column}`;
    // The category, then the reader's detail in the same language (never a personal-data value).
    const detail = i.code === 'required' || i.code === 'unknownColumn' ? '' : ` — ${i.reason[lang]}`;
    return `  ${where}  ${i.severity === 'warning' ? t.warningPrefix : ''}${t.issueCodes[i.code]}${detail}`;
  });
  return [
    t.title(report.dir, report.today),
    '',
    t.filesHeading,
    ...table([t.fileColumns, ...fileRows]),
    '',
    t.issuesHeading(formatCount(lang, report.issues.length)),
    ...(issues.length === 0 ? [`  ${t.noIssues}`] : issues),
    '',
    ...vmcLines(t.vmcContactsHeading, report.vmc.contacts, lang, t),
    '',
    ...vmcLines(t.vmcAccountsHeading, report.vmc.accounts, lang, t),
    '',
    t.defaultsNote,
    '',
    t.scoringHeading(formatCount(lang, report.scoring.scored), report.today),
    ...renderGradesAndReasons(report.scoring, lang).map((line) => `  ${line}`),
    '',
  ].join('\n');
}

/**
 * The report as `--json` prints it: each issue's `reason` is its English text, a string as it always was,
 * whatever `--lang` says (scripts read it; the French text is for the printed report).
 */
function sampleReportJson(report: SampleReport): string {
  const issues = report.issues.map((issue) => ({ ...issue, reason: issue.reason.en }));
  return JSON.stringify({ ...report, issues }, null, 2);
}

function progressWriter(ctx: CliContext, t: SampleMessages): (p: JobProgress) => void {
  if (!ctx.isTty) return () => undefined;
  return (p) => ctx.stderr.write(`\r\x1b[K${t.progress(p.step, formatCount(ctx.lang, p.done))}`);
}

interface SampleOptions {
  readonly dir: string;
  readonly json?: boolean;
  readonly today?: string;
}

async function runSample(ctx: CliContext, options: SampleOptions): Promise<void> {
  const t = SAMPLE_MESSAGES[ctx.lang];
  const today = options.today ?? dealerToday(ctx);
  if (!isIsoDate(today)) {
    ctx.stderr.write(`${t.errors.badToday(today)}\n`);
    ctx.setExitCode(2);
    return;
  }
  try {
    const job = { signal: new AbortController().signal, progress: progressWriter(ctx, t), log: SILENT_LOGGER };
    const report = await runSampleJob({ dir: options.dir, today }, job);
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    ctx.stdout.write(options.json === true ? `${sampleReportJson(report)}\n` : renderSampleReport(report, ctx.lang));
  } catch (error) {
    const message = failureText(error, ctx.lang);
    if (message === undefined) throw error;
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    ctx.stderr.write(`${message}\n`);
    ctx.setExitCode(1);
  }
}

export function sampleCommand(ctx: CliContext): Command {
  const t = SAMPLE_MESSAGES[ctx.lang];
  return new Command('sample')
    .description(t.description)
    .option('--dir <path>', t.options.dir, BUNDLED_SAMPLES_DIR)
    .option('--json', t.options.json)
    .option('--today <date>', t.options.today)
    // Reads only: Ctrl-C stops at once.
    .action(async (options: SampleOptions) => guardInterrupt(ctx, INTERRUPT_MESSAGES[ctx.lang].nothingChanged, async () => runSample(ctx, options)));
}
