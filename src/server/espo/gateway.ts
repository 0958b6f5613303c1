import type { WhereItem } from './query/where';
import type { CallOptions, EspoRecord } from './types';

/**
 * What jobs see of EspoCRM (style principle 3): a small port with two adapters, `RestGateway` (the REST
 * client) and `MemoryGateway` (plain records, fed from the sample files), checked by one conformance suite.
 * Missing records throw `EspoRecordNotFoundError`, except `get`, which answers null.
 */
export interface GatewayIterateOptions extends CallOptions {
  /** Attributes the job reads; `id` is always included. */
  readonly select: readonly string[];
  readonly where?: readonly WhereItem[];
  /** Only records whose `modifiedAt` is at or after this instant. */
  readonly modifiedSince?: Date;
}

export interface GatewayRelatedOptions extends CallOptions {
  readonly select: readonly string[];
  readonly where?: readonly WhereItem[];
}

/** Entity types a target list holds, and the link that holds them (§6). */
export type TargetListMemberType = 'Contact' | 'Lead' | 'Account';

export const TARGET_LIST_LINKS: Readonly<Record<TargetListMemberType, string>> = {
  Contact: 'contacts',
  Lead: 'leads',
  Account: 'accounts',
};

export interface GatewayNoteInput {
  readonly parentType: string;
  readonly parentId: string;
  readonly post: string;
}

export interface GatewayNote {
  readonly id: string;
  readonly type: string;
  readonly parentType: string | null;
  readonly parentId: string | null;
  readonly post: string | null;
  /** `YYYY-MM-DD HH:mm:ss` UTC. */
  readonly createdAt: string;
  readonly createdById: string | null;
}

export interface EspoGateway {
  /** Every matching record exactly once, even while others are inserted or edited; memory stays flat. */
  iterate(entityType: string, options: GatewayIterateOptions): AsyncIterable<EspoRecord>;
  get(entityType: string, id: string, options?: CallOptions): Promise<EspoRecord | null>;
  /**
   * Writes only `changedFields`; does nothing (no request) when it is empty. Throws `EspoFieldsNotStoredError`
   * when EspoCRM answers but did not store AutoCible's own fields (field-level security, platform doc §8.13).
   */
  update(entityType: string, id: string, changedFields: Readonly<Record<string, unknown>>, options?: CallOptions): Promise<void>;
  /** Adds records to a target list; already-linked records stay linked (safe to repeat). */
  linkToTargetList(targetListId: string, entityType: TargetListMemberType, ids: readonly string[], options?: CallOptions): Promise<void>;
  /** Data Privacy erase of the listed fields (§5); notes are not touched. */
  erase(entityType: string, id: string, fieldList: readonly string[], options?: CallOptions): Promise<void>;
  createNote(input: GatewayNoteInput, options?: CallOptions): Promise<GatewayNote>;
  deleteNote(id: string, options?: CallOptions): Promise<void>;
  /** Every note of a record's stream, newest first (read fully, so callers may delete while looping). */
  listStream(entityType: string, id: string, options?: CallOptions): Promise<readonly GatewayNote[]>;
  listRelated(entityType: string, id: string, link: string, options: GatewayRelatedOptions): AsyncIterable<EspoRecord>;
}
