import { RelationStore } from '../../../src/server/espo/memory/links';
import { sortRecords } from '../../../src/server/espo/memory/list';
import type { WhereContext } from '../../../src/server/espo/query/where-match';
import { toEspoDateTime } from '../../../src/server/espo/dates';
import { text } from './entities/common';
import type { FakeEntityDef, FakeLinkDef, FakeUser, FakeWrite, SaveContext, StoredRecord } from './types';

export interface FakeStoreOptions {
  readonly entities: readonly FakeEntityDef[];
  readonly users: readonly FakeUser[];
  readonly now: () => Date;
  /** @defaultValue 200 (EspoCRM's default) */
  readonly recordListMaxSizeLimit?: number;
}

/** Internal config params (`data/config-internal.php`-like): not in `GET Settings`; tests may change them. */
export interface FakeConfig {
  /** The largest `maxSize` a list accepts (403 above, §4.3). */
  recordListMaxSizeLimit: number;
}

/** The fake's state: records per entity type, relations, metadata, and the log of every write. */
export class FakeStore {
  readonly writes: FakeWrite[] = [];
  readonly metadata: Record<string, unknown> = { entityDefs: {}, scopes: {} };
  readonly i18n: Record<string, unknown> = {};
  readonly settings: Record<string, unknown> = { version: '9.2.7', language: 'en_US', recordsPerPage: 20 };
  readonly config: FakeConfig;
  readonly now: () => Date;
  private readonly defs = new Map<string, FakeEntityDef>();
  private readonly tables = new Map<string, Map<string, StoredRecord>>();
  private readonly versions = new Map<string, number>();
  private readonly sortCache = new Map<string, { version: number; list: StoredRecord[] }>();
  private readonly relations = new RelationStore();
  private readonly columns = new Map<string, Record<string, unknown>>();
  private readonly emailAddresses = new Map<string, string>();
  private readonly customFields = new Map<string, Set<string>>();
  private readonly users: Map<string, FakeUser>;
  private sequence = 0;

  constructor(options: FakeStoreOptions) {
    for (const def of options.entities) this.defs.set(def.entityType, def);
    this.users = new Map(options.users.map((user) => [user.id, user]));
    this.now = options.now;
    this.config = { recordListMaxSizeLimit: options.recordListMaxSizeLimit ?? 200 };
  }

  def(entityType: string): FakeEntityDef | undefined {
    return this.defs.get(entityType);
  }

  userList(): readonly FakeUser[] {
    return [...this.users.values()];
  }

  /** EspoCRM-like ids (17 hex chars) that sort after the recordings' `6b…` ids. */
  newId(): string {
    this.sequence += 1;
    return `7${this.sequence.toString(16).padStart(16, '0')}`;
  }

  timestamp(): string {
    return toEspoDateTime(this.now());
  }

  find(entityType: string, id: string): StoredRecord | undefined {
    return this.tables.get(entityType)?.get(id);
  }

  all(entityType: string): StoredRecord[] {
    return [...(this.tables.get(entityType)?.values() ?? [])];
  }

  /** Records in `(orderBy, id)` order; cached until the entity type changes (keeps 100k-record benches fast). */
  sorted(entityType: string, orderBy: string, order: 'asc' | 'desc'): readonly StoredRecord[] {
    const key = `${entityType}\u0000${orderBy}\u0000${order}`;
    const version = this.versions.get(entityType) ?? 0;
    const cached = this.sortCache.get(key);
    if (cached?.version === version) return cached.list;
    const list = sortRecords(this.all(entityType), orderBy, order) as StoredRecord[];
    this.sortCache.set(key, { version, list });
    return list;
  }

  put(entityType: string, record: StoredRecord): void {
    let table = this.tables.get(entityType);
    if (table === undefined) {
      table = new Map();
      this.tables.set(entityType, table);
    }
    table.set(record.id, record);
    this.versions.set(entityType, (this.versions.get(entityType) ?? 0) + 1);
  }

  remove(entityType: string, id: string): void {
    this.tables.get(entityType)?.delete(id);
    this.versions.set(entityType, (this.versions.get(entityType) ?? 0) + 1);
  }

  /** A stored record with every attribute of the definition (defaults for the missing ones). */
  withDefaults(entityType: string, values: Readonly<Record<string, unknown>>): StoredRecord {
    const def = this.defs.get(entityType);
    const custom = Object.fromEntries([...this.customFieldsOf(entityType)].map((field) => [field, null]));
    const base = structuredClone({ ...def?.attributes, ...def?.detailOnly, ...custom });
    return { ...base, ...structuredClone(values), id: String(values.id ?? this.newId()) };
  }

