import { collate, matchesWhere } from '../query/where-match';
import type { WhereContext } from '../query/where-match';
import type { WhereItem } from '../query/where';
import type { EspoList, EspoRecord, ListParams } from '../types';
import { project, recordOrder, sortRecords } from './list';

/**
 * One entity type's records, by id, with lazily built indexes so that the list calls jobs make (`equals`/`in` on an
 * attribute, `linkedWith`, keyset pages by id) do not scan and sort the whole table each time. The indexes only
 * narrow the candidates: every candidate is still checked with `matchesWhere`, and the order is exactly what
 * `listRecords` gives (`sortRecords` over the matches in insertion order), so answers are those of a full scan.
 * Every write goes through `set`/`delete`/`clear`: replacing a record updates the indexes built so far, adding or
 * removing one drops them.
 */
export class MemoryTable extends Map<string, EspoRecord> {
  #snapshot: Snapshot | null = null;

  constructor() {
    super();
  }

  override set(id: string, record: EspoRecord): this {
    if (this.#snapshot !== null && !this.#snapshot.replace(id, record)) this.#snapshot = null;
    return super.set(id, record);
  }

  override delete(id: string): boolean {
    this.#snapshot = null;
    return super.delete(id);
  }

  override clear(): void {
    this.#snapshot = null;
    super.clear();
  }

  /**
   * `GET {Entity}`: the answer `listRecords(this.values(), params, ctx)` gives. `linkVersion` changes whenever a
   * `linkedWith` may answer otherwise for the same records (a relation added or removed).
   */
  list(params: ListParams, ctx: WhereContext, linkVersion: number): EspoList {
    this.#snapshot ??= new Snapshot([...super.values()]);
    return this.#snapshot.list(params, ctx, linkVersion);
  }
}

/** The key an `equals` on a string finds a stored value under; `OTHER` for values a string key cannot decide. */
const OTHER = Symbol('other');
type EqualsKey = string | typeof OTHER | null;

function equalsKey(value: unknown): EqualsKey {
  if (value === null || value === undefined) return null;
  // Two strings are equal when their collation keys are (`compareValues`); numbers, booleans and the rest follow
  // other rules (numeric, `'true'`/`'1'`…), so they stay candidates of every string and are checked one by one.
  return typeof value === 'string' ? collate(value) : OTHER;
}

/** Row positions of each `equals` key of one attribute, ascending. */
interface EqualsIndex {
  readonly byKey: Map<string, number[]>;
  readonly other: number[];
}

/** Rows in `(orderBy, id)` order, and each row's rank in it. */
interface SortedRows {
  readonly order: number[];
  readonly rank: Int32Array;
}

interface LinkIndex {
  readonly version: number;
  readonly byId: Map<string, number[]>;
}

function insertSorted(list: number[], value: number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, value);
}

function removeSorted(list: number[], value: number): void {
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [row]);
  else if (list.at(-1) !== row) list.push(row);
}

/** Sorted, without duplicates; each list is. */
function union(lists: readonly (readonly number[])[]): readonly number[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const all = nonEmpty.flat().sort((a, b) => a - b);
  return all.filter((row, i) => i === 0 || all[i - 1] !== row);
}

/**
 * Whether `sortRecords` over these rows is a consistent total order (strings only, or finite numbers only, or
 * booleans only, besides nulls): then the order of a subset is the order of the whole restricted to it, and one
 * sort serves every page. Mixed types compare inconsistently (10 > '9' numerically, '9' > '10x' as text), so those
 * are sorted per call as before.
 */
function sortsConsistently(rows: readonly EspoRecord[], orderBy: string): boolean {
  let kind: string | null = null;
  for (const row of rows) {
    if (typeof row.id !== 'string') return false;
    const value = row[orderBy];
    if (value === null || value === undefined) continue;
    const type = typeof value;
    if (type !== 'string' && type !== 'boolean' && !(type === 'number' && Number.isFinite(value))) return false;
    if (kind === null) kind = type;
    else if (kind !== type) return false;
  }
  return true;
}

class Snapshot {
  readonly #rows: EspoRecord[];
  readonly #rowOf = new Map<string, number>();
  readonly #equals = new Map<string, EqualsIndex>();
  /** Keyed by `order` + NUL + `orderBy`; `null` when that order is not consistent. */
  readonly #sorted = new Map<string, SortedRows | null>();
  readonly #links = new Map<string, LinkIndex>();

