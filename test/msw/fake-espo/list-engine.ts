import { sortRecords } from '../../../src/server/espo/memory/list';
import { collate, compareValues, matchesWhere } from '../../../src/server/espo/query/where-match';
import type { WhereContext } from '../../../src/server/espo/query/where-match';
import type { WhereItem } from '../../../src/server/espo/query/where';
import type { FakeContext } from './context';
import { queryString } from './context';
import { requestedMaxSize } from './max-size';
import { FakeHttpError, statusReason } from './responses';
import type { FakeEntityDef, StoredRecord } from './types';
import { checkLinkedIds } from './where-check';
import { parseWhere } from './where-parse';

export interface ListRequest {
  readonly where: readonly WhereItem[];
  readonly select: readonly string[] | undefined;
  readonly orderBy: string;
  readonly order: 'asc' | 'desc';
  readonly offset: number;
  readonly maxSize: number;
  readonly q: string | undefined;
  /** `X-No-Total`, `q` or a count-disabled entity: `total` is -1/-2 (§4.3). */
  readonly noTotal: boolean;
}

/**
 * Reads `offset`, `maxSize`, `orderBy`/`order`, `select`, `where` (and their 9.0 aliases), `q`, `primaryFilter`.
 * `countDisabled` only concerns the entity's own list: related and history lists of Emails are counted
 * (recordings `contact-related-emails-parent-only.json`, `activities-contact-history-list-email.json`).
 */
export function parseListRequest(ctx: FakeContext, def: FakeEntityDef, ownList = false): ListRequest {
  const maxSize = requestedMaxSize(ctx);
  const primaryFilter = queryString(ctx, 'primaryFilter');
  const filterItems = primaryFilter === undefined ? [] : def.primaryFilters?.[primaryFilter];
  if (filterItems === undefined) throw new FakeHttpError(statusReason(400, `No primary filter '${primaryFilter ?? ''}'.`));
  const select = queryString(ctx, 'select') ?? queryString(ctx, 'attributeSelect');
  const orderBy = queryString(ctx, 'orderBy') ?? queryString(ctx, 'sortBy');
  const q = queryString(ctx, 'q');
  const where = parseWhere(ctx.query.where ?? ctx.query.whereGroup);
  checkLinkedIds(ctx, def, where);
  return {
    where: [...where, ...filterItems],
    select: select === undefined ? undefined : select.split(',').filter((s) => s !== ''),
    orderBy: orderBy ?? def.defaultOrderBy,
    order: orderBy === undefined ? def.defaultOrder : queryString(ctx, 'order') === 'desc' ? 'desc' : 'asc',
    offset: Number(queryString(ctx, 'offset') ?? 0),
    maxSize,
    q,
    noTotal: ctx.request.headers.get('X-No-Total') === 'true' || q !== undefined || (ownList && def.countDisabled === true),
  };
}

function textMatches(def: FakeEntityDef, record: StoredRecord, q: string): boolean {
  const needle = collate(q);
  return (def.textFilter ?? ['name']).some((field) => {
    const value = record[field];
    return typeof value === 'string' && collate(value).startsWith(needle);
  });
}

/** First index whose id is greater than the keyset cursor (records sorted by id ascending). */
function keysetStart(sorted: readonly StoredRecord[], request: ListRequest): number {
  if (request.orderBy !== 'id' || request.order !== 'asc') return 0;
  const cursor = request.where.find((item) => item.type === 'greaterThan' && item.attribute === 'id');
  if (cursor === undefined || cursor.type !== 'greaterThan') return 0;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareValues(sorted[middle]?.id, cursor.value) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Filters, orders and pages `records`; stops early when no count is needed (keeps big benches fast). */
export function runList(
  def: FakeEntityDef,
  records: readonly StoredRecord[],
  request: ListRequest,
  ctx: WhereContext,
  alreadySorted = false,
): { total: number; page: StoredRecord[] } {
  const sorted = alreadySorted ? records : (sortRecords(records, request.orderBy, request.order) as StoredRecord[]);
  const wanted = request.offset + request.maxSize;
  const matches: StoredRecord[] = [];
  for (let index = keysetStart(sorted, request); index < sorted.length; index += 1) {
    const record = sorted[index];
    if (record === undefined) continue;
    if (request.q !== undefined && !textMatches(def, record, request.q)) continue;
    if (!matchesWhere(record, request.where, ctx)) continue;
    matches.push(record);
    if (request.noTotal && matches.length > wanted) break;
  }
  const page = matches.slice(request.offset, wanted);
  const total = request.noTotal ? (matches.length > wanted ? -1 : -2) : matches.length;
  return { total, page };
}
