import type { HttpResponse } from 'msw';
import type { FakeContext } from '../context';
import { queryString } from '../context';
import { json } from '../responses';
import type { FakeScopeAcl } from '../types';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

const ADMIN_ENTRY: FakeScopeAcl = { create: 'yes', read: 'all', edit: 'all', delete: 'all' };

/** `acl.table` as `App/user` shows it: scopes the user cannot access are left out (core `AppService`). */
function aclTable(ctx: FakeContext): Record<string, FakeScopeAcl> {
  if (ctx.user.type !== 'admin') {
    return Object.fromEntries(Object.entries(ctx.user.acl).filter(([, entry]) => entry !== false));
  }
  const scopes = Object.keys((ctx.store.metadata.scopes ?? {}) as Record<string, unknown>);
  return { ...Object.fromEntries(scopes.map((scope) => [scope, ADMIN_ENTRY])), Activities: true, Webhook: true };
}

/** `GET App/user` (§4.1): user, acl, preferences, settings. */
export async function appUser(ctx: FakeContext): Reply {
  const { user } = ctx;
  return json({
    user: { id: user.id, name: user.name, userName: user.userName, type: user.type, isAdmin: user.type === 'admin', teamsIds: [] },
    acl: {
      table: aclTable(ctx), fieldTable: {}, fieldTableQuickAccess: {}, assignmentPermission: 'all', userPermission: 'no',
      dataPrivacyPermission: user.type === 'admin' ? 'yes' : user.dataPrivacyPermission,
    },
    preferences: {},
    token: null,
    settings: ctx.store.settings,
    language: 'en_US',
    appParams: {},
  });
}

/** `GET Metadata?key=a.b.c`: the value at that path, or null. */
export async function metadata(ctx: FakeContext): Reply {
  const key = queryString(ctx, 'key');
  let value: unknown = ctx.store.metadata;
  for (const part of key === undefined || key === '' ? [] : key.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return json(value ?? null);
}

export async function i18n(ctx: FakeContext): Reply {
  return json(ctx.store.i18n);
}

export async function settings(ctx: FakeContext): Reply {
  return json(ctx.store.settings);
}
