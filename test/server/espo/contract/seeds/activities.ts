import type { SeedContext, Values } from './common';
import { decoy, listOf, seedRecords, str } from './common';

function scopeOf(ctx: SeedContext, item: Values): string {
  return str(item._scope) ?? ctx.segments[5] ?? '';
}

/**
 * `GET Activities/{Entity}/{id}/history[/list/{Type}]`: the parent, and each listed activity tied to it the way
 * the recording shows — by parent, by attendee (`contacts` link), or by sender address (`idHash`, or an e-mail
 * without parent). Typed lists also get a decoy violating the where clause.
 */
export function seedActivities(ctx: SeedContext): void {
  const [, entityType = '', id = ''] = ctx.segments;
  const items = listOf(ctx.recording.response.body);
  const addressOf = (item: Values): string | null => {
    const hash = item.idHash;
    const hashed = typeof hash === 'object' && hash !== null ? Object.keys(hash)[0] : undefined;
    return hashed ?? (str(item.parentId) === null ? str(item.fromEmailAddressName) ?? str(item.from) : null);
  };
  const senderAddress = items.map(addressOf).find((address) => address !== null) ?? null;
  ctx.fake.seed(entityType, [{ id, name: 'History parent', emailAddress: senderAddress }]);
  for (const item of items) {
    const scope = scopeOf(ctx, item);
    const values = Object.fromEntries(Object.entries(item).filter(([key]) => key !== '_scope'));
    const status = str(values.status) ?? (scope === 'Email' ? 'Archived' : 'Held');
    const from = scope === 'Email' && str(values.parentId) === null ? { from: senderAddress } : {};
    seedRecords(ctx.fake, scope, [{ ...values, status, ...from }]);
    if (scope !== 'Email' && str(values.parentId) !== id) ctx.fake.link(scope, String(values.id), 'contacts', [id]);
  }
  const first = items[0];
  if (ctx.where.length > 0 && first !== undefined) seedRecords(ctx.fake, scopeOf(ctx, first), [decoy(ctx.fake, first, ctx.where)]);
}
