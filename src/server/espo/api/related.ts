import { listSchema, massUpdateResultSchema, trueSchema } from '../schemas';
import type { WhereItem } from '../query/where';
import type { Requester } from '../transport/request';
import type { CallOptions, EspoList, ListParams } from '../types';
import type { EspoMassUpdateResult } from '../schemas';
import type { PageSizeLimit } from './page-size-limit';
import { entitySegment, idSegment, listHeaders, listQuery } from './params';

/** Which records a mass update targets: explicit ids or a search (§4.5). */
export type MassTarget = { readonly ids: readonly string[] } | { readonly where: readonly WhereItem[] };

export interface RelatedMethods {
  listRelated(entityType: string, id: string, link: string, params?: ListParams): Promise<EspoList>;
  /** Relates one or several records: `POST {Entity}/{id}/{link}` `{id}` or `{ids}` (§4.4). Safe to repeat. */
  link(entityType: string, id: string, link: string, ids: string | readonly string[], options?: CallOptions): Promise<void>;
  unlink(entityType: string, id: string, link: string, ids: string | readonly string[], options?: CallOptions): Promise<void>;
  /** Relates every record matching `where` (`{massRelate: true, where}`). */
  massRelate(entityType: string, id: string, link: string, where: readonly WhereItem[], options?: CallOptions): Promise<void>;
  /** `POST MassAction` with `action: "update"`; synchronous (no `idle`), answers `{count, ids?}`. */
  massUpdate(entityType: string, target: MassTarget, values: Readonly<Record<string, unknown>>, options?: CallOptions): Promise<EspoMassUpdateResult>;
}

function idsBody(ids: string | readonly string[]): { id: string } | { ids: readonly string[] } {
  return typeof ids === 'string' ? { id: ids } : { ids };
}

/** `pages` caps `maxSize` at the installation's limit once learnt (`PageSizeLimit`). */
export function relatedMethods(request: Requester, pages: PageSizeLimit): RelatedMethods {
  const linkPath = (entityType: string, id: string, link: string): string =>
    `${entitySegment(entityType)}/${idSegment(id)}/${entitySegment(link, 'link')}`;
  return {
    listRelated: async (entityType, id, link, params = {}) => pages.send(params, async (sent) => request({
      method: 'GET', path: linkPath(entityType, id, link), query: listQuery(sent), headers: listHeaders(sent),
      schema: listSchema, entityType, id, signal: sent.signal,
    })),
    link: async (entityType, id, link, ids, options = {}) => {
      await request({
        method: 'POST', path: linkPath(entityType, id, link), body: idsBody(ids), schema: trueSchema,
        entityType, id, signal: options.signal, idempotent: true,
      });
    },
    unlink: async (entityType, id, link, ids, options = {}) => {
      await request({
        method: 'DELETE', path: linkPath(entityType, id, link), body: idsBody(ids), schema: trueSchema,
        entityType, id, signal: options.signal,
      });
    },
    massRelate: async (entityType, id, link, where, options = {}) => {
      await request({
        method: 'POST', path: linkPath(entityType, id, link), body: { massRelate: true, where },
        schema: trueSchema, entityType, id, signal: options.signal, idempotent: true,
      });
    },
    massUpdate: async (entityType, target, values, options = {}) => request({
      method: 'POST', path: 'MassAction', schema: massUpdateResultSchema, entityType,
      body: { entityType: entitySegment(entityType), action: 'update', params: target, data: values },
      signal: options.signal, idempotent: true,
    }),
  };
}
