import { Command, CommanderError, Option } from 'commander';
import { config as zodConfig } from 'zod';
import { detectLang, type CliContext } from './context';
import { useEncodingNotices } from '../csv/encoding-notice';
import { localiseHelp, localiseUsageError } from './help-language';
import { capYoungGeneration } from '../young-generation';

const DESCRIPTIONS = {
  fr: {
    program: 'AutoCible : ciblage automobile, scoring, RGPD et VMC pour EspoCRM.',
    lang: 'langue des messages (fr ou en)',
  },
  en: {
    program: 'AutoCible: automotive targeting, scoring, GDPR and customer value for EspoCRM.',
    lang: 'language of messages (fr or en)',
  },
} as const;

type CommandLoader = (ctx: CliContext) => Promise<Command>;

/**
 * Each command's module, imported when that command runs: `score` on files loads neither axios nor the other
 * commands' code (issue 4: about 8 MB less at its peak). In the order `--help` lists them.
 */
const COMMANDS: Readonly<Record<string, CommandLoader>> = {
  sample: async (ctx) => (await import('./commands/sample')).sampleCommand(ctx),
  score: async (ctx) => (await import('./commands/score')).scoreCommand(ctx),
  vmc: async (ctx) => (await import('./commands/vmc')).vmcCommand(ctx),
  derive: async (ctx) => (await import('./commands/derive')).deriveCommand(ctx),
  serve: async (ctx) => (await import('./commands/serve')).serveCommand(ctx),
  webhooks: async (ctx) => (await import('./commands/webhooks')).webhooksCommand(ctx),
  retention: async (ctx) => (await import('./commands/retention')).retentionCommand(ctx),
  consent: async (ctx) => (await import('./commands/consent')).consentCommand(ctx),
  opposition: async (ctx) => (await import('./commands/opposition')).oppositionCommand(ctx),
  register: async (ctx) => (await import('./commands/register')).registerCommand(ctx),
  doctor: async (ctx) => (await import('./commands/doctor')).doctorCommand(ctx),
};

/**
 * The command `argv` runs (`help <command>` included), or undefined when it runs none or an unknown one, or asks
 * for the program's help (`--help` before the command): then every command is loaded, for the list that help
 * prints or the suggestion an unknown name gets.
 */
export function commandOf(argv: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i += 1) {
    const arg = argv[i] ?? '';
    if (words.length === 0 && (arg === '-h' || arg === '--help')) return undefined;
    // `--lang` is the only option before a command that takes a value.
    if (arg === '--lang') i += 1;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  const name = words[0] === 'help' ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/** The loaded commands of one invocation: only the one `argv` runs, else all of them. */
export async function loadCommands(ctx: CliContext, argv: readonly string[]): Promise<Command[]> {
  const name = commandOf(argv);
  const loaders = name === undefined ? Object.values(COMMANDS) : [COMMANDS[name] as CommandLoader];
  return Promise.all(loaders.map(async (load) => load(ctx)));
}

/** Every command by name only, not loaded: enough to list them, not to run one. */
const placeholders = (): Command[] => Object.keys(COMMANDS).map((name) => new Command(name));

/**
 * Builds the command tree for one invocation (no global state: tests call it repeatedly) from the loaded
 * commands (`loadCommands`), by default placeholders that only give each command's name.
 */
export function buildProgram(ctx: CliContext, commands: readonly Command[] = placeholders()): Command {
  const text = DESCRIPTIONS[ctx.lang];
  // A language AutoCible does not speak is a usage error (exit 2), not a silent fall back to English.
  const lang = new Option('--lang <lang>', text.lang).choices(['fr', 'en']).default(ctx.lang);
  const program = new Command('autocible').description(text.program).addOption(lang);
  for (const command of commands) program.addCommand(command);
  return localiseHelp(routeThroughContext(program, ctx), ctx.lang);
}

/**
 * Makes `command` and all its subcommands write to the context's streams and throw instead of exiting:
 * Commander copies these settings only to subcommands made with `.command()`, not to those added with
 * `.addCommand()`, so `main(['score', '--help'])` would otherwise print to the real stdout and end the process.
 */
function routeThroughContext(command: Command, ctx: CliContext): Command {
  command.exitOverride().configureOutput({
    writeOut: (s) => ctx.stdout.write(s),
    writeErr: (s) => ctx.stderr.write(s),
    outputError: (s, write) => write(localiseUsageError(s, ctx.lang)),
  });
  for (const sub of command.commands) routeThroughContext(sub, ctx);
  return command;
}

/**
 * Zod's interpreted object parsers for the schemas made from here on (the CSV entity schemas are made on first
 * use). A generated parser is one function per entity with a branch per column, which V8 optimises (again after
 * each file of another entity) in background compiles of 70–90 ms whose working memory, about 10 MB for a
 * 60-column entity, stays in the compiling thread's malloc arena. Issue 4: the 1M-row score run peaks about
 * 15 MB lower (137–144 MB against 154–160, all else equal) for about 10 % more time.
 */
function useInterpretedParsers(): void {
  zodConfig({ jitless: true });
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], overrides: Partial<CliContext> = {}): Promise<number> {
  useInterpretedParsers();
  capYoungGeneration();
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
  useEncodingNotices(ctx.lang, (line) => ctx.stderr.write(line));
  try {
    await buildProgram(ctx, await loadCommands(ctx, argv)).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Help and version end with 0; a usage error (unknown option or command, missing argument) is a bad option: 2.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}
