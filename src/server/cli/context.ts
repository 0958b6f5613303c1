import type { InterruptSource } from './interrupt-source';

/** What every CLI command receives: language, output streams and environment, injected for tests. */
export interface CliContext {
  readonly lang: 'fr' | 'en';
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** True when stdout is a terminal (progress bars only then). */
  readonly isTty: boolean;
  /** Sets the process exit code (tests read it instead of exiting). */
  setExitCode(code: number): void;
  /** Where Ctrl-C comes from and how it ends the process. @defaultValue the process's SIGINT and `process.exit` */
  readonly interrupts?: InterruptSource;
}

/** Default language from `--lang`, else LC_ALL / LC_MESSAGES / LANG (fr* → French), else English. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): 'fr' | 'en' {
  const flagIndex = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (flagIndex >= 0) {
    const flag = argv[flagIndex] ?? '';
    const value = flag.includes('=') ? flag.split('=')[1] : argv[flagIndex + 1];
    if (value === 'fr' || value === 'en') return value;
  }
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