  constructor(rows: EspoRecord[]) {
    this.#rows = rows;
    rows.forEach((row, i) => this.#rowOf.set(row.id, i));
  }

  /** Takes a new version of a stored record (same id, same position); false when the snapshot cannot follow. */
  replace(id: string, record: EspoRecord): boolean {
    const row = this.#rowOf.get(id);
    const previous = row === undefined ? undefined : this.#rows[row];
    if (row === undefined || previous === undefined || previous.id !== record.id) return false;
    this.#rows[row] = record;
    for (const [attribute, index] of this.#equals) {
      const before = equalsKey(previous[attribute]);
      const after = equalsKey(record[attribute]);
      if (before === after) continue;
      if (before === OTHER) removeSorted(index.other, row);
      else if (before !== null) removeSorted(index.byKey.get(before) ?? [], row);
      if (after === OTHER) insertSorted(index.other, row);
      else if (after !== null) {
        const list = index.byKey.get(after);
        if (list === undefined) index.byKey.set(after, [row]);
        else insertSorted(list, row);
      }
    }
    for (const key of [...this.#sorted.keys()]) {
      const orderBy = key.slice(key.indexOf('\u0000') + 1);
      if (!Object.is(previous[orderBy], record[orderBy])) this.#sorted.delete(key);
    }
    // `linkedWith` may read any attribute of the record (a belongsTo key): rebuilt when next asked.
    this.#links.clear();
    return true;
  }

  list(params: ListParams, ctx: WhereContext, linkVersion: number): EspoList {
    const where = params.where ?? [];
    const orderBy = params.orderBy ?? 'id';
    const order = params.order ?? 'asc';
    const offset = params.offset ?? 0;
    const maxSize = params.maxSize ?? 200;
    // Enough matches to fill the page and tell whether more exist, when no count is asked.
    const plainPage = Number.isInteger(offset) && offset >= 0 && Number.isInteger(maxSize) && maxSize >= 0;
    const enough = params.noTotal === true && plainPage ? offset + maxSize + 1 : Infinity;
    const matches = (record: EspoRecord): boolean => matchesWhere(record, where, ctx);
    const candidates = this.#candidates(where, ctx, linkVersion);
    const sorted = this.#sortedRows(orderBy, order);
    let found: EspoRecord[];
    if (sorted === null) {
      const rows = candidates === null ? this.#rows : candidates.map((row) => this.#rows[row]!);
      found = sortRecords(rows.filter(matches), orderBy, order);
    } else {
      const start = orderBy === 'id' && order === 'asc' ? this.#afterIdCursor(sorted, where) : 0;
      const ranks = candidates === null ? null : candidates.map((row) => sorted.rank[row]!).filter((rank) => rank >= start).sort((a, b) => a - b);
      found = [];
      const count = ranks === null ? sorted.order.length - start : ranks.length;
      for (let i = 0; i < count && found.length < enough; i += 1) {
        const record = this.#rows[sorted.order[ranks === null ? start + i : ranks[i]!]!]!;
        if (matches(record)) found.push(record);
      }
    }
    const page = found.slice(offset, offset + maxSize).map((record) => project(record, params.select));
    const more = found.length > offset + maxSize;
    return { total: params.noTotal === true ? (more ? -1 : -2) : found.length, list: page };
  }

  /** Rows that may match (ascending), from the most selective indexed top-level item; null: every row. */
  #candidates(where: readonly WhereItem[], ctx: WhereContext, linkVersion: number): readonly number[] | null {
    let best: (readonly number[])[] | null = null;
    let bestSize = Infinity;
    for (const item of where) {
      let parts: (readonly number[])[] | null = null;
      if (item.type === 'equals' && typeof item.value === 'string') {
        parts = this.#equalsParts(item.attribute, [item.value]);
      } else if (item.type === 'in' && item.value.every((value) => typeof value === 'string')) {
        parts = this.#equalsParts(item.attribute, item.value.map(String));
      } else if (item.type === 'linkedWith') {
        const index = this.#linkIndex(item.attribute, ctx, linkVersion);
        parts = item.value.map((id) => index.get(String(id)) ?? []);
      }
      if (parts === null) continue;
      const size = parts.reduce((sum, part) => sum + part.length, 0);
      if (size < bestSize) {
        best = parts;
        bestSize = size;
      }
    }
    return best === null ? null : union(best);
  }

  #equalsParts(attribute: string, values: readonly string[]): (readonly number[])[] {
    const index = this.#equalsIndex(attribute);
    return [index.other, ...values.map((value) => index.byKey.get(collate(value)) ?? [])];
  }

  #equalsIndex(attribute: string): EqualsIndex {
    const existing = this.#equals.get(attribute);
    if (existing !== undefined) return existing;
    const index: EqualsIndex = { byKey: new Map(), other: [] };
    this.#rows.forEach((record, row) => {
      const key = equalsKey(record[attribute]);
      if (key === OTHER) index.other.push(row);
      else if (key !== null) push(index.byKey, key, row);
    });
    this.#equals.set(attribute, index);
    return index;
  }

  #linkIndex(link: string, ctx: WhereContext, version: number): Map<string, number[]> {
    const existing = this.#links.get(link);
    if (existing !== undefined && existing.version === version) return existing.byId;
    const byId = new Map<string, number[]>();
    this.#rows.forEach((record, row) => {
      for (const id of ctx.linkedIds(record, link)) push(byId, id, row);
    });
    this.#links.set(link, { version, byId });
    return byId;
  }

  #sortedRows(orderBy: string, order: 'asc' | 'desc'): SortedRows | null {
    const key = `${order}\u0000${orderBy}`;
    const existing = this.#sorted.get(key);
    if (existing !== undefined) return existing;
    let sorted: SortedRows | null = null;
    if (sortsConsistently(this.#rows, orderBy)) {
      // A stable sort of positions with `sortRecords`' comparator: ties keep insertion order, as there.
      const compare = recordOrder(orderBy, order);
      const rows = this.#rows;
      const ranked = rows.map((_, row) => row).sort((a, b) => compare(rows[a]!, rows[b]!));
      const rank = new Int32Array(ranked.length);
      ranked.forEach((row, i) => void (rank[row] = i));
      sorted = { order: ranked, rank };
    }
    this.#sorted.set(key, sorted);
    return sorted;
  }

  /**
   * The first rank a top-level `greaterThan('id', cursor)` (the keyset page of `iterateRecords`) lets through: in
   * ascending id order, the ids above the cursor are a suffix.
   */
  #afterIdCursor(sorted: SortedRows, where: readonly WhereItem[]): number {
    let start = 0;
    for (const item of where) {
      if (item.type !== 'greaterThan' || item.attribute !== 'id' || typeof item.value !== 'string') continue;
      const cursor = collate(item.value);
      let low = 0;
      let high = sorted.order.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (collate(this.#rows[sorted.order[middle]!]!.id) > cursor) high = middle;
        else low = middle + 1;
      }
      start = Math.max(start, low);
    }
    return start;
  }
}
