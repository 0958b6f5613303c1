import { z } from 'zod';

/**
 * Connection settings, validated at start-up (style principle 10). Read from the environment or from a JSON
 * file (`--config`, default `autocible.config.json`); environment variables win field by field.
 */
export const EspoConfigSchema = z.object({
  /**
   * EspoCRM site URL, e.g. `https://crm.garage-dupont.fr` (the client appends `/api/v1`).
   * Env `ESPO_URL`. @defaultValue none — required.
   */
  url: z.url({ protocol: /^https?$/u, error: 'is not an http(s) URL' }),
  /** API key of the EspoCRM API user (Administration > API Users). Env `ESPO_API_KEY`. @defaultValue undefined */
  apiKey: z.string().min(1).optional(),
  /**
   * Secret key of an API user set to HMAC authentication; when present, requests are HMAC-signed.
   * Env `ESPO_SECRET_KEY`. @defaultValue undefined (plain API key)
   */
  secretKey: z.string().min(1).optional(),
  /** Regular user login, instead of an API user (not recommended). Env `ESPO_USERNAME`. @defaultValue undefined */
  username: z.string().min(1).optional(),
  /** Password of `username`. Env `ESPO_PASSWORD`. @defaultValue undefined */
  password: z.string().min(1).optional(),
  /** Per-request timeout in milliseconds. Env `ESPO_TIMEOUT_MS`. @defaultValue 30000 */
  timeoutMs: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** Requests in flight at once. Env `ESPO_MAX_CONCURRENCY`. @defaultValue 4 */
  maxConcurrency: z.coerce.number().int().min(1).max(32).default(4),
  /** Retries of idempotent requests on 429/502/503/504 and network errors. Env `ESPO_RETRIES`. @defaultValue 3 */
  retries: z.coerce.number().int().min(0).max(10).default(3),
});

export const ConfigSchema = z.object({
  espo: EspoConfigSchema,
});

export type AutoCibleConfig = z.infer<typeof ConfigSchema>;
export type EspoConfig = z.infer<typeof EspoConfigSchema>;

/** The `espo` fields, in documentation order. */
export const ESPO_KEYS = [
  'url', 'apiKey', 'secretKey', 'username', 'password', 'timeoutMs', 'maxConcurrency', 'retries',
] as const satisfies readonly (keyof EspoConfig)[];

/** Environment variable of each `espo` field. */
export const ESPO_ENV: Readonly<Record<keyof EspoConfig, string>> = {
  url: 'ESPO_URL',
  apiKey: 'ESPO_API_KEY',
  secretKey: 'ESPO_SECRET_KEY',
  username: 'ESPO_USERNAME',
  password: 'ESPO_PASSWORD',
  timeoutMs: 'ESPO_TIMEOUT_MS',
  maxConcurrency: 'ESPO_MAX_CONCURRENCY',
  retries: 'ESPO_RETRIES',
};

/** Fields whose values are never printed. */
export const SECRET_FIELDS: ReadonlySet<keyof EspoConfig> = new Set(['apiKey', 'secretKey', 'password']);
