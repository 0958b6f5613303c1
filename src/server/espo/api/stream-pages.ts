import type { EspoNote, EspoStreamList } from '../schemas';
import type { CallOptions } from '../types';
import type { SentSize } from './iterate';
import type { StreamParams } from './notes';
import { assertPageSize, MAX_PAGE_SIZE } from './params';

export interface StreamIterateOptions extends CallOptions {
  /** @defaultValue 200 (the maximum) */
  readonly pageSize?: number;
}

/**
 * A record's stream, newest first, paged with `offset` (the stream has no keyset cursor). The offset advances by
 * the number of notes received, and a page shorter than the `maxSize` really sent (`sentSize`, smaller than asked
 * on an installation with a lower `recordListMaxSizeLimit`) is the last one. As with any offset paging, a note
 * posted or deleted during the walk shifts the later pages by one.
 */
export async function* iterateStreamPages(
  fetchPage: (params: StreamParams) => Promise<EspoStreamList>,
  options: StreamIterateOptions,
  sentSize: SentSize,
): AsyncGenerator<readonly EspoNote[], void, undefined> {
  const pageSize = assertPageSize(options.pageSize ?? MAX_PAGE_SIZE);
  for (let offset = 0; ;) {
    const page = await fetchPage({ offset, maxSize: pageSize, ...(options.signal ? { signal: options.signal } : {}) });
    if (page.list.length === 0) return;
    yield page.list;
    if (page.list.length < sentSize(pageSize)) return;
    offset += page.list.length;
  }
}
