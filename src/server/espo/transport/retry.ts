import { EspoHttpError } from '../errors/espo-http-error';
import { EspoNetworkError } from '../errors/espo-network-error';
import { EspoTimeoutError } from '../errors/espo-timeout-error';
import type { RetryOptions } from '../types';
import { abortableSleep } from './sleep';

export interface RetryPolicy {
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random: () => number;
}

export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const o = options === false ? { retries: 0 } : options ?? {};
  return {
    retries: o.retries ?? 3,
    baseDelayMs: o.baseDelayMs ?? 300,
    maxDelayMs: o.maxDelayMs ?? 10_000,
    maxRetryAfterMs: o.maxRetryAfterMs ?? 60_000,
    sleep: o.sleep ?? abortableSleep,
    random: o.random ?? Math.random,
  };
}

/** Statuses that mean "try again later"; every other 4xx/5xx is final. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

export function isRetryableError(error: unknown): boolean {
  if (error instanceof EspoHttpError) return RETRYABLE_STATUSES.has(error.status);
  return error instanceof EspoNetworkError || error instanceof EspoTimeoutError;
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^attempt)). */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(policy.random() * ceiling);
}

export interface RetryContext {
  readonly policy: RetryPolicy;
  /** Only idempotent requests are retried (see `isIdempotent`). */
  readonly idempotent: boolean;
  readonly signal?: AbortSignal;
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** Delay before the next attempt, or null when the error must be thrown. */
function nextDelay(error: unknown, attempt: number, ctx: RetryContext): number | null {
  if (!ctx.idempotent || attempt >= ctx.policy.retries || !isRetryableError(error)) return null;
  if (error instanceof EspoHttpError && error.retryAfterMs !== null) {
    return error.retryAfterMs > ctx.policy.maxRetryAfterMs ? null : error.retryAfterMs;
  }
  return backoffDelay(attempt, ctx.policy);
}

/**
 * Runs `attempt` until it succeeds or fails for good (ky's `retry` + Octokit's retry plugin, style
 * principle 8). `Retry-After` wins over the computed backoff.
 */
export async function withRetry<T>(attempt: (index: number) => Promise<T>, ctx: RetryContext): Promise<T> {
  for (let index = 0; ; index += 1) {
    try {
      return await attempt(index);
    } catch (error) {
      const delayMs = nextDelay(error, index, ctx);
      if (delayMs === null) throw error;
      ctx.onRetry?.({ attempt: index + 1, delayMs, error });
      await ctx.policy.sleep(delayMs, ctx.signal);
    }
  }
}
