import { DomainInputError } from '../../../core/errors';
import { EspoContractError } from '../errors/espo-contract-error';
import { where as w } from '../query/where';
import type { WhereItem } from '../query/where';
import type { CallOptions, EspoList, EspoRecord, ListParams } from '../types';
import { assertPageSize, MAX_PAGE_SIZE } from './params';

export interface IterateOptions extends CallOptions {
  readonly select?: readonly string[];
  readonly where?: readonly WhereItem[];
  /**
   * A plain attribute (varchar, date, datetime, int), not a link or enum: EspoCRM orders those by name or option
   * position, which a `greaterThan` cursor cannot follow. @defaultValue 'id'
   */
  readonly orderBy?: string;
  /** @defaultValue 200 (the maximum) */
  readonly pageSize?: number;
}

type Cursor = { readonly value: string | number | null; readonly id: string };

/** The `maxSize` really sent for a page size asked (`PageSizeLimit.sentSize`); the identity by default. */
export type SentSize = (asked: number) => number;

const asAsked: SentSize = (asked) => asked;

/**
 * Keyset pagination, not offsets. With `offset`, a record deleted (or no longer matching `where` after an
 * edit) on an earlier page shifts the rest and one record is skipped; an insert repeats one. Here each page
 * asks for the records strictly after the last one seen, ordered by `(orderBy, id)` — EspoCRM appends `id`
 * as the tie-breaker of every order (core `Select/Order/Applier`). Ordering by `id` (the default) is immune
 * to edits because ids never change; new records get larger ids (time-based) and come last. With another
 * `orderBy`, a record whose value changes during the run may be seen twice or not at all, so use an
 * attribute that does not change during the run (e.g. `createdAt`).
 */
function after(orderBy: string, cursor: Cursor): WhereItem {
  if (orderBy === 'id') return w.greaterThan('id', cursor.id);
  if (cursor.value === null) {
    // MySQL sorts NULL first in ascending order: finish the NULLs, then take every non-null value.
    return w.or(w.and(w.isNull(orderBy), w.greaterThan('id', cursor.id)), w.isNotNull(orderBy));
  }
  return w.or(
    w.greaterThan(orderBy, cursor.value),
    w.and(w.equals(orderBy, cursor.value), w.greaterThan('id', cursor.id)),
  );
}

function cursorOf(record: EspoRecord, orderBy: string): Cursor {
  const value = record[orderBy] ?? null;
  if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
    throw new DomainInputError('orderBy', orderBy, 'iteration needs a plain (string or number) attribute');
  }
  return { value, id: record.id };
}

/** A server that ignores the cursor would make the loop endless: that is a broken contract. */
function assertAdvances(previous: Cursor | null, next: Cursor, endpoint: string): void {
  if (previous === null || previous.id !== next.id) return;
  const info = { method: 'GET' as const, path: endpoint, url: endpoint, entityType: null, id: null };
  const issue = { path: ['list'], code: 'cursor_not_advancing', message: 'The next page repeated the last record' };
  throw new EspoContractError(info, [issue], next.id);
}

function withKeys(select: readonly string[] | undefined, orderBy: string): readonly string[] | undefined {
  if (select === undefined) return undefined;
  return [...new Set(['id', orderBy, ...select])];
}

/**
 * Pages of at most `pageSize` records, fetched one at a time: memory stays flat however many records there
 * are. Sends `X-No-Total` so EspoCRM skips the count; `total` -2 (or a short page) ends the iteration, -1
 * means more pages exist (§4.3). A page is short when it holds fewer records than the `maxSize` really sent:
 * `sentSize` tells it when the client sends less than asked (an installation's lower `recordListMaxSizeLimit`).
 * Read after the fetch, it is never above what that fetch sent (the learnt limit only goes down), so a full page
 * is never taken for the last one; the cursor, not a count, decides where the next page starts.
 */
export async function* iteratePages(
  fetchPage: (params: ListParams) => Promise<EspoList>,
  options: IterateOptions = {},
  endpoint = 'list',
  sentSize: SentSize = asAsked,
): AsyncGenerator<readonly EspoRecord[], void, undefined> {
  const orderBy = options.orderBy ?? 'id';
  const pageSize = assertPageSize(options.pageSize ?? MAX_PAGE_SIZE);
  const select = withKeys(options.select, orderBy);
  let cursor: Cursor | null = null;
  for (;;) {
    const where: readonly WhereItem[] = cursor === null ? options.where ?? [] : [...(options.where ?? []), after(orderBy, cursor)];
    const page = await fetchPage({
      where, orderBy, order: 'asc', maxSize: pageSize, noTotal: true,
      ...(select ? { select } : {}), ...(options.signal ? { signal: options.signal } : {}),
    });
    const last = page.list.at(-1);
    if (last === undefined) return;
    yield page.list;
    if (page.list.length < sentSize(pageSize) || page.total === -2) return;
    const next = cursorOf(last, orderBy);
    assertAdvances(cursor, next, endpoint);
    cursor = next;
  }
}

/** The records of `iteratePages`, one by one. */
export async function* iterateRecords(
  fetchPage: (params: ListParams) => Promise<EspoList>,
  options: IterateOptions = {},
  endpoint = 'list',
  sentSize: SentSize = asAsked,
): AsyncGenerator<EspoRecord, void, undefined> {
  for await (const page of iteratePages(fetchPage, options, endpoint, sentSize)) yield* page;
}
