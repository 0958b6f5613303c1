import type { HttpResponse } from 'msw';
import { text } from '../entities/common';
import type { FakeContext } from '../context';
import { bodyObject, queryString } from '../context';
import { requestedMaxSize } from '../max-size';
import { forbidden, json, notFound, statusReason, TRUE_RESPONSE } from '../responses';
import type { FakeStore } from '../store';
import type { FakeEntityDef, StoredRecord } from '../types';
import { allows, allowsStream } from '../users';

type Reply = Promise<HttpResponse<string> | HttpResponse<null>>;

const STREAM_KEYS = ['id', 'deleted', 'post', 'data', 'type', 'targetType', 'number', 'isGlobal', 'createdByGender',
  'isInternal', 'isPinned', 'reactionCounts', 'myReactions', 'createdAt', 'modifiedAt', 'parentId', 'parentType',
  'relatedId', 'relatedType', 'attachmentsIds', 'attachmentsNames', 'createdById', 'createdByName', 'modifiedById',
  'modifiedByName', 'superParentId', 'superParentType', 'attachmentsTypes'];
const ATTACHMENT_KEYS = ['attachmentsIds', 'attachmentsNames', 'attachmentsTypes'];
const CREATE_KEYS = ['id', 'deleted', 'post', 'data', 'type', 'isInternal', 'reactionCounts', 'myReactions', 'createdAt',
  'modifiedAt', 'parentId', 'parentType', 'parentName', 'relatedName', 'attachmentsIds', 'attachmentsNames', 'createdById',
  'createdByName', 'modifiedByName', 'attachmentsTypes'];

let noteNumber = 0;

/** A stored Note with EspoCRM's defaults (recordings `note-*.json`, `contact-stream-*.json`). */
export function noteRecord(store: FakeStore, values: Readonly<Record<string, unknown>>): StoredRecord {
  noteNumber += 1;
  const now = store.timestamp();
  return {
    deleted: false, post: null, data: {}, type: 'Post', targetType: null, number: noteNumber, isGlobal: false,
    createdByGender: null, isInternal: false, isPinned: false, reactionCounts: null, myReactions: [], createdAt: now,
    modifiedAt: now, parentId: null, parentType: null, parentName: null, relatedId: null, relatedType: null, relatedName: null,
    attachmentsIds: [], attachmentsNames: {}, attachmentsTypes: {}, createdById: null, createdByName: null,
    modifiedById: null, modifiedByName: null, superParentId: null, superParentType: null,
    ...structuredClone(values),
    id: String(values.id ?? store.newId()),
  };
}

function pick(record: StoredRecord, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key] ?? null]));
}

/** `POST Note {type: "Post", parentType, parentId, post}` (§4.8). */
export async function createNote(ctx: FakeContext): Reply {
  const body = bodyObject(ctx);
  const parentType = text(body.parentType);
  const parentId = text(body.parentId);
  if (body.type !== 'Post' || parentType === null || parentId === null) return statusReason(400, '');
  const parent = ctx.store.find(parentType, parentId);
  if (parent === undefined) return notFound(parentId);
  if (!allows(ctx.user, parentType, 'read')) return forbidden('No read access.');
  const note = noteRecord(ctx.store, {
    post: text(body.post), parentType, parentId, parentName: text(parent.name), createdById: ctx.user.id, createdByName: ctx.user.name,
  });
  ctx.store.put('Note', note);
  ctx.store.writes.push({ kind: 'create', entityType: 'Note', id: note.id, by: ctx.user.id, attributes: body });
  return json(pick(note, CREATE_KEYS));
}

/** Admins delete any note; others only their own ("No delete access.", note-delete-403-api-user-not-own.json). */
export async function deleteNote(ctx: FakeContext, id: string): Reply {
  const note = ctx.store.find('Note', id);
  if (note === undefined) return notFound(id);
  if (ctx.user.type !== 'admin' && note.createdById !== ctx.user.id) return forbidden('No delete access.');
  ctx.store.remove('Note', id);
  ctx.store.writes.push({ kind: 'delete', entityType: 'Note', id, by: ctx.user.id });
  return TRUE_RESPONSE();
}

/**
 * `GET {Entity}/{id}/stream`: newest first, `{total, list, pinnedList}`. The controller reads the search params
 * first (a `maxSize` above the limit is a 403), then access as core `Tools/Stream/RecordService::checkAccess`: a
 * missing record is 404 "Record not found.", then the role's Stream level for that record decides (403 "No stream
 * access."); the Read level is not checked.
 */
export async function listStream(ctx: FakeContext, def: FakeEntityDef, id: string): Reply {
  const maxSize = requestedMaxSize(ctx, 20);
  const parent = ctx.store.find(def.entityType, id);
  if (parent === undefined) return statusReason(404, 'Record not found.');
  if (!allowsStream(ctx.user, def.entityType, parent)) return forbidden('No stream access.');
  const notes = ctx.store.all('Note')
    .filter((note) => note.parentType === def.entityType && note.parentId === id)
    .sort((a, b) => Number(b.number) - Number(a.number));
  const offset = Number(queryString(ctx, 'offset') ?? 0);
  const list = notes.slice(offset, offset + maxSize).map((note) =>
    pick(note, note.type === 'Post' ? STREAM_KEYS : STREAM_KEYS.filter((key) => !ATTACHMENT_KEYS.includes(key))));
  return json({ total: notes.length, list, pinnedList: [] });
}
