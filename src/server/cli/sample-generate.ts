/**
 * `npm run sample:generate` (`scripts/generate-sample.ts`): writes the sample dataset. `--help` prints the usage
 * in the admin's language (`--lang`, else the environment's locale) and exits 0; a bad option is one line on
 * stderr and exit code 2; a file that cannot be written, exit code 1; Ctrl-C, a line saying the files are
 * incomplete and exit code 130.
 */
import { DEFAULT_SAMPLE_OPTIONS, generateSample } from '../sample';
import type { SampleOptions, SampleSummary } from '../sample';
import { detectLang } from './context';
import type { CliContext } from './context';
import { guardInterrupt } from './interrupt';
import { INTERRUPT_MESSAGES } from './interrupt-messages';
import { formatCount } from './commands/sample-messages';
import { GenerateArgsError, readGenerateArgs } from './sample-generate-args';
import type { GenerateRequest } from './sample-generate-args';
import { SAMPLE_GENERATE_MESSAGES } from './sample-generate-messages';

/** What the script gives: streams, environment, the repository's root, and for tests the generator and Ctrl-C. */
export interface SampleGenerateIo extends Pick<CliContext, 'stdout' | 'stderr' | 'env' | 'interrupts'> {
  readonly repoRoot: string;
  /** @defaultValue `generateSample` */
  readonly generate?: (options: SampleOptions) => Promise<SampleSummary>;
  /** @defaultValue `() => performance.now()` */
  readonly clock?: () => number;
}

/** Runs the command line `argv` and returns the exit code. */
export async function runGenerateSample(argv: readonly string[], io: SampleGenerateIo): Promise<number> {
  const lang = detectLang(argv, io.env);
  const t = SAMPLE_GENERATE_MESSAGES[lang];
  let exitCode = 0;
  const ctx: CliContext = {
    lang, stdout: io.stdout, stderr: io.stderr, env: io.env, cwd: io.repoRoot, isTty: false,
    setExitCode: (code) => {
      exitCode = code;
    },
    ...(io.interrupts === undefined ? {} : { interrupts: io.interrupts }),
  };
  let request: GenerateRequest;
  try {
    request = readGenerateArgs(argv, io.repoRoot);
  } catch (error) {
    if (!(error instanceof GenerateArgsError)) throw error;
    io.stderr.write(`${t.problem(error.problem)}\n`);
    return 2;
  }
  if (request.help) {
    io.stdout.write(t.usage({ ...DEFAULT_SAMPLE_OPTIONS }));
    return 0;
  }
  const { options } = request;
  const clock = io.clock ?? (() => performance.now());
  // The files are streamed: Ctrl-C leaves them cut short, which the line says.
  await guardInterrupt(ctx, INTERRUPT_MESSAGES[lang].sampleIncomplete(options.out), async () => {
    const started = clock();
    try {
      const summary = await (io.generate ?? generateSample)(options);
      const seconds = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((clock() - started) / 1000);
      const counts = Object.entries(summary.rows).map(([file, n]) => `${file} ${formatCount(lang, n)}`).join(', ');
      io.stdout.write(`${t.written(options.out, seconds, counts, summary.badRows.length)}\n`);
    } catch (error) {
      // A folder or file that cannot be written: the system's message names it.
      io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      ctx.setExitCode(1);
    }
  });
  return exitCode;
}
