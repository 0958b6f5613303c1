import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { EspoAuth } from '../espo/types';
import { ConfigError } from './config-error';
import type { ConfigProblem } from './config-error';
import { ESPO_ENV, ESPO_KEYS, EspoConfigSchema } from './schema';
import type { AutoCibleConfig, EspoConfig } from './schema';

/** Default file, read from the working directory when present. */
export const DEFAULT_CONFIG_FILE = 'autocible.config.json';

export interface LoadConfigOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** `--config <path>`: must exist. Without it, `autocible.config.json` is used when present. */
  readonly configPath?: string;
}

type RawEspo = Readonly<Record<string, unknown>>;
type Origin = Partial<Record<keyof EspoConfig, string>>;

const FIXES: Readonly<Record<keyof EspoConfig, string>> = {
  url: 'Set it to your EspoCRM site URL, e.g. ESPO_URL=https://crm.example.com',
  apiKey: 'Copy the API key of the API user (Administration > API Users)',
  secretKey: 'Copy the secret key of the HMAC API user, or unset it to use the plain API key',
  username: 'Set ESPO_USERNAME and ESPO_PASSWORD together, or use an API user (ESPO_API_KEY)',
  password: 'Set ESPO_USERNAME and ESPO_PASSWORD together, or use an API user (ESPO_API_KEY)',
  timeoutMs: 'Use a number of milliseconds between 1000 and 600000',
  maxConcurrency: 'Use a whole number between 1 and 32',
  retries: 'Use a whole number between 0 and 10',
};

function readFile(path: string): { espo: RawEspo; problem: ConfigProblem | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    const invalid = error instanceof SyntaxError;
    const problem: ConfigProblem = {
      variable: path, problem: invalid ? 'is not valid JSON' : 'cannot be read', fix: 'Fix the file, or pass another one with --config',
      code: invalid ? 'fileInvalid' : 'fileUnreadable', option: '--config',
    };
    return { espo: {}, problem };
  }
  const espo = typeof parsed === 'object' && parsed !== null && 'espo' in parsed ? parsed.espo : undefined;
  if (typeof espo !== 'object' || espo === null || Array.isArray(espo)) {
    return { espo: {}, problem: { variable: `${path}#espo`, problem: 'is missing', fix: 'Put the settings under an "espo" object', code: 'sectionMissing', section: 'espo' } };
  }
  // Checked just above: a non-null, non-array object.
  return { espo: espo as RawEspo, problem: null };
}

function resolvePath(options: LoadConfigOptions): string | null {
  if (options.configPath !== undefined) {
    return isAbsolute(options.configPath) ? options.configPath : join(options.cwd, options.configPath);
  }
  const fallback = join(options.cwd, DEFAULT_CONFIG_FILE);
  return existsSync(fallback) ? fallback : null;
}

/** Merges file and environment (environment wins), remembering where each value came from. */
function gather(options: LoadConfigOptions): { raw: Record<string, unknown>; origin: Origin; problems: ConfigProblem[] } {
  const raw: Record<string, unknown> = {};
  const origin: Origin = {};
  const problems: ConfigProblem[] = [];
  const path = resolvePath(options);
  if (path !== null && !existsSync(path)) {
    problems.push({ variable: path, problem: 'does not exist', fix: 'Check the --config path', code: 'fileMissing' });
  } else if (path !== null) {
    const file = readFile(path);
    if (file.problem) problems.push(file.problem);
    for (const key of ESPO_KEYS) {
      if (file.espo[key] === undefined) continue;
      raw[key] = file.espo[key];
      origin[key] = `${path}#espo.${key}`;
    }
  }
  for (const key of ESPO_KEYS) {
    const value = options.env[ESPO_ENV[key]];
    if (value === undefined || value === '') continue;
    raw[key] = value;
    origin[key] = ESPO_ENV[key];
  }
  return { raw, origin, problems };
}

function authProblems(config: EspoConfig, origin: Origin): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const where = (key: keyof EspoConfig): string => origin[key] ?? ESPO_ENV[key];
  if (config.secretKey !== undefined && config.apiKey === undefined) {
    problems.push({ variable: ESPO_ENV.apiKey, problem: `is missing while ${where('secretKey')} is set`, fix: FIXES.apiKey, code: 'missingWithSecret', secretFrom: where('secretKey') });
  }
  if ((config.username === undefined) !== (config.password === undefined)) {
    const missing = config.username === undefined ? 'username' : 'password';
    problems.push({ variable: ESPO_ENV[missing], problem: 'is missing', fix: FIXES[missing], code: 'missing', field: missing });
  }
  if (config.apiKey === undefined && config.username === undefined && problems.length === 0) {
    problems.push({ variable: ESPO_ENV.apiKey, problem: 'is missing (no credentials at all)', fix: FIXES.apiKey, code: 'noCredentials' });
  }
  return problems;
}

/** Loads and validates the configuration; throws one `ConfigError` listing every problem. */
export function loadConfig(options: LoadConfigOptions): AutoCibleConfig {
  const { raw, origin, problems } = gather(options);
  const result = EspoConfigSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = ESPO_KEYS.find((candidate) => candidate === issue.path[0]) ?? 'url';
      const missing = raw[key] === undefined;
      const problem = missing ? 'is missing' : issue.message;
      problems.push({ variable: origin[key] ?? ESPO_ENV[key], problem, fix: FIXES[key], code: missing ? 'missing' : 'invalid', field: key });
    }
  } else {
    problems.push(...authProblems(result.data, origin));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return { espo: { ...result.data, url: result.data.url.replace(/\/+$/u, '') } };
}

/** HMAC when a secret key is set, else the API key, else username/password. */
export function espoAuthFrom(config: EspoConfig): EspoAuth {
  if (config.apiKey !== undefined && config.secretKey !== undefined) return { kind: 'hmac', apiKey: config.apiKey, secretKey: config.secretKey };
  if (config.apiKey !== undefined) return { kind: 'apiKey', apiKey: config.apiKey };
  return { kind: 'basic', username: config.username ?? '', password: config.password ?? '' };
}
