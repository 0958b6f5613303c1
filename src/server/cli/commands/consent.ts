/**
 * `autocible consent check` (issue 5 "Jobs"): channel eligibility per person and channel, with reason and
 * legal reference, offline on CSV files or on EspoCRM. Reads only. People on the opposition list of this
 * installation are never eligible. Exit code 0, or 1/2 for a failure/bad option.
 */
import { isAbsolute, join } from 'node:path';
import { Command } from 'commander';
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_CHANNELS } from '../../../core/consent';
import { DEFAULT_STATE_DIR, installationHash, readInstallationSalt } from '../../audit';
import type { ConsentCheckInput, ConsentCheckLine } from '../../jobs/consent';
import { runConsentCheck } from '../../jobs/consent';
import { OPPOSITION_FILE, OppositionList } from '../../opposition';
import type { CliContext } from '../context';
import type { ConsentMessages } from './consent-messages';
import { CONSENT_MESSAGES } from './consent-messages';
import type { RgpdCommandDeps, SourceFlags } from './retention';
import { checkToday, jobContext, openSourceForCli, reportFailure, sourceLabel, withSourceOptions } from './retention';
import { RETENTION_MESSAGES, renderTable } from './retention-messages';

interface CheckFlags extends SourceFlags {
  readonly channel?: string;
  readonly stateDir?: string;
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
  const r = RETENTION_MESSAGES[ctx.lang];
  try {
    const source = await openSourceForCli(ctx, deps, flags);
    const opposition = await oppositionOf(ctx, flags.stateDir);
    const rows: string[][] = [];
    const onLine = (line: ConsentCheckLine): void => void (flags.json === true ? ctx.stdout.write(`${lineJson(line, ctx.lang)}\n`) : rows.push(lineRow(line, t, ctx.lang)));
    const report = await runConsentCheck({
      gateway: source.gateway, today, onLine, ...(flags.channel === undefined ? {} : { channels: [flags.channel] }),
      ...(opposition === undefined ? {} : { opposition }),
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
    if (!reportFailure(ctx, error, r.stops, r.errors.locked)) throw error;
  }
}

/** `consent` with its `check` subcommand. */
export function consentCommand(ctx: CliContext, deps: RgpdCommandDeps = {}): Command {
  const t = CONSENT_MESSAGES[ctx.lang];
  const check = withSourceOptions(new Command('check').description(t.checkDescription), t.options)
    .option('--channel <channel>', t.options.channel)
    .option('--state-dir <path>', t.options.stateDir)
    .action(async (flags: CheckFlags) => runCheck(ctx, deps, flags));
  return new Command('consent').description(t.description).addCommand(check);
}
