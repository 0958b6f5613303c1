/**
 * `autocible opposition check|add|remove`: look up, add (reason `objection`) and remove entries of the
 * opposition list of `--state-dir`, by e-mail address and phone number. The identifiers given are never
 * printed nor written in clear: reports say "e-mail #1", the files hold salted hashes. `add` and `remove`
 * are dry runs without `--yes`. Exit code 0, 1 for a file error, 2 for a bad option or identifier, 130 for
 * Ctrl-C (which lets a change under way finish: its audit line and list line go together).
 */
import { userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { Command } from 'commander';
import { isIsoDate } from '../../../core/catalogue';
import { DEFAULT_STATE_DIR } from '../../audit';
import type { OppositionAction, OppositionAdminReport, OppositionLookupLine, PersonIdentifiers } from '../../opposition';
import { changeOpposition, checkOpposition, invalidIdentifiers } from '../../opposition';
import type { CliContext } from '../context';
import { failureMessage } from '../failure-text';
import { guardInterrupt } from '../interrupt';
import type { InterruptGuard } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import type { OppositionMessages } from './opposition-messages';
import { OPPOSITION_MESSAGES } from './opposition-messages';
import { renderTable } from './retention-messages';
import { dealerToday } from './dealer-day';

interface Flags {
  readonly email: readonly string[];
  readonly phone: readonly string[];
  readonly stateDir?: string;
  readonly json?: boolean;
}

interface ChangeFlags extends Flags {
  readonly today?: string;
  readonly yes?: boolean;
  readonly reason?: string;
}

const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];

const stateDirOf = (ctx: CliContext, flags: Flags): string =>
  flags.stateDir === undefined ? join(ctx.cwd, DEFAULT_STATE_DIR) : isAbsolute(flags.stateDir) ? flags.stateDir : join(ctx.cwd, flags.stateDir);

/** Exit code 2 with a message. */
function badOption(ctx: CliContext, message: string): void {
  ctx.stderr.write(`${message}\n`);
  ctx.setExitCode(2);
}

/** The identifiers of the flags, or null after reporting none given (exit 2). */
function identifiersOf(ctx: CliContext, t: OppositionMessages, flags: Flags): PersonIdentifiers | null {
  if (flags.email.length + flags.phone.length > 0) return { emails: flags.email, phones: flags.phone };
  badOption(ctx, t.errors.noIdentifier);
  return null;
}

function row(line: OppositionLookupLine, t: OppositionMessages, withAction: boolean): string[] {
  const listed = !line.valid ? t.invalid : line.listed ? t.yes : t.no;
  const cells = [t.label(line.kind, line.index), listed, line.addedOn ?? '—', line.reason === null ? '—' : t.reasons[line.reason]];
  return withAction ? [...cells, line.action === null ? '—' : t.actions[line.action]] : cells;
}

/** The table (or one JSON object per identifier on stdout, the notes on stderr). */
function print(ctx: CliContext, flags: Flags, title: string, report: OppositionAdminReport, notes: readonly string[], withAction: boolean): void {
  const t = OPPOSITION_MESSAGES[ctx.lang];
  if (flags.json === true) {
    for (const line of report.lines) ctx.stdout.write(`${JSON.stringify(line)}\n`);
    if (notes.length > 0) ctx.stderr.write(`${notes.join('\n')}\n`);
    return;
  }
  const columns = withAction ? t.columns : t.columns.slice(0, -1);
  ctx.stdout.write([title, '', ...renderTable([columns, ...report.lines.map((line) => row(line, t, withAction))]), '', ...notes, ''].join('\n'));
}

/** A Node file-system error (`EACCES`, `ENOSPC`…): its own message names the file and the call. */
const isFileError = (error: unknown): error is Error => error instanceof Error && 'code' in error && 'syscall' in error;

/** Prints an expected failure (exit 1: the list, the salt or the audit log cannot be used); false for a bug. */
function reportFailure(ctx: CliContext, error: unknown): boolean {
  const message = failureMessage(error, ctx.lang) ?? (isFileError(error) ? error.message : undefined);
  if (message === undefined) return false;
  ctx.stderr.write(`${message}\n`);
  ctx.setExitCode(1);
  return true;
}

async function runCheck(ctx: CliContext, flags: Flags): Promise<void> {
  const t = OPPOSITION_MESSAGES[ctx.lang];
  const identifiers = identifiersOf(ctx, t, flags);
  if (identifiers === null) return;
  const stateDir = stateDirOf(ctx, flags);
  try {
    const report = await checkOpposition({ stateDir, identifiers });
    const valid = report.lines.filter((line) => line.valid);
    const invalid = report.lines.length - valid.length;
    const notes = [t.checkSummary(valid.filter((line) => line.listed).length, valid.length, invalid), ...(report.hasSalt ? [] : [t.noSalt(stateDir)])];
    print(ctx, flags, t.checkTitle(stateDir), report, notes, false);
    ctx.setExitCode(invalid > 0 ? 2 : 0);
  } catch (error) {
    if (!reportFailure(ctx, error)) throw error;
  }
}

