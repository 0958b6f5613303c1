/** Runs `autocible webhooks …` in-process against a test environment, as the webhook command tests need. */
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { webhooksCommand } from '../../../src/server/cli/commands/webhooks';
import type { CliContext } from '../../../src/server/cli/context';

export const RECEIVER_URL = 'http://127.0.0.1:8787/webhooks/espocrm';

export async function runWebhooks(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const out: string[] = [];
  const err: string[] = [];
  let exitCode = 0;
  const sink = (chunks: string[]) => new Writable({ write: (chunk: Buffer, _e, done) => { chunks.push(chunk.toString()); done(); } });
  const ctx: CliContext = { lang: 'en', stdout: sink(out), stderr: sink(err), env, cwd, isTty: false, setExitCode: (c) => { exitCode = c; } };
  await new Command('autocible').exitOverride().addCommand(webhooksCommand(ctx)).parseAsync(['webhooks', ...args], { from: 'user' });
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}
