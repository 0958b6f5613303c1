import { Command, CommanderError } from 'commander';
import { detectLang, type CliContext } from './context';
import { doctorCommand } from './commands/doctor';
import { consentCommand } from './commands/consent';
import { registerCommand } from './commands/register';
import { retentionCommand } from './commands/retention';
import { sampleCommand } from './commands/sample';
import { scoreCommand } from './commands/score';
import { serveCommand } from './commands/serve';
import { webhooksCommand } from './commands/webhooks';

const DESCRIPTIONS = {
  fr: {
    program: 'AutoCible : ciblage automobile, scoring, RGPD et VMC pour EspoCRM.',
    lang: 'langue des messages (fr ou en)',
    help: 'affiche l’aide de la commande',
  },
  en: {
    program: 'AutoCible: automotive targeting, scoring, GDPR and customer value for EspoCRM.',
    lang: 'language of messages (fr or en)',
    help: 'display help for command',
  },
} as const;

/** Builds the command tree for one invocation (no global state: tests call it repeatedly). */
export function buildProgram(ctx: CliContext): Command {
  const text = DESCRIPTIONS[ctx.lang];
  const program = new Command('autocible')
    .description(text.program)
    .option('--lang <lang>', text.lang, ctx.lang)
    .helpOption('-h, --help', text.help)
    .helpCommand('help [command]', text.help)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  program.addCommand(sampleCommand(ctx));
  program.addCommand(scoreCommand(ctx));
  program.addCommand(serveCommand(ctx));
  program.addCommand(webhooksCommand(ctx));
  program.addCommand(retentionCommand(ctx));
  program.addCommand(consentCommand(ctx));
  program.addCommand(registerCommand(ctx));
  program.addCommand(doctorCommand(ctx));
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], overrides: Partial<CliContext> = {}): Promise<number> {
  let exitCode = 0;
  const ctx: CliContext = {
    lang: detectLang(argv, process.env),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    isTty: process.stdout.isTTY === true,
    setExitCode: (code) => {
      exitCode = code;
    },
    ...overrides,
  };
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return exitCode;
}
