import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import { isConfigError, loadConfig } from '../../config';
import type { AutoCibleConfig, ConfigError } from '../../config';
import { findManifest, loadManifest, runDoctor } from '../../espo/doctor';
import type { DoctorCheck, DoctorReport } from '../../espo/doctor';
import type { CliContext } from '../context';
import { configProblemLines } from '../config-problem-text';
import { guardInterrupt } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import { CHECK_TITLES, fill, FIXES, OUTCOMES, SUMMARY } from './doctor-messages';
import { colon } from './sample-messages';

export interface DoctorOptions {
  /** @defaultValue the nearest `manifest.json` above this module (the package's own) */
  readonly manifestPath?: string;
  /** Transport, for tests that need a custom adapter. @defaultValue `axios.create()` */
  readonly http?: AxiosInstance;
}

type Lang = CliContext['lang'];

/** The configuration that could not be loaded, whose problems the config check words in the user's language. */
type Loaded = AutoCibleConfig | ConfigError;

function describe(check: DoctorCheck, lang: Lang, config: Loaded): { title: string; outcome: string; fix: string | null } {
  const fix = check.status === 'fail' ? FIXES[check.reason] : undefined;
  const vars = check.reason === 'configInvalid' && isConfigError(config) ? { ...check.vars, problems: configProblemLines(config.problems, lang).join('\n') } : check.vars;
  return {
    title: CHECK_TITLES[check.id][lang],
    outcome: fill(OUTCOMES[check.reason][lang], vars),
    fix: fix === undefined ? null : fill(fix[lang], vars),
  };
}

function printHuman(ctx: CliContext, report: DoctorReport, config: Loaded): void {
  const marks = { pass: '✔', fail: '✘', skip: '–' } as const;
  for (const check of report.checks) {
    const text = describe(check, ctx.lang, config);
    ctx.stdout.write(`${marks[check.status]} ${text.title}${colon(ctx.lang)}${text.outcome}\n`);
    if (text.fix !== null) ctx.stdout.write(`  → ${text.fix}\n`);
  }
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  ctx.stdout.write(`\n${report.ok ? SUMMARY.ok[ctx.lang] : fill(SUMMARY.failed[ctx.lang], { count: String(failed) })}\n`);
}

function printJson(ctx: CliContext, report: DoctorReport, config: Loaded): void {
  const checks = report.checks.map((check) => {
    const text = describe(check, ctx.lang, config);
    return { id: check.id, status: check.status, reason: check.reason, vars: check.vars, title: text.title, message: text.outcome, fix: text.fix };
  });
  ctx.stdout.write(`${JSON.stringify({ ok: report.ok, checks })}\n`);
}

function readConfig(ctx: CliContext, configPath: string | undefined): Loaded {
  try {
    return loadConfig({ env: ctx.env, cwd: ctx.cwd, ...(configPath === undefined ? {} : { configPath }) });
  } catch (error) {
    if (isConfigError(error)) return error;
    throw error;
  }
}

/** `autocible doctor [--json] [--config path]`: checks the connection to EspoCRM; exit code 0 only when all pass. */
export function doctorCommand(ctx: CliContext, options: DoctorOptions = {}): Command {
  const fr = ctx.lang === 'fr';
  return new Command('doctor')
    .description(fr ? 'Vérifie la connexion à EspoCRM, la version, l’extension et les droits' : 'Check the EspoCRM connection, version, extension and permissions')
    .option('--json', fr ? 'un objet JSON pour les machines' : 'one JSON object for machines')
    .option('--config <path>', fr ? 'fichier de configuration JSON' : 'JSON configuration file')
    // Reads only: Ctrl-C stops at once.
    .action(async (flags: { json?: boolean; config?: string }) => guardInterrupt(ctx, INTERRUPT_MESSAGES[ctx.lang].nothingChanged, async () => {
      const manifestPath = options.manifestPath ?? findManifest(dirname(fileURLToPath(import.meta.url)));
      const config = readConfig(ctx, flags.config);
      const report = await runDoctor({ config, manifest: loadManifest(manifestPath), ...(options.http ? { http: options.http } : {}) });
      if (flags.json === true) printJson(ctx, report, config);
      else printHuman(ctx, report, config);
      ctx.setExitCode(report.ok ? 0 : 1);
    }));
}
