/** How one link of an entity type is stored, enough to relate and filter records in memory. */
export type LinkDef =
  /** Many-to-many through a middle table; `foreign` is the link's name on the other side. */
  | { readonly kind: 'manyMany'; readonly entity: string; readonly foreign: string }
  /** One-to-many: the other side's records carry `foreignKey` = this record's id. */
  | { readonly kind: 'hasMany'; readonly entity: string; readonly foreignKey: string }
  /** Many-to-one: this record carries `key` = the other record's id. */
  | { readonly kind: 'belongsTo'; readonly entity: string; readonly key: string };

export type LinkTable = Readonly<Record<string, Readonly<Record<string, LinkDef>>>>;

const manyMany = (entity: string, foreign: string): LinkDef => ({ kind: 'manyMany', entity, foreign });
const hasMany = (entity: string, foreignKey: string): LinkDef => ({ kind: 'hasMany', entity, foreignKey });
const belongsTo = (entity: string, key: string): LinkDef => ({ kind: 'belongsTo', entity, key });

/** The links AutoCible jobs use (core CRM entities + the extension's `AutoCibleVehicle`). */
export const DEFAULT_LINKS: LinkTable = {
  TargetList: {
    contacts: manyMany('Contact', 'targetLists'),
    leads: manyMany('Lead', 'targetLists'),
    accounts: manyMany('Account', 'targetLists'),
  },
  Contact: {
    targetLists: manyMany('TargetList', 'contacts'),
    account: belongsTo('Account', 'accountId'),
    autoCibleVehicles: hasMany('AutoCibleVehicle', 'contactId'),
  },
  Lead: { targetLists: manyMany('TargetList', 'leads') },
  Account: {
    targetLists: manyMany('TargetList', 'accounts'),
    contacts: hasMany('Contact', 'accountId'),
    autoCibleVehicles: hasMany('AutoCibleVehicle', 'accountId'),
  },
  AutoCibleVehicle: {
    contact: belongsTo('Contact', 'contactId'),
    account: belongsTo('Account', 'accountId'),
  },
};

/** Many-to-many pairs, stored from both sides. */
export class RelationStore {
  private readonly pairs = new Map<string, Set<string>>();
  #version = 0;

  /** Changes whenever a pair is added or removed (`linkedWith` indexes are rebuilt then). */
  get version(): number {
    return this.#version;
  }

  private key(entityType: string, id: string, link: string): string {
    return `${entityType}\u0000${id}\u0000${link}`;
  }

  private set(entityType: string, id: string, link: string): Set<string> {
    const key = this.key(entityType, id, link);
    const existing = this.pairs.get(key);
    if (existing) return existing;
    const created = new Set<string>();
    this.pairs.set(key, created);
    return created;
  }

  relate(entityType: string, id: string, def: { entity: string; foreign: string }, link: string, foreignId: string): void {
    this.#version += 1;
    this.set(entityType, id, link).add(foreignId);
    this.set(def.entity, foreignId, def.foreign).add(id);
  }

  unrelate(entityType: string, id: string, def: { entity: string; foreign: string }, link: string, foreignId: string): void {
    this.#version += 1;
    this.set(entityType, id, link).delete(foreignId);
    this.set(def.entity, foreignId, def.foreign).delete(id);
  }

  ids(entityType: string, id: string, link: string): readonly string[] {
    return [...(this.pairs.get(this.key(entityType, id, link)) ?? [])];
  }
}
