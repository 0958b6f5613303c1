import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import type { EntityType } from '../../src/core/catalogue/types';
import { LAYOUT_PANELS } from '../../src/core/generate/layout-panels';
import { SIDE_PANELS } from '../../src/core/generate/panels';

const ROOT = resolve(import.meta.dirname, '../../layouts');

/** Host fields the Crm layouts we extend already name (we ship complete layouts, platform §2.8). */
const HOST_FIELDS: Readonly<Record<EntityType, readonly string[]>> = {
  Account: [
    'name', 'emailAddress', 'phoneNumber', 'website', 'billingAddress', 'billingAddressCountry', 'shippingAddress', 'description', 'type', 'sicCode', 'industry',
    'billingAddressCity', 'assignedUser', 'teams', 'createdAt', 'createdBy', 'modifiedAt', 'streamUpdatedAt', 'targetLists', 'campaign',
  ],
  Contact: [
    'name', 'accounts', 'account', 'emailAddress', 'phoneNumber', 'address', 'doNotCall', 'description', 'title', 'assignedUser', 'teams', 'createdAt',
    'createdBy', 'modifiedAt', 'streamUpdatedAt', 'targetLists', 'campaign',
  ],
  Lead: [
    'name', 'accountName', 'emailAddress', 'phoneNumber', 'title', 'doNotCall', 'address', 'website', 'description', 'status', 'source', 'opportunityAmount',
    'assignedUser', 'campaign', 'createdAt', 'createdBy', 'modifiedAt', 'streamUpdatedAt', 'industry', 'opportunityAmountConverted', 'targetLists', 'teams', 'createdAccount',
  ],
  AutoCibleVehicle: ['description', 'assignedUser', 'teams', 'createdAt', 'modifiedAt', 'createdBy', 'modifiedBy'],
};

const BASE_LAYOUTS = ['detail.json', 'filters.json', 'list.json', 'massUpdate.json'];
/**
 * Our own entity also ships the forms of quick create and relationship panels: without them EspoCRM's default
 * generator gives a vehicle created from a contact's Vehicles panel its name field only (platform §2.8).
 */
const SHIPPED: Readonly<Record<EntityType, readonly string[]>> = {
  Account: BASE_LAYOUTS, Contact: BASE_LAYOUTS, Lead: BASE_LAYOUTS,
  AutoCibleVehicle: [...BASE_LAYOUTS, 'detailSmall.json', 'listSmall.json'].sort(),
};

interface Cell { name: string; fullWidth?: boolean }
interface Panel { label?: string; name?: string; rows: (Cell | false)[][] }

const read = (entityType: string, name: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, entityType, `${name}.json`), 'utf8'));

function known(entityType: EntityType): Set<string> {
  const entity = CATALOGUE.find((e) => e.entityType === entityType)!;
  return new Set([...HOST_FIELDS[entityType], ...entity.fields.map((f) => f.name)]);
}

function detailFieldNames(layout: Panel[]): string[] {
  return layout.flatMap((panel) => panel.rows.flat().filter((c): c is Cell => c !== false).map((c) => c.name));
}

