/**
 * `autocible webhooks register --url <receiver> | list | remove`: the EspoCRM webhooks `serve` receives. The API
 * user needs the Webhooks scope (README, "The API user's permissions"). Secrets go to a 0600 file and are never printed.
 * Exit code 0 on success, 1 when EspoCRM or the configuration fails, 2 for a bad option, 130 for Ctrl-C (which
 * lets a registration or removal under way finish, so that EspoCRM and the secrets file agree).
 */
import { resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import { connectEspo } from '../../jobs/score';
import { registerWebhooks, removeWebhooks, WEBHOOK_PATH } from '../../serve';
import { DEFAULT_WEBHOOKS_FILE, readWebhooks } from '../../state';
import type { RegisteredWebhook } from '../../state';
import type { CliContext } from '../context';
import { failureMessage } from '../failure-text';
import { guardInterrupt } from '../interrupt';
import type { InterruptGuard } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import { WEBHOOKS_MESSAGES } from './webhooks-messages';

export interface WebhooksCommandOptions {
  readonly http?: AxiosInstance;
}

interface CommonFlags {
  readonly config?: string;
  readonly webhooksFile?: string;
  readonly json?: boolean;
}

/** Never the secret: `RegisteredWebhook` holds it, an unrecorded webhook's is unknown. */
const publicView = (w: Pick<RegisteredWebhook, 'id' | 'event' | 'url'>): { id: string; event: string; url: string } => ({ id: w.id, event: w.event, url: w.url });

function fileOf(ctx: CliContext, flags: CommonFlags): string {
  return resolve(ctx.cwd, flags.webhooksFile ?? ctx.env.AUTOCIBLE_WEBHOOKS_FILE ?? DEFAULT_WEBHOOKS_FILE);
}

/**
 * Runs `body`, turning an expected failure (configuration, EspoCRM, state file) into its message and exit code 1.
 * Ctrl-C stops at once until `body` starts a change (`finishFirst`).
 */
async function guarded(ctx: CliContext, body: (guard: InterruptGuard) => Promise<void>): Promise<void> {
  await guardInterrupt(ctx, INTERRUPT_MESSAGES[ctx.lang].nothingChanged, async (guard) => {
    try {
      await body(guard);
    } catch (error) {
      const message = failureMessage(error, ctx.lang);
      if (message === undefined) throw error;
      ctx.stderr.write(`${message}\n`);
      ctx.setExitCode(1);
    }
  });
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * `serve` answers deliveries on `WEBHOOK_PATH` only: a webhook to any other path would get 404s. A path that ends
 * with it (`/autocible/webhooks/espocrm`) is a reverse proxy's prefix, which the proxy takes off.
 */
const hasReceiverPath = (value: string): boolean => new URL(value).pathname.endsWith(WEBHOOK_PATH);

export function webhooksCommand(ctx: CliContext, options: WebhooksCommandOptions = {}): Command {
  const t = WEBHOOKS_MESSAGES[ctx.lang];
  const connect = (flags: CommonFlags) => connectEspo({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config, http: options.http });
  const common = (command: Command): Command => command
    .option('--config <path>', t.options.config)
    .option('--webhooks-file <file>', t.options.webhooksFile)
    .option('--json', t.options.json);
  const print = (flags: CommonFlags, lines: readonly string[], json: unknown): void =>
    void ctx.stdout.write(flags.json === true ? `${JSON.stringify(json)}\n` : `${lines.join('\n')}\n`);

  const register = common(new Command('register').description(t.register).requiredOption('--url <url>', t.options.url))
    .action(async (flags: CommonFlags & { url: string }) => {
      if (!isHttpUrl(flags.url)) {
        ctx.stderr.write(`${t.badUrl(flags.url)}\n`);
        ctx.setExitCode(2);
        return;
      }
      if (!hasReceiverPath(flags.url)) {
        ctx.stderr.write(`${t.badPath(flags.url, WEBHOOK_PATH)}\n`);
        ctx.setExitCode(2);
        return;
      }
      await guarded(ctx, async (guard) => {
        const espo = connect(flags);
        const file = fileOf(ctx, flags);
        const register = async (): Promise<Awaited<ReturnType<typeof registerWebhooks>>> => registerWebhooks(espo.client, flags.url, { file, espoUrl: espo.label });
        const result = await guard.finishFirst(register, INTERRUPT_MESSAGES[ctx.lang].webhooksRegistered(file));
        print(flags, [
          ...result.created.map((w) => t.created(w.event, w.id)),
          ...result.reused.map((w) => (result.reactivated.includes(w) ? t.reactivated(w.event, w.id) : t.reused(w.event, w.id))),
          ...result.unrecordedRemoved.map((w) => t.unrecordedRemoved(w.event, w.id)), t.secretsKept(file),
        ], {
          created: result.created.map(publicView), reused: result.reused.map(publicView), reactivated: result.reactivated.map(publicView),
          unrecordedRemoved: result.unrecordedRemoved.map(publicView), unrecordedLeft: result.unrecordedLeft.map(publicView),
        });
        // A webhook whose deliveries `serve` cannot verify is still registered: the run did not finish its job.
        for (const w of result.unrecordedLeft) ctx.stderr.write(`${t.unrecordedLeft(w.event, w.id)}\n`);
        if (result.unrecordedLeft.length > 0) ctx.setExitCode(1);
      });
    });

  const list = common(new Command('list').description(t.list)).action(async (flags: CommonFlags) => {
    await guarded(ctx, async () => {
      const { webhooks } = await readWebhooks(fileOf(ctx, flags));
      print(flags, webhooks.length === 0 ? [t.none] : webhooks.map((w) => `${w.event}  ${w.id}  ${w.url}`), webhooks.map(publicView));
    });
  });

  const remove = common(new Command('remove').description(t.remove))
    .option('--id <id>', t.options.id, (value: string, previous: string[] = []) => [...previous, value])
    .action(async (flags: CommonFlags & { id?: string[] }) => {
      await guarded(ctx, async (guard) => {
        const espo = connect(flags);
        const file = fileOf(ctx, flags);
        const remove = async (): Promise<Awaited<ReturnType<typeof removeWebhooks>>> => removeWebhooks(espo.client, flags.id ?? null, { file, espoUrl: espo.label });
        const removed = await guard.finishFirst(remove, INTERRUPT_MESSAGES[ctx.lang].webhooksRemoved(file));
        print(flags, removed.length === 0 ? [t.none] : removed.map((w) => t.removed(w.event, w.id)), removed.map(publicView));
      });
    });

  return new Command('webhooks').description(t.description).addCommand(register).addCommand(list).addCommand(remove);
}
