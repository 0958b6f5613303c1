/**
 * `autocible serve`: the long-running worker next to EspoCRM (the README, "Running `autocible serve` next to EspoCRM", has the systemd unit).
 * Runs until SIGTERM or SIGINT, then shuts down gracefully. Exit code 0 after a clean stop, 1 when it cannot start,
 * 2 for a bad option, 130 when Ctrl-C stopped it while it read its settings and models (before it changed anything).
 */
import { resolve } from 'node:path';
import type { AxiosInstance } from 'axios';
import { Command } from 'commander';
import { connectEspo, GatewaySource, hasConnectionSettings, loadModels } from '../../jobs/score';
import { loadServeConfig, startServe, WEBHOOK_PATH } from '../../serve';
import type { ScheduleFactory, ServeConfig, ServeHandle, Timers, WorkerLog } from '../../serve';
import { DEFAULT_STATE_FILE, DEFAULT_WEBHOOKS_FILE, readWebhooks, ScoreStateStore } from '../../state';
import type { CliContext } from '../context';
import { failureMessage } from '../failure-text';
import { InterruptGuard } from '../interrupt';
import { INTERRUPT_MESSAGES } from '../interrupt-messages';
import { SERVE_MESSAGES } from './serve-messages';
import type { ServeMessages } from './serve-messages';

export interface ServeCommandOptions {
  /** Stops the server (tests); by default SIGTERM and SIGINT do. */
  readonly signal?: AbortSignal;
  /** Called once listening (tests read the URL). */
  readonly onReady?: (handle: ServeHandle) => void;
  readonly http?: AxiosInstance;
  readonly now?: () => Date;
  readonly timers?: Timers;
  readonly schedule?: ScheduleFactory;
}

/** A start-up failure whose message is already the user's text. */
class ServeStartError extends Error {}

interface ServeFlags {
  readonly config?: string;
  readonly model?: string;
  readonly state?: string;
  readonly webhooksFile?: string;
  readonly host?: string;
  readonly port?: string;
}

/** One line per event on stderr (journald keeps it); records carry codes and counts, never personal data. */
function stderrLog(ctx: CliContext, now: () => Date): WorkerLog {
  const write = (level: string, message: string, data?: Readonly<Record<string, unknown>>): void =>
    void ctx.stderr.write(`${now().toISOString()} ${level} ${message}${data === undefined ? '' : ` ${JSON.stringify(data)}`}\n`);
  return { info: (m, d) => write('info', m, d), warn: (m, d) => write('warn', m, d) };
}

/** The scoring models; a `--model` file that cannot be read is a `ServeStartError`. */
async function models(ctx: CliContext, model: string | undefined, t: ServeMessages): Promise<Awaited<ReturnType<typeof loadModels>>> {
  const path = model === undefined ? undefined : resolve(ctx.cwd, model);
  return loadModels(path).catch((error: unknown) => {
    // A system error (ENOENT, EACCES…), not the model's own ScoringModelError.
    const code = error instanceof Error && 'syscall' in error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    throw path === undefined || code === undefined ? error : new ServeStartError(t.modelUnreadable(path, code));
  });
}

const isPort = (value: string): boolean => /^\d{1,5}$/u.test(value) && Number(value) <= 65_535;

/**
 * Why the server could not listen, naming the setting to change (the option given, else the environment
 * variable set); undefined for any other error.
 */
