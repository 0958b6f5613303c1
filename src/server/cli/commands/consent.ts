/**
 * `autocible consent check` (issue 5 "Jobs"): channel eligibility per person and channel, with reason and
 * legal reference, offline on CSV files or on EspoCRM. Reads only. People on the opposition list of this
 * installation are never eligible. Exit code 0, or 1/2 for a failure/bad option, 130 for Ctrl-C (every
 * `consent` command stops at once: each person's history is one write, and a rerun records nothing twice).
 * `consent sync` and `consent import <file>` (issue 5 "Consent"): hand edits, EspoCRM's opt-out flags, the
 * opposition list (sync) and consent files (import) recorded into the history; dry run without `--yes`;
 * exit 1 when something needs a person to look at it.
 */
import { isAbsolute, join } from 'node:path';
import { Command } from 'commander';
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_CHANNELS } from '../../../core/consent';
import { DEFAULT_STATE_DIR, installationHash, readInstallationSalt } from '../../audit';
import type { ConsentCheckInput, ConsentCheckLine, ConsentImportLine, ConsentImportRecord, ConsentImportReport, ConsentSyncLine } from '../../jobs/consent';
import { runConsentCheck, runConsentImport, runConsentSync } from '../../jobs/consent';
import type { RgpdSource } from '../../jobs/retention';
import { OPPOSITION_FILE, OppositionList } from '../../opposition';
import type { CliContext } from '../context';
import { guardInterrupt } from '../interrupt';
import type { InterruptGuard } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import type { ConsentMessages } from './consent-messages';
import { CONSENT_MESSAGES } from './consent-messages';
import type { RgpdCommandDeps, SourceFlags } from './retention';
import { checkToday, jobContext, openSourceForCli, reportFailure, sourceLabel, withSourceOptions } from './retention';
import { countsText, renderTable } from './retention-messages';
import { colon } from './sample-messages';

interface CheckFlags extends SourceFlags {
  readonly channel?: string;
  readonly stateDir?: string;
  readonly allIdentifiers?: boolean;
}

function isChannel(value: string): value is ConsentChannel {
  return (CONSENT_CHANNELS as readonly string[]).includes(value);
}

/** The opposition list of the state directory, when this installation has a salt. */
async function oppositionOf(ctx: CliContext, stateDir: string | undefined): Promise<ConsentCheckInput['opposition']> {
  const dir = stateDir === undefined ? join(ctx.cwd, DEFAULT_STATE_DIR) : isAbsolute(stateDir) ? stateDir : join(ctx.cwd, stateDir);
  const salt = await readInstallationSalt(dir);
  return salt === null ? undefined : { list: await OppositionList.load(join(dir, OPPOSITION_FILE)), hash: installationHash(salt) };
}

function lineJson(line: ConsentCheckLine, lang: 'fr' | 'en'): string {
  return JSON.stringify({ ...line, reason: line.reason[lang] });
}

function lineRow(line: ConsentCheckLine, t: ConsentMessages, lang: 'fr' | 'en'): string[] {
  return [line.id, line.entityType, t.channels[line.channel], line.eligible ? t.yes : t.no, line.ruleId, line.reason[lang]];
}

async function runCheck(ctx: CliContext, deps: RgpdCommandDeps, flags: CheckFlags): Promise<void> {
  const t = CONSENT_MESSAGES[ctx.lang];
  const today = checkToday(ctx, flags.today, t.errors.badToday);
  if (today === null) return;
  if (flags.channel !== undefined && !isChannel(flags.channel)) {
    ctx.stderr.write(`${t.errors.badChannel(flags.channel)}\n`);
    return ctx.setExitCode(2);
  }
  try {
    const source = await openSourceForCli(ctx, deps, flags);
    const opposition = await oppositionOf(ctx, flags.stateDir);
    const rows: string[][] = [];
    const onLine = (line: ConsentCheckLine): void => void (flags.json === true ? ctx.stdout.write(`${lineJson(line, ctx.lang)}\n`) : rows.push(lineRow(line, t, ctx.lang)));
    const report = await runConsentCheck({
      gateway: source.gateway, today, onLine, ...(flags.channel === undefined ? {} : { channels: [flags.channel] }),
      ...(opposition === undefined ? {} : { opposition: { ...opposition, allIdentifiers: flags.allIdentifiers === true } }),
    }, jobContext(ctx, true, t.progress));
    if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
    const summary = [
      ...CONSENT_CHANNELS.flatMap((channel) => {
        const count = report.channels[channel];
        return count === undefined ? [] : [t.channelSummary(t.channels[channel], count.eligible, count.notEligible)];
      }),
      ...report.rejectedEdits.map((e) => t.rejectedEdit(e.id, t.channels[e.channel], e.field)),
    ];
    if (flags.json === true) ctx.stderr.write(`${summary.join('\n')}\n`);
    else ctx.stdout.write([t.title(sourceLabel(source), today), '', ...renderTable([t.columns, ...rows]), '', ...summary, ''].join('\n'));
  } catch (error) {
    if (!reportFailure(ctx, error)) throw error;
  }
}

