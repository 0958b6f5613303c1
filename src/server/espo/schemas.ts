import { z } from 'zod';
import type { EspoRecord } from './types';

/**
 * Response schemas (style principle 5). Records are loose: EspoCRM adds attributes per entity, select and
 * version, so only what the client itself relies on is checked.
 */

/**
 * A record: an object with a non-empty string `id`. It reports the issues `z.looseObject({ id: z.string().min(1) })` would
 * (same codes, paths and messages) but keeps the object JSON.parse made instead of copying it key by key:
 * a list of 200 records a page, copied, made a tenth of the client's time on large reads (`npm run bench`).
 */
export const recordSchema = z.custom<EspoRecord>().check((ctx) => {
  const value: unknown = ctx.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.issues.push({ code: 'invalid_type', expected: 'object', input: value });
    return;
  }
  const id: unknown = (value as { id?: unknown }).id;
  if (typeof id !== 'string') ctx.issues.push({ code: 'invalid_type', expected: 'string', input: id, path: ['id'] });
  else if (id.length === 0) ctx.issues.push({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: id, path: ['id'] });
});

export const listSchema = z.object({
  total: z.number().int().min(-2),
  list: z.array(recordSchema),
});

/** DELETE, relate, unrelate and erase answer the JSON literal `true`. */
export const trueSchema = z.literal(true);

export const massUpdateResultSchema = z.object({
  count: z.number().int().nonnegative(),
  ids: z.array(z.string()).optional(),
});

export const noteSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  parentType: z.string().nullable(),
  parentId: z.string().nullable(),
  post: z.string().nullable(),
  createdAt: z.string(),
  createdById: z.string().nullable(),
});

/** `GET {Entity}/{id}/stream` also carries `pinnedList`, which the client ignores. */
export const streamSchema = z.object({
  total: z.number().int().min(-2),
  list: z.array(noteSchema),
});

export const webhookSchema = z.looseObject({
  id: z.string().min(1),
  event: z.string(),
  url: z.string(),
  isActive: z.boolean(),
  secretKey: z.string(),
});

/** One scope of `acl.table`: `false`/`true` for boolean scopes, or a level per action (`all`, `team`, `own`, `no`, `yes`). */
export const aclScopeSchema = z.union([z.boolean(), z.record(z.string(), z.union([z.string(), z.boolean()]))]);

export const appUserSchema = z.looseObject({
  user: z.looseObject({
    id: z.string().min(1),
    type: z.string(),
    isAdmin: z.boolean().optional(),
  }),
  acl: z.looseObject({
    table: z.record(z.string(), aclScopeSchema),
    dataPrivacyPermission: z.string().optional(),
  }),
});

export const settingsSchema = z.looseObject({
  version: z.string().optional(),
});

export const jsonObjectSchema = z.record(z.string(), z.unknown());

/** `GET Metadata?key=…` answers any JSON value (null when the key does not exist). */
export const metadataSchema = z.unknown();

export type EspoNote = z.infer<typeof noteSchema>;
export type EspoWebhook = z.infer<typeof webhookSchema>;
export type EspoAppUser = z.infer<typeof appUserSchema>;
export type EspoAclScope = z.infer<typeof aclScopeSchema>;
export type EspoSettings = z.infer<typeof settingsSchema>;
export type EspoMassUpdateResult = z.infer<typeof massUpdateResultSchema>;
export type EspoStreamList = z.infer<typeof streamSchema>;