/** Options of a change, or null after reporting a bad one (exit 2). */
function changeInput(ctx: CliContext, t: OppositionMessages, flags: ChangeFlags): { identifiers: PersonIdentifiers; today: string } | null {
  const identifiers = identifiersOf(ctx, t, flags);
  if (identifiers === null) return null;
  const invalid = invalidIdentifiers(identifiers);
  if (invalid.length > 0) {
    badOption(ctx, invalid.map((line) => t.errors.invalidIdentifier(t.label(line.kind, line.index), line.kind)).join('\n'));
    return null;
  }
  const dealerDay = dealerToday(ctx);
  const today = flags.today ?? dealerDay;
  const problem = !isIsoDate(today) ? t.errors.badToday(today)
    : flags.yes === true && today > dealerDay ? t.errors.futureToday(today, dealerDay)
    : flags.reason !== undefined && flags.reason !== 'objection' ? t.errors.badReason(flags.reason) : null;
  if (problem === null) return { identifiers, today };
  badOption(ctx, problem);
  return null;
}

function changeNotes(t: OppositionMessages, change: 'add' | 'remove', report: OppositionAdminReport, stateDir: string, dryRun: boolean): string[] {
  const count = (action: OppositionAction): number => report.lines.filter((line) => line.action === action).length;
  const present = (Object.keys(t.actions) as OppositionAction[]).filter((action) => count(action) > 0);
  return [
    present.map((action) => `${t.actions[action]} ${count(action)}`).join(', '),
    ...(report.hasSalt ? [] : [change === 'add' ? t.saltWouldBeCreated(stateDir) : t.noSalt(stateDir)]),
    ...(report.saltCreated ? [t.saltCreated(stateDir)] : []),
    ...(change === 'remove' && report.lines.some((line) => line.action === 'removed') ? [t.removedNote] : []),
    ...(dryRun ? [t.dryRunNote] : []),
  ];
}

async function runChange(ctx: CliContext, change: 'add' | 'remove', flags: ChangeFlags, guard: InterruptGuard): Promise<void> {
  const t = OPPOSITION_MESSAGES[ctx.lang];
  const input = changeInput(ctx, t, flags);
  if (input === null) return;
  const stateDir = stateDirOf(ctx, flags);
  const dryRun = flags.yes !== true;
  try {
    const actor = { apiUserId: null, osUser: userInfo().username };
    const run = async (): Promise<OppositionAdminReport> => changeOpposition({ stateDir, change, dryRun, actor, ...input });
    const report = dryRun ? await run() : await guard.finishFirst(run, INTERRUPT_MESSAGES[ctx.lang].oppositionDone);
    print(ctx, flags, t.changeTitle(change, stateDir, input.today, dryRun), report, changeNotes(t, change, report, stateDir, dryRun), true);
    ctx.setExitCode(0);
  } catch (error) {
    if (!reportFailure(ctx, error)) throw error;
  }
}

function withIdentifierOptions(command: Command, t: OppositionMessages): Command {
  return command
    .option('--email <address>', t.options.email, collect, [])
    .option('--phone <number>', t.options.phone, collect, [])
    .option('--state-dir <path>', t.options.stateDir)
    .option('--json', t.options.json);
}

/** `opposition` with its `check`, `add` and `remove` subcommands. */
export function oppositionCommand(ctx: CliContext): Command {
  const t = OPPOSITION_MESSAGES[ctx.lang];
  const guarded = (body: (guard: InterruptGuard) => Promise<void>): Promise<void> => guardInterrupt(ctx, INTERRUPT_MESSAGES[ctx.lang].nothingChanged, body);
  const check = withIdentifierOptions(new Command('check').description(t.checkDescription), t)
    .action(async (flags: Flags) => guarded(async () => runCheck(ctx, flags)));
  const add = withIdentifierOptions(new Command('add').description(t.addDescription), t)
    .option('--reason <reason>', t.options.reason, 'objection')
    .option('--today <date>', t.options.today)
    .option('--yes', t.options.yes)
    .action(async (flags: ChangeFlags) => guarded(async (guard) => runChange(ctx, 'add', flags, guard)));
  const remove = withIdentifierOptions(new Command('remove').description(t.removeDescription), t)
    .option('--today <date>', t.options.today)
    .option('--yes', t.options.yes)
    .action(async (flags: ChangeFlags) => guarded(async (guard) => runChange(ctx, 'remove', flags, guard)));
  return new Command('opposition').description(t.description).addCommand(check).addCommand(add).addCommand(remove);
}
