import { isEspoHttpError } from '../errors/guards';

/** EspoCRM's reason, N being the installation's `recordListMaxSizeLimit` (core `Record/SearchParamsFetcher`). */
const MAX_SIZE_REASON = /^Max size should not exceed (\d+)\./u;

/**
 * The limit a list request ran into: EspoCRM refuses a `maxSize` above `recordListMaxSizeLimit` with a 403, an empty
 * body and `X-Status-Reason: Max size should not exceed N. Use offset and limit.` (recording
 * `contact-list-maxsize-over-limit.json`, §4.3). Null for any other error, and when N cannot help: below 1, or not
 * below the `maxSize` that was sent.
 */
export function maxSizeLimitOf(error: unknown, sent: number): number | null {
  if (!isEspoHttpError(error) || error.status !== 403) return null;
  const digits = MAX_SIZE_REASON.exec(error.statusReason ?? '')?.[1];
  if (digits === undefined) return null;
  const limit = Number(digits);
  return Number.isSafeInteger(limit) && limit >= 1 && limit < sent ? limit : null;
}
