import { iterateRecords } from './api/iterate';
import { toEspoDateTime } from './dates';
import { EspoAbortError } from './errors/espo-abort-error';
import { EspoRecordNotFoundError } from './errors/espo-record-not-found-error';
import { TARGET_LIST_LINKS } from './gateway';
import type { EspoGateway, GatewayIterateOptions, GatewayNote, GatewayNoteInput, GatewayRelatedOptions, TargetListMemberType } from './gateway';
import { ADDRESS_OWNER_TYPES } from './address-owners';
import { eraseFields, sharedAddressesRenamed } from './memory/erase';
import { DEFAULT_LINKS, RelationStore } from './memory/links';
import type { LinkTable } from './memory/links';
import { listRecords, sortRecords } from './memory/list';
import { EventLoopPacer } from './memory/pace';
import { MemoryTable } from './memory/table';
import { relatedRecords } from './memory/related';
import { where as w } from './query/where';
import type { WhereContext } from './query/where-match';
import { toNote } from './memory/notes';
import type { MemoryWrite } from './memory/notes';
import type { CallOptions, EspoRecord, HttpMethod, ListParams } from './types';

export type { MemoryWrite } from './memory/notes';

export interface MemoryGatewayOptions {
  /** Records per entity type; each has an `id`. */
  readonly records?: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
  readonly links?: LinkTable;
  /** Clock for notes' `createdAt`. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** `createdById` of the notes this gateway posts. @defaultValue 'memory-user' */
  readonly userId?: string;
}

/** The gateway over plain in-memory records: lets every job run offline on `samples/`. */
export class MemoryGateway implements EspoGateway {
  readonly writes: MemoryWrite[] = [];
  private readonly tables = new Map<string, MemoryTable>();
  /** Lets Ctrl-C and timers in during long offline runs (`pace.ts`). */
  private readonly pacer = new EventLoopPacer();
  private readonly relations = new RelationStore();
  private readonly links: LinkTable;
  private readonly now: () => Date;
  private readonly userId: string;
  private sequence = 0;

  constructor(options: MemoryGatewayOptions = {}) {
    this.links = options.links ?? DEFAULT_LINKS;
    this.now = options.now ?? (() => new Date());
    this.userId = options.userId ?? 'memory-user';
    for (const [entityType, records] of Object.entries(options.records ?? {})) {
      for (const record of records) this.insert(entityType, record);
    }
  }

  /** Adds or replaces a record (loaders and tests). */
  insert(entityType: string, record: Readonly<Record<string, unknown>>): void {
    const id = record.id;
    if (typeof id !== 'string' || id === '') throw new TypeError(`${entityType} record without a string id`);
    this.table(entityType).set(id, { ...record, id });
  }

  /** Removes a record (tests simulate another user's delete). */
  remove(entityType: string, id: string): void {
    this.table(entityType).delete(id);
  }

  /** Current records of a type, by id. */
  records(entityType: string): readonly EspoRecord[] {
    return sortRecords([...this.table(entityType).values()], 'id', 'asc');
  }

  iterate(entityType: string, options: GatewayIterateOptions): AsyncIterable<EspoRecord> {
    const since = options.modifiedSince;
    const where = since === undefined ? options.where ?? [] : [...(options.where ?? []), w.greaterThanOrEquals('modifiedAt', toEspoDateTime(since))];
    return iterateRecords((params) => this.list(entityType, params), { select: options.select, where, ...signalOf(options) });
  }

  async get(entityType: string, id: string, options: CallOptions = {}): Promise<EspoRecord | null> {
    await this.turn();
    this.checkSignal(options, 'GET', `${entityType}/${id}`);
    const record = this.table(entityType).get(id);
    return record === undefined ? null : { ...record };
  }

