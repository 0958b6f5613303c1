import { AutoCibleError } from '../../core/errors';
import type { PolicyReason } from './policy-problem';
import type { EspoConfig } from './schema';

/**
 * What kind of problem, with the values a sentence about it needs, so that a CLI can word it in the user's
 * language (`problem` and `fix` stay the English text).
 */
export type ConfigProblemCode =
  /** `--config` names a file that does not exist. */
  | { readonly code: 'fileMissing' }
  | { readonly code: 'fileUnreadable' | 'fileInvalid'; readonly option: '--config' | '--policy' }
  /** The file has no `espo` object, or its `serve` (or `espo`) entry is not an object. */
  | { readonly code: 'sectionMissing' | 'sectionNotObject'; readonly section: 'espo' | 'serve' }
  /** A value of the `serve` settings is refused. */
  | { readonly code: 'serveInvalid' }
  | { readonly code: 'missing' | 'invalid'; readonly field: keyof EspoConfig }
  /** The API key is missing while a secret key is set (by `secretFrom`: a variable or `file#espo.secretKey`). */
  | { readonly code: 'missingWithSecret'; readonly secretFrom: string }
  | { readonly code: 'noCredentials' }
  /** A value of a `--policy` file is refused, and why (`policy-problem.ts`). */
  | { readonly code: 'policyInvalid'; readonly reason?: PolicyReason };

/** One problem, in the msw style: what is wrong, where it came from, how to fix it. Never a secret value. */
export type ConfigProblem = {
  /** The environment variable or `file.json#espo.key` that holds the bad value. */
  readonly variable: string;
  readonly problem: string;
  readonly fix: string;
} & (ConfigProblemCode | { readonly code?: never });

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
