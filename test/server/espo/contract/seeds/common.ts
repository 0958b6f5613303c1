import { parsePhpQuery } from '../../../../msw/fake-espo/php-query';
import { parseWhere } from '../../../../msw/fake-espo/where-parse';
import type { FakeEspo } from '../../../../msw/fake-espo';
import type { WhereItem } from '../../../../../src/server/espo/query/where';
import type { Recording } from '../recordings';

export type Values = Readonly<Record<string, unknown>>;

/** What a seed builder reads from a recording. */
export interface SeedContext {
  readonly recording: Recording;
  readonly fake: FakeEspo;
  /** Path segments after `/api/v1/`. */
  readonly segments: readonly string[];
  readonly query: Readonly<Record<string, unknown>>;
  readonly where: readonly WhereItem[];
}

export function seedContext(recording: Recording, fake: FakeEspo): SeedContext {
  const url = new URL(recording.request.path, 'http://recording');
  const query = parsePhpQuery(url.searchParams);
  return {
    recording, fake, query,
    segments: url.pathname.replace(/^\/api\/v1\//u, '').split('/'),
    where: safeWhere(query.where),
  };
}

/** Where items of the request; a request the fake must refuse (bad where) seeds nothing from it. */
function safeWhere(raw: unknown): readonly WhereItem[] {
  try {
    return parseWhere(raw);
  } catch {
    return [];
  }
}

export function isObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listOf(body: unknown): Values[] {
  if (!isObject(body) || !Array.isArray(body.list)) return [];
  return body.list.filter(isObject);
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The `{id, name}` records a recorded record points at (account, contact, parent), unless already seeded. */
export function seedReferences(fake: FakeEspo, record: Values): void {
  const refs: [string, unknown, unknown, Values][] = [
    ['Account', record.accountId, record.accountName, { type: record.accountType ?? null }],
    ['Contact', record.contactId, record.contactName, {}],
    [String(record.parentType ?? ''), record.parentId, record.parentName, {}],
  ];
  for (const [entityType, id, name, extra] of refs) {
    const key = str(id);
    if (key === null || fake.store.def(entityType) === undefined || fake.store.find(entityType, key)) continue;
    fake.seed(entityType, [{ id: key, name: str(name), ...extra }]);
  }
}

/**
 * Attributes a recorded list item implies without showing them (not selected): a person's first and last name
 * from `name` ("First Last"), an e-mail's sender from `fromEmailAddressName`.
 */
export function completeItem(fake: FakeEspo, entityType: string, item: Values): Values {
  const def = fake.store.def(entityType);
  const name = str(item.name);
  const extra: Record<string, unknown> = {};
  if (def && 'firstName' in def.attributes && name !== null && !('firstName' in item) && !('lastName' in item)) {
    const space = name.indexOf(' ');
    extra.firstName = space < 0 ? null : name.slice(0, space);
    extra.lastName = space < 0 ? name : name.slice(space + 1);
  }
  if (entityType === 'Email' && !('from' in item) && str(item.fromEmailAddressName) !== null) extra.from = item.fromEmailAddressName;
  return { ...extra, ...item };
}

/** Seeds records (and what they point at) as recorded. */
export function seedRecords(fake: FakeEspo, entityType: string, records: readonly Values[]): void {
  for (const record of records) seedReferences(fake, record);
  fake.seed(entityType, records.map((record) => completeItem(fake, entityType, record)));
}

/** A copy of `item` that violates every top-level where item, so a fake ignoring the filter would list it. */
export function decoy(fake: FakeEspo, item: Values, where: readonly WhereItem[]): Values {
  const copy: Record<string, unknown> = { ...item, id: fake.store.newId() };
  const spoil = (items: readonly WhereItem[]): void => {
    for (const whereItem of items) {
      if ('attribute' in whereItem) copy[whereItem.attribute] = whereItem.type === 'isNull' ? 'zz-decoy' : 'zz-decoy-value';
      else spoil(whereItem.value);
    }
  };
  spoil(where);
  return copy;
}

/**
 * Links seeded records as a `linkedWith` item of the request requires, and seeds the records it names when
 * missing: EspoCRM refuses a `linkedWith` naming a record that does not exist (403, `Where/Checker::checkLink`).
 */
export function linkAsRequired(fake: FakeEspo, entityType: string, ids: readonly string[], where: readonly WhereItem[]): void {
  for (const item of where) {
    if (item.type !== 'linkedWith') continue;
    const foreign = fake.store.linkDef(entityType, item.attribute);
    if (foreign !== undefined && 'entity' in foreign) {
      const missing = item.value.map(String).filter((id) => fake.store.find(foreign.entity, id) === undefined);
      if (missing.length > 0) fake.seed(foreign.entity, missing.map((id) => ({ id })));
    }
    for (const id of ids) fake.link(entityType, id, item.attribute, item.value.map(String));
  }
}
