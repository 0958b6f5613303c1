import { noteSchema, streamSchema, trueSchema, webhookSchema } from '../schemas';
import type { EspoNote, EspoStreamList, EspoWebhook } from '../schemas';
import { serializeQuery } from '../query/serialize';
import type { Requester } from '../transport/request';
import type { CallOptions } from '../types';
import type { PageSizeLimit } from './page-size-limit';
import { assertPageSize, entitySegment, idSegment } from './params';

export interface NoteInput {
  readonly parentType: string;
  readonly parentId: string;
  /** Text of the Post. Avoid personal data: Data Privacy erase leaves notes untouched (§5). */
  readonly post: string;
}

export interface StreamParams extends CallOptions {
  readonly offset?: number;
  readonly maxSize?: number;
}

export interface WebhookInput {
  /** `Contact.create`, `Contact.update`, `Contact.fieldUpdate.emailAddress`… (§4.9). */
  readonly event: string;
  readonly url: string;
  readonly isActive?: boolean;
  readonly skipOwn?: boolean;
}

export interface NoteMethods {
  /** `POST Note {type: "Post", …}`. Not retried: a replay would post twice. */
  createNote(input: NoteInput, options?: CallOptions): Promise<EspoNote>;
  /** Allowed to admins, and to the note's author within `noteDeleteThresholdPeriod` (§4.8). */
  deleteNote(id: string, options?: CallOptions): Promise<void>;
  listStream(entityType: string, id: string, params?: StreamParams): Promise<EspoStreamList>;
  /** Answers 201 with the generated `secretKey` used to sign deliveries. */
  createWebhook(input: WebhookInput, options?: CallOptions): Promise<EspoWebhook>;
  deleteWebhook(id: string, options?: CallOptions): Promise<void>;
}

/** `pages` caps the stream's `maxSize` at the installation's limit once learnt (`PageSizeLimit`). */
export function noteMethods(request: Requester, pages: PageSizeLimit): NoteMethods {
  return {
    createNote: async (input, options = {}) => request({
      method: 'POST', path: 'Note', schema: noteSchema, entityType: 'Note', signal: options.signal,
      body: { type: 'Post', parentType: entitySegment(input.parentType), parentId: input.parentId, post: input.post },
    }),
    deleteNote: async (id, options = {}) => {
      await request({
        method: 'DELETE', path: `Note/${idSegment(id)}`, schema: trueSchema, entityType: 'Note', id, signal: options.signal,
      });
    },
    listStream: async (entityType, id, params = {}) => pages.send(params, async (sent) => request({
      method: 'GET', path: `${entitySegment(entityType)}/${idSegment(id)}/stream`, schema: streamSchema,
      query: serializeQuery({ offset: sent.offset, maxSize: sent.maxSize === undefined ? undefined : assertPageSize(sent.maxSize) }),
      entityType, id, signal: sent.signal,
    })),
    createWebhook: async (input, options = {}) => request({
      method: 'POST', path: 'Webhook', schema: webhookSchema, entityType: 'Webhook', signal: options.signal,
      body: { event: input.event, url: input.url, isActive: input.isActive ?? true, ...(input.skipOwn === undefined ? {} : { skipOwn: input.skipOwn }) },
    }),
    deleteWebhook: async (id, options = {}) => {
      await request({
        method: 'DELETE', path: `Webhook/${idSegment(id)}`, schema: trueSchema, entityType: 'Webhook', id, signal: options.signal,
      });
    },
  };
}
