import type { FakeContext } from './context';
import { queryString } from './context';
import { FakeHttpError, statusReason } from './responses';

/**
 * `maxSize` as core `Record/SearchParamsFetcher` reads it for every list (records, related, stream, activities):
 * above the config's `recordListMaxSizeLimit` the request is refused with 403, an empty JSON body and
 * `X-Status-Reason: Max size should not exceed N. Use offset and limit.` (recording
 * `contact-list-maxsize-over-limit.json`). Without `maxSize`, `fallback`, or the limit itself.
 */
export function requestedMaxSize(ctx: FakeContext, fallback?: number): number {
  const limit = ctx.store.config.recordListMaxSizeLimit;
  const raw = queryString(ctx, 'maxSize');
  const maxSize = raw === undefined || raw === '' ? fallback ?? limit : Number(raw);
  if (maxSize > limit) throw new FakeHttpError(statusReason(403, `Max size should not exceed ${limit}. Use offset and limit.`));
  return maxSize;
}