  /** Runs the entity's save hook (computed attributes). */
  derive(entityType: string, record: StoredRecord): void {
    this.defs.get(entityType)?.onSave?.(record, this.saveContext());
  }

  link(entityType: string, id: string, link: string, foreignId: string, columns?: Readonly<Record<string, unknown>>): void {
    const def = this.linkDef(entityType, link);
    if (def?.kind !== 'manyMany') throw new Error(`${entityType}.${link} is not many-to-many in the fake`);
    this.relations.relate(entityType, id, def, link, foreignId);
    const key = this.columnKey(entityType, id, link, foreignId);
    if (!this.columns.has(key)) {
      const defaults = Object.fromEntries(Object.entries(def.columns ?? {}).map(([name, column]) => [name, column.default]));
      this.columns.set(key, defaults);
      this.columns.set(this.columnKey(def.entity, foreignId, def.foreign, id), defaults);
    }
    if (columns) Object.assign(this.columns.get(key) ?? {}, columns);
    this.touch(entityType, def.entity);
  }

  unlink(entityType: string, id: string, link: string, foreignId: string): void {
    const def = this.linkDef(entityType, link);
    if (def?.kind !== 'manyMany') throw new Error(`${entityType}.${link} is not many-to-many in the fake`);
    this.relations.unrelate(entityType, id, def, link, foreignId);
    this.touch(entityType, def.entity);
  }

  linkDef(entityType: string, link: string): FakeLinkDef | undefined {
    return this.defs.get(entityType)?.links?.[link];
  }

  /** Middle-table columns of one pair, as stored. */
  columnsOf(entityType: string, id: string, link: string, foreignId: string): Readonly<Record<string, unknown>> {
    return this.columns.get(this.columnKey(entityType, id, link, foreignId)) ?? {};
  }

  linkedIds(entityType: string, record: StoredRecord, link: string): readonly string[] {
    const def = this.linkDef(entityType, link);
    if (def === undefined) return [];
    switch (def.kind) {
      case 'manyMany': return this.relations.ids(entityType, record.id, link);
      case 'belongsTo': return text(record[def.key]) === null ? [] : [String(record[def.key])];
      case 'hasMany': return this.all(def.entity).filter((r) => r[def.foreignKey] === record.id).map((r) => r.id);
      case 'hasChildren':
        return this.all(def.entity).filter((r) => r.parentType === entityType && r.parentId === record.id).map((r) => r.id);
    }
  }

  whereContext(entityType: string): WhereContext {
    return { linkedIds: (record, link) => this.linkedIds(entityType, record as StoredRecord, link) };
  }

  addCustomField(entityType: string, field: string): void {
    const fields = new Set(this.customFieldsOf(entityType));
    fields.add(field);
    this.customFields.set(entityType, fields);
    for (const record of this.all(entityType)) if (!(field in record)) record[field] = null;
  }

  customFieldsOf(entityType: string): ReadonlySet<string> {
    return this.customFields.get(entityType) ?? new Set();
  }

  userName(id: string): string | null {
    return this.users.get(id)?.name ?? null;
  }

  saveContext(): SaveContext {
    return {
      findRecord: (entityType, id) => this.find(entityType, id),
      userName: (id) => this.userName(id),
      emailAddressId: (address) => this.emailAddressId(address),
      contactByEmail: (address) => this.all('Contact').find((c) => text(c.emailAddress)?.toLowerCase() === address.toLowerCase()),
      linkedIds: (entityType, id, link) => this.relations.ids(entityType, id, link),
      newId: () => this.newId(),
    };
  }

  private emailAddressId(address: string): string {
    const key = address.toLowerCase();
    const existing = this.emailAddresses.get(key);
    if (existing !== undefined) return existing;
    const id = this.newId();
    this.emailAddresses.set(key, id);
    return id;
  }

  private columnKey(entityType: string, id: string, link: string, foreignId: string): string {
    return [entityType, id, link, foreignId].join('\u0000');
  }

  private touch(...entityTypes: readonly string[]): void {
    for (const entityType of entityTypes) this.versions.set(entityType, (this.versions.get(entityType) ?? 0) + 1);
  }
}
