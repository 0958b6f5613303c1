import { compareValues, matchesWhere } from '../query/where-match';
import type { WhereContext } from '../query/where-match';
import type { EspoList, EspoRecord, ListParams } from '../types';

/** The comparator of `sortRecords`. */
export function recordOrder(orderBy: string, order: 'asc' | 'desc'): (a: EspoRecord, b: EspoRecord) => number {
  const sign = order === 'desc' ? -1 : 1;
  return (a, b) => sign * (compareValues(a[orderBy], b[orderBy]) || compareValues(a.id, b.id));
}

/** Orders by `(orderBy, id)`, as EspoCRM does (core `Select/Order/Applier` appends `id`). */
export function sortRecords(records: readonly EspoRecord[], orderBy: string, order: 'asc' | 'desc'): EspoRecord[] {
  return [...records].sort(recordOrder(orderBy, order));
}

export function project(record: EspoRecord, select: readonly string[] | undefined): EspoRecord {
  if (select === undefined) return { ...record };
  const out: Record<string, unknown> = { id: record.id };
  for (const attribute of select) if (attribute in record) out[attribute] = record[attribute];
  return { ...out, id: record.id };
}

/**
 * `GET {Entity}` over plain records: where, (orderBy, id) order, offset/maxSize, select. `total` is -1/-2
 * with `noTotal`, the count otherwise.
 */
export function listRecords(records: Iterable<EspoRecord>, params: ListParams, ctx: WhereContext): EspoList {
  const matching = [...records].filter((record) => matchesWhere(record, params.where ?? [], ctx));
  const sorted = sortRecords(matching, params.orderBy ?? 'id', params.order ?? 'asc');
  const offset = params.offset ?? 0;
  const maxSize = params.maxSize ?? 200;
  const page = sorted.slice(offset, offset + maxSize).map((record) => project(record, params.select));
  const more = sorted.length > offset + maxSize;
  return { total: params.noTotal === true ? (more ? -1 : -2) : sorted.length, list: page };
}
