import { listSchema, recordSchema, trueSchema } from '../schemas';
import type { Requester } from '../transport/request';
import type { CallOptions, EspoList, EspoRecord, ListParams } from '../types';
import type { PageSizeLimit } from './page-size-limit';
import { entitySegment, idSegment, listHeaders, listQuery } from './params';

export interface CreateOptions extends CallOptions {
  /** Sends `X-Skip-Duplicate-Check: true`; otherwise a duplicate gives a 409 `EspoHttpError` (§4.6). */
  readonly skipDuplicateCheck?: boolean;
}

/** On an update, the header matters only where `recordDefs.{E}.updateDuplicateCheck` is on (§4.6). */
export type UpdateOptions = CreateOptions;

const skipHeader = (options: CreateOptions): Record<string, string> => (options.skipDuplicateCheck === true ? { 'X-Skip-Duplicate-Check': 'true' } : {});

export interface RecordMethods {
  list(entityType: string, params?: ListParams): Promise<EspoList>;
  get(entityType: string, id: string, options?: CallOptions): Promise<EspoRecord>;
  create(entityType: string, attributes: Readonly<Record<string, unknown>>, options?: CreateOptions): Promise<EspoRecord>;
  /** PATCH with the given attributes only; EspoCRM answers the full record (recording `contact-update-patch.json`). */
  update(entityType: string, id: string, changed: Readonly<Record<string, unknown>>, options?: UpdateOptions): Promise<EspoRecord>;
  delete(entityType: string, id: string, options?: CallOptions): Promise<void>;
}

/** `pages` caps `maxSize` at the installation's limit once learnt (`PageSizeLimit`). */
export function recordMethods(request: Requester, pages: PageSizeLimit): RecordMethods {
  return {
    list: async (entityType, params = {}) => pages.send(params, async (sent) => request({
      method: 'GET', path: entitySegment(entityType), query: listQuery(sent), headers: listHeaders(sent),
      schema: listSchema, entityType, signal: sent.signal,
    })),
    get: async (entityType, id, options = {}) => request({
      method: 'GET', path: `${entitySegment(entityType)}/${idSegment(id)}`, schema: recordSchema,
      entityType, id, signal: options.signal,
    }),
    create: async (entityType, attributes, options = {}) => request({
      method: 'POST', path: entitySegment(entityType), body: attributes, schema: recordSchema, entityType,
      headers: skipHeader(options), signal: options.signal,
    }),
    update: async (entityType, id, changed, options = {}) => request({
      method: 'PATCH', path: `${entitySegment(entityType)}/${idSegment(id)}`, body: changed,
      schema: recordSchema, entityType, id, headers: skipHeader(options), signal: options.signal,
    }),
    delete: async (entityType, id, options = {}) => {
      await request({
        method: 'DELETE', path: `${entitySegment(entityType)}/${idSegment(id)}`, schema: trueSchema,
        entityType, id, signal: options.signal,
      });
    },
  };
}
