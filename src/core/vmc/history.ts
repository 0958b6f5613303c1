/**
 * A record's purchase history as the VMC reads it: its won opportunities (platform §4.3, §4.4; recordings
 * `opportunity-list-won-*.json`, `account-related-opportunities-won.json`). One request shape and one parser for
 * both readers: the side panel (`Espo.Ajax`) and the `autocible vmc` job (the REST client).
 */
import type { Purchase } from './inputs';

/** EspoCRM refuses `maxSize` above 200 with a 403 (platform §8.12): the latest 200 won opportunities are read. */
export const HISTORY_MAX_SIZE = 200;

/** Where the history is listed: a contact's related opportunities, or the opportunities whose account is the record. */
export type HistoryEndpoint =
  | { readonly kind: 'related'; readonly entityType: 'Contact'; readonly id: string; readonly link: 'opportunities' }
  | { readonly kind: 'list'; readonly entityType: 'Opportunity' };

/** The search parameters (a type alias, so that it is a `Record<string, unknown>` for `Espo.Ajax`). */
export type HistoryParams = {
  readonly primaryFilter: 'won';
  /** Comma list, as EspoCRM reads `select`. */
  readonly select: string;
  readonly orderBy: 'closeDate';
  readonly order: 'desc';
  readonly maxSize: number;
  readonly where?: readonly [{ readonly type: 'equals'; readonly attribute: 'accountId'; readonly value: string }];
};

export interface HistoryRequest {
  /** Path after `/api/v1/`, the id encoded: what `Espo.Ajax.getRequest` takes. */
  readonly url: string;
  readonly endpoint: HistoryEndpoint;
  readonly params: HistoryParams;
}

export interface History {
  readonly purchases: readonly Purchase[];
  /** `total` of the list response: more than the purchases listed when the history was cut at `maxSize`. */
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
 * `maxSize` of them: 200, or the installation's smaller limit.
 */
export function wonOpportunitiesRequest(entityType: string, id: string, maxSize = HISTORY_MAX_SIZE): HistoryRequest {
  if (entityType === 'Contact') {
    return {
      url: `Contact/${encodeURIComponent(id)}/opportunities`,
      endpoint: { kind: 'related', entityType: 'Contact', id, link: 'opportunities' },
      params: { ...COMMON, maxSize },
    };
  }
  return {
    url: 'Opportunity',
    endpoint: { kind: 'list', entityType: 'Opportunity' },
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
