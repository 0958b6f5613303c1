import type { GatewayNote } from '../gateway';
import type { EspoRecord } from '../types';

/** One write the memory gateway performed, in order (jobs' tests assert exactly what was done). */
export type MemoryWrite =
  | { readonly kind: 'update'; readonly entityType: string; readonly id: string; readonly changed: Readonly<Record<string, unknown>> }
  | { readonly kind: 'link'; readonly targetListId: string; readonly entityType: string; readonly ids: readonly string[] }
  | { readonly kind: 'erase'; readonly entityType: string; readonly id: string; readonly fieldList: readonly string[] }
  | { readonly kind: 'createNote'; readonly id: string; readonly parentType: string; readonly parentId: string }
  | { readonly kind: 'deleteNote'; readonly id: string };

/** A stored Note as the gateway returns it. */
export function toNote(record: EspoRecord): GatewayNote {
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    id: record.id, type: text(record.type) ?? 'Post', parentType: text(record.parentType), parentId: text(record.parentId),
    post: text(record.post), createdAt: text(record.createdAt) ?? '', createdById: text(record.createdById),
  };
}

