import type { ListItem, WhereItem } from '../../../src/server/espo/query/where';
import type { FakeContext } from './context';
import { FakeHttpError, statusReason } from './responses';
import type { FakeEntityDef } from './types';

/** The `linkedWith` items of a where, groups included. */
function linkedWithItems(items: readonly WhereItem[]): ListItem[] {
  return items.flatMap((item) => {
    if (item.type === 'and' || item.type === 'or' || item.type === 'not') return linkedWithItems(item.value);
    return item.type === 'linkedWith' ? [item] : [];
  });
}

/**
 * EspoCRM 9's where check of link items (core `Select/Where/Checker::checkLink`), run before the query: every
 * id a `linkedWith` names must exist, else 403 "Record 'Contact' `<id>` not found.". Links the fake does not
 * define are left alone (EspoCRM would answer 400 "Not existing relation"), as the list engine does.
 */
export function checkLinkedIds(ctx: FakeContext, def: FakeEntityDef, where: readonly WhereItem[]): void {
  for (const item of linkedWithItems(where)) {
    const link = ctx.store.linkDef(def.entityType, item.attribute);
    if (link === undefined || !('entity' in link)) continue;
    for (const id of item.value.map(String)) {
      if (ctx.store.find(link.entity, id) === undefined) {
        throw new FakeHttpError(statusReason(403, `Record '${link.entity}' \`${id}\` not found.`));
      }
    }
  }
}
