import type { LinkDef } from '../../../src/server/espo/memory/links';
import type { WhereItem } from '../../../src/server/espo/query/where';

export type StoredRecord = Record<string, unknown> & { id: string };

/** A link of the fake: the memory gateway's kinds, plus `parent` children and middle-table columns. */
export type FakeLinkDef =
  | (Extract<LinkDef, { kind: 'manyMany' }> & {
    /** Middle-table columns: column name → attribute it appears as on listed records, and default. */
    readonly columns?: Readonly<Record<string, { readonly attribute: string; readonly default: unknown }>>;
  })
  | Exclude<LinkDef, { kind: 'manyMany' }>
  /** Records whose `parentType`/`parentId` point at this record (e.g. `Contact.emails`). */
  | { readonly kind: 'hasChildren'; readonly entity: string };

/** What an entity's save hook may look up. */
export interface SaveContext {
  findRecord(entityType: string, id: string): StoredRecord | undefined;
  userName(id: string): string | null;
  emailAddressId(address: string): string;
  contactByEmail(address: string): StoredRecord | undefined;
  /** Ids linked through a many-to-many link. */
  linkedIds(entityType: string, id: string, link: string): readonly string[];
  newId(): string;
}

/**
 * How EspoCRM shapes one entity type's records, as far as the recordings show (`shared/espocrm-contract`).
 * Definitions are data, so a test can build an entity the way its recording needs.
 */
export interface FakeEntityDef {
  readonly entityType: string;
  /** Attributes of a stored record with their defaults; a list without `select` returns exactly these. */
  readonly attributes: Readonly<Record<string, unknown>>;
  /** Only in a full read (`GET {Entity}/{id}`, update): link-multiple sets, email/phone data, followers. */
  readonly detailOnly: Readonly<Record<string, unknown>>;
  /** Added to a create response only, with their values (e.g. `targetListIsOptedOut`). */
  readonly createOnly?: Readonly<Record<string, unknown>>;
  /** Present in a create response besides the sent attributes. */
  readonly createKeys: readonly string[];
  /** Create-response attributes present only when the trigger attribute was sent. */
  readonly createWhenSent?: Readonly<Record<string, string>>;
  /** Added to every list that has `select` (ACL and link attributes). */
  readonly listAlways: readonly string[];
  /** Attributes that come along when one is selected (`firstName` → `name`). */
  readonly selectAdds?: Readonly<Record<string, readonly string[]>>;
  /** Attributes that come along when ordering by one (`name` → its parts). */
  readonly orderAdds?: Readonly<Record<string, readonly string[]>>;
  readonly defaultOrderBy: string;
  readonly defaultOrder: 'asc' | 'desc';
  readonly required?: readonly string[];
  readonly enums?: Readonly<Record<string, readonly string[]>>;
  /** Contact/Lead: a create matching an existing record on these attributes is a 409 (§4.6). */
  readonly duplicateCheck?: readonly string[];
  /** Email: lists are never counted (`total` -1/-2). */
  readonly countDisabled?: boolean;
  /** `q=` searches these attributes with "starts with". */
  readonly textFilter?: readonly string[];
  readonly links?: Readonly<Record<string, FakeLinkDef>>;
  readonly primaryFilters?: Readonly<Record<string, readonly WhereItem[]>>;
  /** The mixed activity history (`Activities/{E}/{id}/history`): attributes returned and their forced values. */
  readonly history?: {
    readonly keys: readonly string[];
    readonly forced: Readonly<Record<string, unknown>>;
    readonly dateAttribute: string;
    /** Attributes the typed history list (`…/history/list/{Type}`) leaves out of `listAlways`. */
    readonly typedListOmits?: readonly string[];
  };
  /** Extra validation on create (e.g. Call needs `dateEnd` and `assignedUserId`). */
  readonly validate?: (body: Readonly<Record<string, unknown>>) => { field: string; type: string } | null;
  /** Derives computed attributes after every write (name, link names, email data…). */
  readonly onSave?: (record: StoredRecord, ctx: SaveContext) => void;
}

/**
 * One scope of a role: `false`/missing = no access; `true` for boolean scopes (Activities, Webhook). `stream`
 * left out takes the `read` level, as EspoCRM's `DefaultTable::mergeTableListItem` does.
 */
export type FakeScopeAcl = boolean | {
  readonly create: 'yes' | 'no'; readonly read: Level; readonly edit: Level; readonly delete: Level; readonly stream?: Level;
};
type Level = 'all' | 'team' | 'own' | 'no';

export interface FakeUser {
  readonly id: string;
  readonly userName: string;
  readonly name: string;
  readonly type: 'admin' | 'api' | 'regular';
  readonly apiKey?: string;
  /** HMAC users: both keys; the signature is checked. */
  readonly secretKey?: string;
  readonly password?: string;
  readonly acl: Readonly<Record<string, FakeScopeAcl>>;
  /**
   * Field-level security of the role, by scope then field: `edit: 'no'` makes EspoCRM drop the field from an
   * update's body without an error (platform doc §8.13), and the 200 answer shows the value it kept.
   */
  readonly fieldAcl?: Readonly<Record<string, Readonly<Record<string, { readonly edit: 'yes' | 'no' }>>>>;
  readonly dataPrivacyPermission: 'yes' | 'no';
}

/** Every write the fake performed, in order, so tests prove exactly what was done. */
export type FakeWrite =
  | { readonly kind: 'create' | 'update' | 'delete'; readonly entityType: string; readonly id: string; readonly by: string; readonly attributes?: Readonly<Record<string, unknown>> }
  | { readonly kind: 'link' | 'unlink'; readonly entityType: string; readonly id: string; readonly link: string; readonly ids: readonly string[]; readonly by: string }
  | { readonly kind: 'massUpdate'; readonly entityType: string; readonly ids: readonly string[]; readonly values: Readonly<Record<string, unknown>>; readonly by: string }
  | { readonly kind: 'erase'; readonly entityType: string; readonly id: string; readonly fieldList: readonly string[]; readonly by: string }
  | { readonly kind: 'createField'; readonly entityType: string; readonly field: string; readonly by: string };