interface WriteFlags extends SourceFlags {
  readonly yes?: boolean;
  readonly stateDir?: string;
}

interface SyncFlags extends WriteFlags {
  readonly allIdentifiers?: boolean;
}

const channelList = (channels: readonly ConsentChannel[], t: ConsentMessages): string => channels.map((c) => t.channels[c]).join(', ') || '—';

function syncRow(line: ConsentSyncLine, t: ConsentMessages): string[] {
  const refused = line.rejected.map((r) => `${t.channels[r.channel]} (${t.fields[r.field]})`).join(', ');
  return [line.id, line.entityType, t.syncOutcomes[line.outcome], channelList(line.channels, t), String(line.eventsAdded), refused, line.outranked.map((c) => t.channels[c]).join(', ')];
}

/** From the moment a run may write to EspoCRM, Ctrl-C says the people already processed are saved. */
function sayWhenWriting(ctx: CliContext, guard: InterruptGuard, source: RgpdSource, dryRun: boolean): void {
  if (!dryRun && source.kind === 'espo') guard.say(INTERRUPT_MESSAGES[ctx.lang].consentSaved);
}

/** What a writing run must say about where its writes went. */
function writeNotes(t: ConsentMessages, source: RgpdSource, dryRun: boolean): string[] {
  if (dryRun) return [t.dryRunNote];
  return source.kind === 'files' ? [t.offlineNote] : [];
}

/** Prints the table (or, with --json, the summary on stderr) of a writing run. */
function printRun(ctx: CliContext, json: boolean | undefined, title: string, tables: readonly (readonly string[][])[], summary: readonly string[]): void {
  if (ctx.isTty) ctx.stderr.write('\r\x1b[K');
  if (json === true) return void ctx.stderr.write(`${summary.join('\n')}\n`);
  const blocks = tables.filter((table) => table.length > 1).flatMap((table) => [...renderTable(table), '']);
  ctx.stdout.write([title, '', ...blocks, ...summary, ''].join('\n'));
}

async function runSync(ctx: CliContext, deps: RgpdCommandDeps, flags: SyncFlags, guard: InterruptGuard): Promise<void> {
  const t = CONSENT_MESSAGES[ctx.lang];
  const today = checkToday(ctx, flags.today, t.errors.badToday);
  if (today === null) return;
  const dryRun = flags.yes !== true;
  try {
    const source = await openSourceForCli(ctx, deps, flags);
    sayWhenWriting(ctx, guard, source, dryRun);
    const opposition = await oppositionOf(ctx, flags.stateDir);
    const rows: string[][] = [[...t.syncColumns]];
    const onRecord = (line: ConsentSyncLine): void => void (flags.json === true ? ctx.stdout.write(`${JSON.stringify(line)}\n`) : rows.push(syncRow(line, t)));
    const withOpposition = opposition === undefined ? {} : { opposition: { ...opposition, allIdentifiers: flags.allIdentifiers === true } };
    const report = await runConsentSync({ gateway: source.gateway, today, onRecord, ...withOpposition }, jobContext(ctx, dryRun, t.progress));
    const { people, counts, eventsAdded, hostFlagObjections, oppositionObjections, rejectedEdits, outrankedEdits } = report;
    const summary = [
      t.syncSummary(people, countsText(counts, t.syncOutcomes, ctx.lang), eventsAdded, hostFlagObjections, oppositionObjections, rejectedEdits),
      ...(outrankedEdits > 0 ? [t.syncOutranked(outrankedEdits)] : []), ...writeNotes(t, source, dryRun),
    ];
    printRun(ctx, flags.json, t.syncTitle(sourceLabel(source), today, dryRun), [rows], summary);
    ctx.setExitCode(report.counts.invalidHistory > 0 ? 1 : 0);
  } catch (error) {
    if (!reportFailure(ctx, error)) throw error;
  }
}