function listenFailure(error: unknown, config: ServeConfig, ctx: CliContext, flags: ServeFlags, t: ServeMessages): string | undefined {
  if (!(error instanceof Error) || !('syscall' in error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  const setting = (flag: string | undefined, option: string, variable: string): string =>
    flag === undefined && (ctx.env[variable] ?? '') !== '' ? variable : option;
  const port = setting(flags.port, '--port', 'AUTOCIBLE_SERVE_PORT');
  const host = setting(flags.host, '--host', 'AUTOCIBLE_SERVE_HOST');
  if (error.syscall === 'getaddrinfo') return t.badHost(config.host, host);
  if (error.syscall !== 'listen') return undefined;
  if (error.code === 'EADDRINUSE') return t.portInUse(String(config.port), config.host, port);
  if (error.code === 'EACCES') return t.portDenied(String(config.port), config.host, port);
  const where = `${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  return error.code === 'EADDRNOTAVAIL' ? t.badHost(config.host, host) : t.listenFailed(where, error.code);
}

/** Resolves on the stop request; `release` stops listening (when the server could not start). */
function stopSignal(options: ServeCommandOptions): { stopped: Promise<void>; release: () => void } {
  const { signal } = options;
  if (signal !== undefined) {
    const stopped = signal.aborted ? Promise.resolve() : new Promise<void>((done) => signal.addEventListener('abort', () => done(), { once: true }));
    return { stopped, release: () => undefined };
  }
  let stop = (): void => undefined;
  const release = (): void => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  };
  const stopped = new Promise<void>((done) => {
    stop = (): void => {
      release();
      done();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return { stopped, release };
}

async function runServe(ctx: CliContext, flags: ServeFlags, options: ServeCommandOptions): Promise<void> {
  const t = SERVE_MESSAGES[ctx.lang];
  const now = options.now ?? (() => new Date());
  if (!hasConnectionSettings({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config })) {
    ctx.stderr.write(`${t.needsEspo}\n`);
    ctx.setExitCode(1);
    return;
  }
  if (flags.port !== undefined && !isPort(flags.port)) {
    ctx.stderr.write(`${t.badPort(flags.port)}\n`);
    ctx.setExitCode(2);
    return;
  }
  let handle: ServeHandle | undefined;
  let config: ServeConfig | undefined;
  // Until it starts, Ctrl-C stops at once (it has read only); from then on it is the graceful stop.
  const starting = new InterruptGuard(ctx, INTERRUPT_MESSAGES[ctx.lang].beforeStart);
  let stop = { stopped: Promise.resolve(), release: (): void => undefined };
  try {
    const env = { ...ctx.env, ...(flags.host ? { AUTOCIBLE_SERVE_HOST: flags.host } : {}), ...(flags.port ? { AUTOCIBLE_SERVE_PORT: flags.port } : {}) };
    config = loadServeConfig({ env, cwd: ctx.cwd, configPath: flags.config });
    const espo = connectEspo({ env: ctx.env, cwd: ctx.cwd, configPath: flags.config, http: options.http });
    const webhooksFile = resolve(ctx.cwd, flags.webhooksFile ?? ctx.env.AUTOCIBLE_WEBHOOKS_FILE ?? DEFAULT_WEBHOOKS_FILE);
    const log = stderrLog(ctx, now);
    const scoringModels = await models(ctx, flags.model, t);
    starting.end();
    stop = stopSignal(options);
    handle = await startServe({
      config, source: new GatewaySource(espo.gateway, espo.key), target: espo.gateway, vehicles: espo.gateway,
      models: scoringModels,
      state: new ScoreStateStore(resolve(ctx.cwd, flags.state ?? ctx.env.AUTOCIBLE_STATE_FILE ?? DEFAULT_STATE_FILE)),
      webhooksFile, now, log,
      ...(options.timers ? { timers: options.timers } : {}), ...(options.schedule ? { schedule: options.schedule } : {}),
    });
    const count = (await readWebhooks(webhooksFile)).webhooks.length;
    ctx.stdout.write(`${t.listening(handle.url, WEBHOOK_PATH, count)}\n`);
    if (count === 0) ctx.stdout.write(`${t.noWebhooks}\n`);
  } catch (error) {
    stop.release();
    // Started, then failed (the webhooks file unreadable): stop it, so the process exits and the lock is given back.
    await handle?.close();
    const message = error instanceof ServeStartError ? error.message
      : failureMessage(error, ctx.lang) ?? (config === undefined ? undefined : listenFailure(error, config, ctx, flags, t))
      // Last resort for any other system error: its text rather than a stack trace.
      ?? (error instanceof Error && 'code' in error ? error.message : undefined);
    if (message === undefined) throw error;
    ctx.stderr.write(`${message}\n`);
    ctx.setExitCode(1);
    return;
  } finally {
    starting.end();
  }
  options.onReady?.(handle);
  await stop.stopped;
  ctx.stdout.write(`${t.stopping}\n`);
  await handle.close();
  ctx.stdout.write(`${t.stopped}\n`);
  ctx.setExitCode(0);
}

export function serveCommand(ctx: CliContext, options: ServeCommandOptions = {}): Command {
  const t = SERVE_MESSAGES[ctx.lang];
  return new Command('serve')
    .description(t.description)
    .option('--config <path>', t.options.config)
    .option('--model <file>', t.options.model)
    .option('--state <file>', t.options.state)
    .option('--webhooks-file <file>', t.options.webhooksFile)
    .option('--host <address>', t.options.host)
    .option('--port <number>', t.options.port)
    .action(async (flags: ServeFlags) => runServe(ctx, flags, options));
}
