/** Id-ordered record streams: merging them and cutting them into batches. */
import type { RawRecord } from './types';

export type IdRecord = RawRecord & { readonly id: string };

/**
 * Merges two streams sorted by id into one sorted stream, each id once. Ids are compared as strings, the order
 * EspoCRM's keyset iteration follows (17 lower-case hex characters, so collation and byte order agree).
 */
export async function* mergeById(a: AsyncIterable<IdRecord>, b: AsyncIterable<IdRecord>): AsyncGenerator<IdRecord> {
  const left = a[Symbol.asyncIterator]();
  const right = b[Symbol.asyncIterator]();
  let l = await left.next();
  let r = await right.next();
  while (!l.done || !r.done) {
    if (r.done || (!l.done && l.value.id < r.value.id)) {
      if (!l.done) yield l.value;
      l = await left.next();
    } else if (l.done || r.value.id < l.value.id) {
      yield r.value;
      r = await right.next();
    } else {
      yield l.value;
      l = await left.next();
      r = await right.next();
    }
  }
}

export async function* chunks<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of source) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** An empty stream, for merges with nothing on one side. */
export async function* none<T>(): AsyncGenerator<T> {
  yield* [] as T[];
}

/** Sorted, distinct, and only after `after`. */
export function idsAfter(ids: readonly string[], after: string | null): string[] {
  return [...new Set(ids)].sort().filter((id) => after === null || id > after);
}

export function groupBy(records: readonly RawRecord[], key: string): Map<string, RawRecord[]> {
  const groups = new Map<string, RawRecord[]>();
  for (const record of records) {
    const value = record[key];
    if (typeof value !== 'string' || value === '') continue;
    const group = groups.get(value);
    if (group === undefined) groups.set(value, [record]);
    else group.push(record);
  }
  return groups;
}
