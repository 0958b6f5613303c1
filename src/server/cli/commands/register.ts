/**
 * `autocible register` (issue 5 "Jobs"): writes the Art. 30 register (`register.md`, `register-activities.csv`,
 * `register-data.csv`) from the field catalogue and a configuration file. The register is in French unless
 * `--lang en` is given, whatever the terminal's locale: it is a document for the French authority.
 * Exit code 0, 1 when the files cannot be written, 2 for a bad option or configuration, 130 for Ctrl-C (which
 * lets the files being written be written in full).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { isIsoDate } from '../../../core/catalogue';
import { isConfigError, loadRetentionPolicy } from '../../config';
import type { RegisterLang } from '../../register';
import { loadRegisterConfig, RegisterConfigError, writeRegister } from '../../register';
import type { CliContext } from '../context';
import { failureMessage } from '../failure-text';
import { guardInterrupt } from '../interrupt';
import type { InterruptGuard } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import { REGISTER_MESSAGES } from './register-messages';
import { dealerToday } from './dealer-day';
import { writeProblem } from './write-problem';

/** The example shipped with the package, resolved from this file. */
export const EXAMPLE_REGISTER_CONFIG = fileURLToPath(new URL('../../../../config/register.example.json', import.meta.url));
export const DEFAULT_REGISTER_CONFIG = 'register.json';

/** The register cannot be written to `--out` (`dir`): `path` is the folder or file that failed, `code` the system's. */
class OutDirError extends Error {
  constructor(readonly dir: string, readonly path: string, readonly code: string, options: { cause: unknown }) {
    super(`--out ${dir}: ${code}`, options);
  }
}

/** A system error of the folder or of a file in it (any other error is rethrown as it is). */
function outDirError(dir: string, error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return error;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : dir;
  return new OutDirError(dir, path, error.code, { cause: error });
}

interface RegisterFlags {
  readonly config?: string;
  readonly out?: string;
  readonly lang?: string;
  readonly today?: string;
  readonly policy?: string;
}

/** `--lang` as typed on this command or on the program, else French (never the terminal's locale). */
function registerLang(command: Command): string {
  for (let current: Command | null = command; current !== null; current = current.parent) {
    if (current.getOptionValueSource('lang') === 'cli') return String(current.opts().lang);
  }
  return 'fr';
}

function isRegisterLang(value: string): value is RegisterLang {
  return value === 'fr' || value === 'en';
}

function configPath(ctx: CliContext, flag: string | undefined): { path: string; example: boolean } {
  const resolve = (path: string): string => (isAbsolute(path) ? path : join(ctx.cwd, path));
  if (flag !== undefined) return { path: resolve(flag), example: false };
  const local = resolve(DEFAULT_REGISTER_CONFIG);
  return existsSync(local) ? { path: local, example: false } : { path: EXAMPLE_REGISTER_CONFIG, example: true };
}

async function runRegister(ctx: CliContext, flags: RegisterFlags, command: Command, guard: InterruptGuard): Promise<void> {
  const t = REGISTER_MESSAGES[ctx.lang];
  const lang = registerLang(command);
  const today = flags.today ?? dealerToday(ctx);
  if (!isRegisterLang(lang) || !isIsoDate(today)) {
    ctx.stderr.write(`${isRegisterLang(lang) ? t.errors.badToday(today) : t.errors.badLang(lang)}\n`);
    return ctx.setExitCode(2);
  }
  const config = configPath(ctx, flags.config);
  try {
    const policy = flags.policy === undefined ? undefined : await loadRetentionPolicy(resolve(ctx.cwd, flags.policy));
    const registerConfig = await loadRegisterConfig(config.path);
    const outDir = flags.out === undefined ? join(ctx.cwd, 'register') : isAbsolute(flags.out) ? flags.out : join(ctx.cwd, flags.out);
    const write = async (): Promise<readonly string[]> => writeRegister({ config: registerConfig, lang, generatedOn: today, outDir, ...(policy === undefined ? {} : { policy }) })
      .catch((error: unknown) => {
        throw outDirError(outDir, error);
      });
    const paths = await guard.finishFirst(write, INTERRUPT_MESSAGES[ctx.lang].registerWritten(outDir));
    if (config.example) ctx.stderr.write(`${t.exampleConfig(config.path)}\n`);
    ctx.stdout.write(paths.map((path) => `${t.written(path)}\n`).join(''));
  } catch (error) {
    const message = error instanceof OutDirError
      ? t.outDir[writeProblem(error.code)](error.dir, error.path, error.code)
      : failureMessage(error, ctx.lang);
    if (message === undefined) throw error;
    ctx.stderr.write(`${message}\n`);
    ctx.setExitCode(error instanceof RegisterConfigError || isConfigError(error) ? 2 : 1);
  }
}

export function registerCommand(ctx: CliContext): Command {
  const t = REGISTER_MESSAGES[ctx.lang];
  return new Command('register')
    .description(t.description)
    .option('--config <path>', t.options.config)
    .option('--out <dir>', t.options.out)
    .option('--lang <lang>', t.options.lang)
    .option('--today <date>', t.options.today)
    .option('--policy <path>', t.options.policy)
    .action(async (flags: RegisterFlags, command: Command) =>
      guardInterrupt(ctx, INTERRUPT_MESSAGES[ctx.lang].nothingWritten, async (guard) => runRegister(ctx, flags, command, guard)));
}