  async update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>, options: CallOptions = {}): Promise<void> {
    await this.turn();
    this.checkSignal(options, 'PATCH', `${entityType}/${id}`);
    if (Object.keys(changed).length === 0) return;
    const record = this.require(entityType, id);
    this.table(entityType).set(id, { ...record, ...changed, id, modifiedAt: toEspoDateTime(this.now()) });
    this.writes.push({ kind: 'update', entityType, id, changed: { ...changed } });
  }

  async linkToTargetList(targetListId: string, entityType: TargetListMemberType, ids: readonly string[], options: CallOptions = {}): Promise<void> {
    await this.turn();
    this.checkSignal(options, 'POST', `TargetList/${targetListId}`);
    if (ids.length === 0) return;
    this.require('TargetList', targetListId);
    const link = TARGET_LIST_LINKS[entityType];
    const def = this.manyMany('TargetList', link);
    for (const id of ids) this.require(entityType, id);
    for (const id of ids) this.relations.relate('TargetList', targetListId, def, link, id);
    this.writes.push({ kind: 'link', targetListId, entityType, ids: [...ids] });
  }

  async erase(entityType: string, id: string, fieldList: readonly string[], options: CallOptions = {}): Promise<void> {
    await this.turn();
    this.checkSignal(options, 'POST', 'DataPrivacy/action/erase');
    const record = this.require(entityType, id);
    const erased = eraseFields(record, fieldList, () => this.nextId());
    this.table(entityType).set(id, { ...erased, id });
    for (const type of ADDRESS_OWNER_TYPES) {
      for (const other of [...this.table(type).values()]) {
        const renamed = type === entityType && other.id === id ? null : sharedAddressesRenamed(record, erased, other);
        if (renamed !== null) this.table(type).set(other.id, { ...renamed, id: other.id });
      }
    }
    this.writes.push({ kind: 'erase', entityType, id, fieldList: [...fieldList] });
  }

  async createNote(input: GatewayNoteInput, options: CallOptions = {}): Promise<GatewayNote> {
    await this.turn();
    this.checkSignal(options, 'POST', 'Note');
    this.require(input.parentType, input.parentId);
    const note: GatewayNote = {
      id: this.nextId(), type: 'Post', parentType: input.parentType, parentId: input.parentId, post: input.post,
      createdAt: toEspoDateTime(this.now()), createdById: this.userId,
    };
    this.table('Note').set(note.id, { ...note, number: this.sequence });
    this.writes.push({ kind: 'createNote', id: note.id, parentType: input.parentType, parentId: input.parentId });
    return note;
  }

  async deleteNote(id: string, options: CallOptions = {}): Promise<void> {
    await this.turn();
    this.checkSignal(options, 'DELETE', `Note/${id}`);
    this.require('Note', id);
    this.table('Note').delete(id);
    this.writes.push({ kind: 'deleteNote', id });
  }

  async listStream(entityType: string, id: string, options: CallOptions = {}): Promise<readonly GatewayNote[]> {
    await this.turn();
    this.checkSignal(options, 'GET', `${entityType}/${id}/stream`);
    this.require(entityType, id);
    const notes = [...this.table('Note').values()].filter((n) => n.parentType === entityType && n.parentId === id);
    return sortRecords(notes, 'number', 'desc').map(toNote);
  }

  listRelated(entityType: string, id: string, link: string, options: GatewayRelatedOptions): AsyncIterable<EspoRecord> {
    const def = this.linkDef(entityType, link);
    const fetchPage = async (params: ListParams) => {
      await this.turn();
      this.checkSignal(params, 'GET', `${entityType}/${id}/${link}`);
      this.require(entityType, id);
      const records = relatedRecords((type) => this.table(type), this.relations, entityType, id, link, def);
      return listRecords(records, params, this.whereContext(def.entity));
    };
    return iterateRecords(fetchPage, { select: options.select, ...(options.where ? { where: options.where } : {}), ...signalOf(options) });
  }

  private async list(entityType: string, params: ListParams) {
    await this.turn();
    this.checkSignal(params, 'GET', entityType);
    return this.table(entityType).list(params, this.whereContext(entityType), this.relations.version);
  }

  /** A macrotask turn now and then, so that a signal handler or timer can run (`pace.ts`). */
  private async turn(): Promise<void> {
    const due = this.pacer.due();
    if (due !== undefined) await due;
  }

  private whereContext(entityType: string): WhereContext {
    return {
      linkedIds: (record, link) => {
        const def = this.links[entityType]?.[link];
        if (def?.kind === 'belongsTo') return typeof record[def.key] === 'string' ? [String(record[def.key])] : [];
        return this.relations.ids(entityType, String(record.id), link);
      },
    };
  }

  private linkDef(entityType: string, link: string) {
    const def = this.links[entityType]?.[link];
    if (def === undefined) throw new TypeError(`Unknown link ${entityType}.${link}`);
    return def;
  }

  private manyMany(entityType: string, link: string): { entity: string; foreign: string } {
    const def = this.linkDef(entityType, link);
    if (def.kind !== 'manyMany') throw new TypeError(`${entityType}.${link} is not a many-to-many link`);
    return def;
  }

  private table(entityType: string): MemoryTable {
    let table = this.tables.get(entityType);
    if (table === undefined) {
      table = new MemoryTable();
      this.tables.set(entityType, table);
    }
    return table;
  }

  private require(entityType: string, id: string): EspoRecord {
    const record = this.table(entityType).get(id);
    if (record === undefined) throw new EspoRecordNotFoundError(entityType, id);
    return record;
  }

  private nextId(): string {
    this.sequence += 1;
    return `mem${this.sequence.toString(16).padStart(14, '0')}`;
  }

  private checkSignal(options: CallOptions, method: HttpMethod, path: string): void {
    if (options.signal?.aborted) {
      throw new EspoAbortError({ method, path, url: `memory:${path}`, entityType: path.split('/')[0] ?? null, id: null });
    }
  }
}

function signalOf(options: CallOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
