/** Loading a record's purchase history: its won opportunities (platform §3.7, §4.3; recordings opportunity-list-won-*). */
import type { Purchase } from '../../core/vmc';

/** EspoCRM refuses `maxSize` above 200 with a 403 (platform §8.12). */
export const HISTORY_MAX_SIZE = 200;

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

export interface HistoryRequest {
  readonly url: string;
  readonly params: Record<string, unknown>;
}

export interface History {
  readonly purchases: readonly Purchase[];
  /** `total` of the list response: more than the purchases listed when the history was cut at 200. */
  readonly total: number;
}

const COMMON = {
  primaryFilter: 'won',
  select: 'amount,amountConverted,closeDate',
  orderBy: 'closeDate',
  order: 'desc',
} as const;

/**
 * Account: won opportunities whose account is the record; Contact: the contact's related opportunities. The latest
 * `maxSize` of them: 200, or the installation's smaller limit (`allowedMaxSize`).
 */
export function wonOpportunitiesRequest(entityType: string, id: string, maxSize = HISTORY_MAX_SIZE): HistoryRequest {
  if (entityType === 'Contact') {
    return { url: `Contact/${encodeURIComponent(id)}/opportunities`, params: { ...COMMON, maxSize } };
  }
  return {
    url: 'Opportunity',
    params: { ...COMMON, maxSize, where: [{ type: 'equals', attribute: 'accountId', value: id }] },
  };
}

// Currency amounts may travel as strings in decimal mode (platform §8.8).
function toAmount(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function toPurchase(row: unknown): Purchase | null {
  if (typeof row !== 'object' || row === null) return null;
  const record = row as Record<string, unknown>;
  // amountConverted is in the CRM's default currency, so amounts in several currencies add up.
  const amount = toAmount(record.amountConverted) ?? toAmount(record.amount);
  const date = record.closeDate;
  if (amount === null || typeof date !== 'string' || date === '') return null;
  return { date, amount };
}

/** Keeps the rows that have an amount and a close date; the core validates the rest. */
export function toHistory(body: unknown): History {
  const response = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const list = Array.isArray(response.list) ? response.list : [];
  const purchases = list.map(toPurchase).filter((p): p is Purchase => p !== null);
  const total = typeof response.total === 'number' && response.total >= 0 ? response.total : list.length;
  return { purchases, total };
}
