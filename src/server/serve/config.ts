/**
 * Settings of `autocible serve` (style principle 10): the `serve` object of the configuration file
 * (`autocible.config.json`, or `--config`), a few environment overrides, validated with zod at start-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';
import { ConfigError, DEFAULT_CONFIG_FILE } from '../config';
import { DEFAULT_TIME_ZONE, dayOfIn } from '../config/dealer-day';
import type { ConfigProblem } from '../config';

const validCron = (pattern: string): boolean => {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
};

const validTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The calendar day (`YYYY-MM-DD`) of `now` in `timeZone`: the dealership's "today" for date rules. */
export function dayIn(timeZone: string, now: Date): string {
  return dayOfIn(timeZone)(now);
}

export const ScheduleSchema = z.object({
  /** Croner expression (5 or 6 fields), e.g. `30 2 * * *`. */
  cron: z.string().refine(validCron, { error: 'is not a valid cron expression' }),
  /** `full` rescores everything; `incremental` what changed since the last successful run. */
  mode: z.enum(['full', 'incremental']),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const ServeConfigSchema = z.object({
  /** Address to bind. Env `AUTOCIBLE_SERVE_HOST`. @defaultValue '127.0.0.1' (EspoCRM on the same host) */
  host: z.string().min(1).default('127.0.0.1'),
  /** Env `AUTOCIBLE_SERVE_PORT`. @defaultValue 8787 */
  port: z.coerce.number().int().min(0).max(65_535).default(8787),
  /** Quiet time after the last webhook before the affected records are rescored. @defaultValue 2000 */
  debounceMs: z.number().int().min(0).max(60_000).default(2000),
  /** Longest a webhook waits under a steady stream of deliveries. @defaultValue 10000 */
  maxWaitMs: z.number().int().min(0).max(300_000).default(10_000),
  /** Largest webhook body accepted (EspoCRM batches up to 50 records, §4.9). @defaultValue 1048576 */
  maxBodyBytes: z.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  /** @defaultValue nightly full run at 02:30, incremental run at 5 past every hour */
  schedules: z.array(ScheduleSchema).default([
    { cron: '30 2 * * *', mode: 'full' },
    { cron: '5 * * * *', mode: 'incremental' },
  ]),
  /** Time zone of the schedules, and of "today" for date rules. @defaultValue 'Europe/Paris' */
  timezone: z.string().min(1).refine(validTimeZone, { error: 'is not an IANA time zone' }).default(DEFAULT_TIME_ZONE),
});
export type ServeConfig = z.infer<typeof ServeConfigSchema>;

const ENV = { host: 'AUTOCIBLE_SERVE_HOST', port: 'AUTOCIBLE_SERVE_PORT' } as const;

function fileSection(path: string | null): { raw: Record<string, unknown>; problem: ConfigProblem | null } {
  if (path === null || !existsSync(path)) return { raw: {}, problem: null };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const serve = typeof parsed === 'object' && parsed !== null && 'serve' in parsed ? parsed.serve : {};
    if (typeof serve === 'object' && serve !== null && !Array.isArray(serve)) return { raw: { ...serve }, problem: null };
    return { raw: {}, problem: { variable: `${path}#serve`, problem: 'is not an object', fix: 'Put the settings under a "serve" object', code: 'sectionNotObject', section: 'serve' } };
  } catch {
    return { raw: {}, problem: { variable: path, problem: 'cannot be read as JSON', fix: 'Fix the file, or pass another one with --config', code: 'fileInvalid', option: '--config' } };
  }
}

/** Loads and validates the `serve` settings; throws one `ConfigError` listing every problem. */
export function loadServeConfig(options: { readonly env: NodeJS.ProcessEnv; readonly cwd: string; readonly configPath?: string | undefined }): ServeConfig {
  const explicit = options.configPath;
  const path = explicit === undefined ? join(options.cwd, DEFAULT_CONFIG_FILE) : isAbsolute(explicit) ? explicit : join(options.cwd, explicit);
  const { raw, problem } = fileSection(path);
  for (const key of ['host', 'port'] as const) {
    const value = options.env[ENV[key]];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const result = ServeConfigSchema.safeParse(raw);
  const problems: ConfigProblem[] = problem === null ? [] : [problem];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      const envName = key === 'host' || key === 'port' ? ENV[key] : undefined;
      const variable = envName !== undefined && options.env[envName] !== undefined ? envName : `${path}#serve.${key}`;
      problems.push({ variable, problem: issue.message, fix: 'See the README, "Running `autocible serve` next to EspoCRM"', code: 'serveInvalid' });
    }
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return result.data;
}
