// Internals of the client; exported for tests and for `createEspoClient`, not part of the public surface.
export { createLimiter } from './limiter';
export type { Limiter } from './limiter';
export { backoffDelay, isRetryableError, resolveRetryPolicy, RETRYABLE_STATUSES, withRetry } from './retry';
export type { RetryContext, RetryPolicy } from './retry';
export { parseRetryAfter } from './retry-after';
export { abortableSleep } from './sleep';
export { createRequester, isIdempotent } from './request';
export type { Requester, RequesterDeps, RequestSpec } from './request';
export { buildRequestInfo, normaliseBaseUrl, sanitizeCause } from './request-info';