describe.each(CATALOGUE.map((e) => e.entityType))('%s layouts', (entityType) => {
  const entity = CATALOGUE.find((e) => e.entityType === entityType)!;
  const fields = known(entityType);

  it('ships detail, list, filters and massUpdate (and, for our own entity, the small forms), and nothing unknown', () => {
    expect(readdirSync(join(ROOT, entityType)).sort()).toEqual(SHIPPED[entityType]);
  });

  it('names only fields that exist, in every layout', () => {
    const small = SHIPPED[entityType].includes('detailSmall.json');
    const detail = [...(read(entityType, 'detail') as Panel[]), ...(small ? (read(entityType, 'detailSmall') as Panel[]) : [])];
    const list = [...(read(entityType, 'list') as { name: string }[]), ...(small ? (read(entityType, 'listSmall') as { name: string }[]) : [])].map((c) => c.name);
    const filters = read(entityType, 'filters') as string[];
    const massUpdate = read(entityType, 'massUpdate') as string[];
    for (const name of [...detailFieldNames(detail), ...list, ...filters, ...massUpdate]) {
      expect(fields.has(name), `${entityType}: unknown field "${name}"`).toBe(true);
    }
  });

  it('shows every catalogue field of the entity exactly once in the detail layout, but the JSON a side panel shows', () => {
    const names = detailFieldNames(read(entityType, 'detail') as Panel[]);
    for (const field of entity.fields) {
      expect(names.filter((n) => n === field.name), `${entityType}.${field.name}`).toHaveLength(field.inDetailLayout === false ? 0 : 1);
    }
  });

  it('groups our fields in the panels the catalogue assigns them to, with translated panel labels', () => {
    const detail = read(entityType, 'detail') as Panel[];
    const keys = new Map(Object.entries(LAYOUT_PANELS).map(([id, p]) => [p.key, id]));
    for (const panel of detail.filter((p) => p.label !== undefined && keys.has(p.label))) {
      const panelId = keys.get(panel.label!);
      for (const cell of panel.rows.flat().filter((c): c is Cell => c !== false)) {
        const field = entity.fields.find((f) => f.name === cell.name);
        if (field !== undefined) expect(field.panel, `${entityType}.${cell.name} in ${panel.label}`).toBe(panelId);
      }
    }
  });

  it('names its middle panels apart from the side panels of the same record (EspoCRM keeps panel state by name)', () => {
    const side = new Set(SIDE_PANELS.filter((p) => p.entityTypes.includes(entityType)).map((p) => p.name));
    for (const panel of read(entityType, 'detail') as Panel[]) if (panel.name !== undefined) expect(side.has(panel.name), panel.name).toBe(false);
  });

  it('keeps rows to the two-column grid', () => {
    const small = SHIPPED[entityType].includes('detailSmall.json') ? (read(entityType, 'detailSmall') as Panel[]) : [];
    for (const panel of [...(read(entityType, 'detail') as Panel[]), ...small]) {
      for (const row of panel.rows) expect(row.length === 2 || (row.length === 1 && row[0] !== false && row[0]!.fullWidth === true)).toBe(true);
    }
  });

  it('lets the quick-create form fill every required field and never a computed one', () => {
    if (!SHIPPED[entityType].includes('detailSmall.json')) return;
    const names = detailFieldNames(read(entityType, 'detailSmall') as Panel[]);
    for (const field of entity.fields.filter((f) => f.required === true)) expect(names, field.name).toContain(field.name);
    for (const field of entity.fields.filter((f) => f.computed === true)) expect(names, field.name).not.toContain(field.name);
  });

  it('never offers computed fields for mass update', () => {
    const computed = new Set(entity.fields.filter((f) => f.computed === true).map((f) => f.name));
    for (const name of read(entityType, 'massUpdate') as string[]) expect(computed.has(name), name).toBe(false);
  });
});

describe('detail views', () => {
  it.each(['Account', 'Contact', 'Lead'])('%s has the "Automobile / ciblage" panel', (entityType) => {
    const labels = (read(entityType, 'detail') as Panel[]).map((p) => p.label);
    expect(labels).toContain(LAYOUT_PANELS.targeting.key);
  });
});

/**
 * The columns of the Crm list layouts we replace (espocrm `Modules/Crm/Resources/layouts/<Entity>/list.json`):
 * a shipped layout replaces the whole file (platform §2.8), so ours must keep them, in their order.
 */
const CRM_LIST_COLUMNS: Readonly<Partial<Record<EntityType, readonly string[]>>> = {
  Account: ['name', 'website', 'phoneNumber', 'billingAddressCity'],
  Contact: ['name', 'account', 'emailAddress', 'phoneNumber'],
  Lead: ['name', 'status', 'emailAddress', 'assignedUser', 'createdAt'],
};

describe('list views', () => {
  it.each(Object.entries(CRM_LIST_COLUMNS))('%s keeps every column of the Crm list it replaces, in its order', (entityType, columns) => {
    const shipped = (read(entityType, 'list') as { name: string }[]).map((c) => c.name);
    expect(shipped.filter((name) => columns.includes(name))).toEqual(columns);
  });
});

/**
 * The search filters of the Crm layouts we replace (espocrm `Modules/Crm/Resources/layouts/<Entity>/filters.json`, 9.x):
 * a shipped file replaces the core one whole (platform §2.8), so ours must keep them all, or sales reps lose the
 * Assigned user, Teams, Target lists… filters of their list searches.
 */
const CRM_FILTERS: Readonly<Partial<Record<EntityType, readonly string[]>>> = {
  Account: ['assignedUser', 'teams', 'createdAt', 'createdBy', 'modifiedAt', 'streamUpdatedAt', 'type', 'industry', 'description', 'emailAddress', 'phoneNumber', 'targetLists', 'billingAddressCountry', 'billingAddress', 'shippingAddress', 'website', 'campaign'],
  Contact: ['assignedUser', 'teams', 'createdAt', 'createdBy', 'modifiedAt', 'streamUpdatedAt', 'accounts', 'address', 'emailAddress', 'phoneNumber', 'title', 'targetLists', 'campaign'],
  Lead: ['assignedUser', 'teams', 'createdAt', 'createdBy', 'modifiedAt', 'streamUpdatedAt', 'address', 'accountName', 'campaign', 'emailAddress', 'phoneNumber', 'status', 'source', 'opportunityAmountConverted', 'industry', 'targetLists', 'createdAccount'],
};

describe('search filters', () => {
  it.each(Object.entries(CRM_FILTERS))('%s keeps every filter of the Crm layout it replaces, in its order, before its own', (entityType, filters) => {
    const shipped = read(entityType, 'filters') as string[];
    expect(shipped.slice(0, filters.length)).toEqual(filters);
    expect(shipped.slice(filters.length).every((name) => name.startsWith('autoCible'))).toBe(true);
  });
});
