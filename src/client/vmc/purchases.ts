/**
 * The panel's side of loading a purchase history: what `Espo.Ajax` rejects with when the installation's list limit
 * is below 200. The request and its parsing are shared with the `vmc` job (src/core/vmc/history.ts).
 */

/** EspoCRM's reason for a `maxSize` above the installation's `recordListMaxSizeLimit` (recording contact-list-maxsize-over-limit). */
const MAX_SIZE_REASON = /^Max size should not exceed (\d+)\./u;

/** What the host's `Espo.Ajax` rejects with: the XHR (platform §3.7). */
interface FailedXhr {
  readonly status: number;
  getResponseHeader(name: string): string | null;
}

function isFailedXhr(value: unknown): value is FailedXhr {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'status') === 'number'
    && typeof Reflect.get(value, 'getResponseHeader') === 'function';
}

/**
 * The page size an installation allows when it refused `sent` records (403 "Max size should not exceed N.", an
 * administrator set `recordListMaxSizeLimit` below 200); null for any other failure, or an N that cannot help.
 */
export function allowedMaxSize(failure: unknown, sent: number): number | null {
  if (!isFailedXhr(failure) || failure.status !== 403) return null;
  const digits = MAX_SIZE_REASON.exec(failure.getResponseHeader('X-Status-Reason') ?? '')?.[1];
  const limit = digits === undefined ? Number.NaN : Number(digits);
  return Number.isSafeInteger(limit) && limit >= 1 && limit < sent ? limit : null;
}
