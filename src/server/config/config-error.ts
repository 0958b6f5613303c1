import { AutoCibleError } from '../../core/errors';

/** One problem, in the msw style: what is wrong, where it came from, how to fix it. Never a secret value. */
export interface ConfigProblem {
  /** The environment variable or `file.json#espo.key` that holds the bad value. */
  readonly variable: string;
  readonly problem: string;
  readonly fix: string;
}

/** The configuration cannot be used. `problems` lists every issue found, not just the first. */
export class ConfigError extends AutoCibleError {
  readonly code = 'CONFIG_INVALID';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`[AutoCible] Invalid configuration:\n${problems.map((p) => `  • ${p.variable}: ${p.problem}. ${p.fix}`).join('\n')}`);
  }
}

export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof ConfigError;
}