function importLineRow(line: ConsentImportLine, t: ConsentMessages, lang: 'fr' | 'en'): string[] {
  const field = line.field === null ? '' : t.fields[line.field];
  const detail = line.dateDefaulted && line.outcome === 'accepted' ? t.datedToday : line.problem !== null ? `${field}${colon(lang)}${t.problems[line.problem]}` : field;
  return [String(line.line), t.lineOutcomes[line.outcome], line.channel === null ? '—' : t.channels[line.channel], line.keyKind === null ? '—' : t.keyKinds[line.keyKind], detail];
}

function recordRow(record: ConsentImportRecord, t: ConsentMessages): string[] {
  return [record.id, record.entityType, t.recordOutcomes[record.outcome], channelList(record.channels, t), String(record.eventsAdded), record.lines.join(', ')];
}

/** Lines a person must look at: the file or the CRM needs fixing. Opposed and duplicate lines are expected. */
const needsReview = (report: ConsentImportReport): boolean =>
  report.counts.rejected + report.counts.unknownPerson + report.counts.ambiguous + report.counts.invalidHistory > 0;

async function runImport(ctx: CliContext, deps: RgpdCommandDeps, file: string, flags: WriteFlags, guard: InterruptGuard): Promise<void> {
  const t = CONSENT_MESSAGES[ctx.lang];
  const today = checkToday(ctx, flags.today, t.errors.badToday);
  if (today === null) return;
  const dryRun = flags.yes !== true;
  const json = (value: object): void => void ctx.stdout.write(`${JSON.stringify(value)}\n`);
  try {
    const source = await openSourceForCli(ctx, deps, flags);
    sayWhenWriting(ctx, guard, source, dryRun);
    const opposition = await oppositionOf(ctx, flags.stateDir);
    const lines: string[][] = [[...t.lineColumns]];
    const records: string[][] = [[...t.recordColumns]];
    const report = await runConsentImport({
      gateway: source.gateway, path: isAbsolute(file) ? file : join(ctx.cwd, file), today, ...(opposition === undefined ? {} : { opposition }),
      onLine: (line) => (flags.json === true ? json(line) : void lines.push(importLineRow(line, t, ctx.lang))),
      onRecord: (record) => (flags.json === true ? json(record) : void records.push(recordRow(record, t))),
    }, jobContext(ctx, dryRun, t.progress));
    const summary = [
      t.importSummary(report.lines, countsText(report.counts, t.lineOutcomes, ctx.lang), report.people.changed, report.people.unchanged, report.eventsAdded),
      ...(report.ignoredColumns.length > 0 ? [t.ignoredColumns(report.ignoredColumns.join(', '))] : []), ...writeNotes(t, source, dryRun),
    ];
    printRun(ctx, flags.json, t.importTitle(report.file, sourceLabel(source), today, dryRun), [lines, records], summary);
    ctx.setExitCode(needsReview(report) ? 1 : 0);
  } catch (error) {
    if (!reportFailure(ctx, error)) throw error;
  }
}

/** `consent` with its `check`, `sync` and `import` subcommands. */
export function consentCommand(ctx: CliContext, deps: RgpdCommandDeps = {}): Command {
  const t = CONSENT_MESSAGES[ctx.lang];
  const guarded = (body: (guard: InterruptGuard) => Promise<void>): Promise<void> => guardInterrupt(ctx, INTERRUPT_MESSAGES[ctx.lang].nothingChanged, body);
  const writeTexts = { ...t.options, json: t.writeOptions.json, today: t.writeOptions.today };
  const check = withSourceOptions(new Command('check').description(t.checkDescription), t.options)
    .option('--channel <channel>', t.options.channel)
    .option('--state-dir <path>', t.options.stateDir)
    .option('--all-identifiers', t.options.allIdentifiers)
    .action(async (flags: CheckFlags) => guarded(async () => runCheck(ctx, deps, flags)));
  // sync reads no file: its --json has no file lines to review.
  const sync = withSourceOptions(new Command('sync').description(t.syncDescription), { ...writeTexts, json: t.writeOptions.syncJson })
    .option('--yes', t.writeOptions.yes)
    .option('--state-dir <path>', t.options.stateDir)
    .option('--all-identifiers', t.options.allIdentifiers)
    .action(async (flags: SyncFlags) => guarded(async (guard) => runSync(ctx, deps, flags, guard)));
  const importFile = withSourceOptions(new Command('import').description(t.importDescription).argument('<file>', t.writeOptions.file), writeTexts)
    .option('--yes', t.writeOptions.yes)
    .option('--state-dir <path>', t.options.stateDir)
    .action(async (file: string, flags: WriteFlags) => guarded(async (guard) => runImport(ctx, deps, file, flags, guard)));
  return new Command('consent').description(t.description).addCommand(check).addCommand(sync).addCommand(importFile);
}
