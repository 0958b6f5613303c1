/** Runs one `autocible` sub-command the way `main` does, with captured streams and the exit code it set. */
import { Command } from 'commander';
import type { CliContext } from '../../src/server/cli/context';
import { sink } from './streams';

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface CliRunSetup {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly lang?: 'fr' | 'en';
  readonly isTty?: boolean;
}

/** `command` builds the sub-command named `name` for a context; `args` follow its name on the command line. */
export async function runCliCommand(name: string, command: (ctx: CliContext) => Command, args: readonly string[], setup: CliRunSetup): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  let exitCode = -1;
  const ctx: CliContext = {
    lang: setup.lang ?? 'en', stdout: sink(out), stderr: sink(err), env: setup.env ?? {}, cwd: setup.cwd, isTty: setup.isTty ?? false,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  await new Command('autocible').exitOverride().addCommand(command(ctx)).parseAsync([name, ...args], { from: 'user' });
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}
