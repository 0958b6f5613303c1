import type { HttpResponse } from 'msw';
import type { FakeContext } from './context';
import { history, historyList } from './handlers/activities';
import { createField } from './handlers/admin';
import { erase } from './handlers/data-privacy';
import { massAction } from './handlers/mass-action';
import { appUser, i18n, metadata, settings } from './handlers/meta';
import { createNote, deleteNote, listStream } from './handlers/notes';
import { changeRelation, listRelated } from './handlers/related';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from './handlers/records';
import { createWebhook, deleteWebhook } from './handlers/webhooks';
import { statusReason } from './responses';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;
type Handler = (ctx: FakeContext) => Reply;

interface Route {
  readonly method: string;
  readonly pattern: readonly string[];
  readonly handle: Handler;
}

const p = (ctx: FakeContext, name: string): string => ctx.params[name] ?? '';

/** An entity route: unknown entity types answer 404 like EspoCRM's missing controller. */
function entity(handle: (ctx: FakeContext, def: NonNullable<ReturnType<FakeContext['store']['def']>>) => Reply): Handler {
  return async (ctx) => {
    const def = ctx.store.def(p(ctx, 'entityType'));
    return def === undefined ? statusReason(404, `Controller '${p(ctx, 'entityType')}' does not exist.`) : handle(ctx, def);
  };
}

/** Specific routes first; `:name` segments are parameters. */
const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: ['App', 'user'], handle: appUser },
  { method: 'GET', pattern: ['Metadata'], handle: metadata },
  { method: 'GET', pattern: ['I18n'], handle: i18n },
  { method: 'GET', pattern: ['Settings'], handle: settings },
  { method: 'POST', pattern: ['MassAction'], handle: massAction },
  { method: 'POST', pattern: ['DataPrivacy', 'action', 'erase'], handle: erase },
  { method: 'POST', pattern: ['Note'], handle: createNote },
  { method: 'DELETE', pattern: ['Note', ':id'], handle: (ctx) => deleteNote(ctx, p(ctx, 'id')) },
  { method: 'POST', pattern: ['Webhook'], handle: createWebhook },
  { method: 'DELETE', pattern: ['Webhook', ':id'], handle: (ctx) => deleteWebhook(ctx, p(ctx, 'id')) },
  { method: 'POST', pattern: ['Admin', 'fieldManager', ':entityType'], handle: (ctx) => createField(ctx, p(ctx, 'entityType')) },
  { method: 'GET', pattern: ['Activities', ':entityType', ':id', 'history'], handle: history },
  { method: 'GET', pattern: ['Activities', ':entityType', ':id', 'history', 'list', ':type'], handle: historyList },
  { method: 'GET', pattern: [':entityType', ':id', 'stream'], handle: entity((ctx, def) => listStream(ctx, def, p(ctx, 'id'))) },
  { method: 'GET', pattern: [':entityType', ':id', ':link'], handle: entity((ctx, def) => listRelated(ctx, def, p(ctx, 'id'), p(ctx, 'link'))) },
  { method: 'POST', pattern: [':entityType', ':id', ':link'], handle: entity((ctx, def) => changeRelation(ctx, def, p(ctx, 'id'), p(ctx, 'link'), true)) },
  { method: 'DELETE', pattern: [':entityType', ':id', ':link'], handle: entity((ctx, def) => changeRelation(ctx, def, p(ctx, 'id'), p(ctx, 'link'), false)) },
  { method: 'GET', pattern: [':entityType', ':id'], handle: entity((ctx, def) => getRecord(ctx, def, p(ctx, 'id'))) },
  { method: 'PUT', pattern: [':entityType', ':id'], handle: entity((ctx, def) => updateRecord(ctx, def, p(ctx, 'id'))) },
  { method: 'PATCH', pattern: [':entityType', ':id'], handle: entity((ctx, def) => updateRecord(ctx, def, p(ctx, 'id'))) },
  { method: 'DELETE', pattern: [':entityType', ':id'], handle: entity((ctx, def) => deleteRecord(ctx, def, p(ctx, 'id'))) },
  { method: 'GET', pattern: [':entityType'], handle: entity(listRecords) },
  { method: 'POST', pattern: [':entityType'], handle: entity(createRecord) },
];

function match(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(segment);
    else if (part !== segment) return null;
  }
  return params;
}

/** The route and its params, or null (then msw reports the request as unhandled). */
export function findRoute(method: string, segments: readonly string[]): { handle: Handler; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const params = match(route.pattern, segments);
    if (params !== null) return { handle: route.handle, params };
  }
  return null;
}
