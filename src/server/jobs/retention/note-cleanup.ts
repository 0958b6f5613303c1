/**
 * The stream notes that would still hold erased values (platform.md §4.8, §5: erase leaves them untouched).
 * Every note of these types goes, whatever its text: a Post may name the person in a way no string match
 * finds (« rappeler Éric pour sa Clio »), an Update note of an audited field keeps the old value in
 * `data.attributes.was`, an email note its subject. Other types (Create, Assign, Status…) hold ids only.
 */
import { isEspoHttpError, isEspoRecordNotFoundError } from '../../espo/errors';
import type { EspoGateway, GatewayNote } from '../../espo/gateway';
import type { PersonEntityType } from './persons';
import { StreamAccessError } from './stream-access-error';
import { withSignal } from './signal-option';

export const NOTE_TYPES_TO_DELETE: ReadonlySet<string> = new Set(['Post', 'Update', 'EmailReceived', 'EmailSent']);

export interface NoteCleanup {
  readonly deleted: number;
  /**
   * Notes the API user may not delete (403): a non-admin may delete only the notes it created, within
   * `noteDeleteThresholdPeriod` (default 1 month). An administrator must delete them. When the stream itself
   * could not be read, the only entry is `wholeStream(entityType, id)`: every such note of the record.
   */
  readonly needsAdmin: readonly string[];
}

/**
 * Stands for "every note of this record's stream" in `needsAdmin` when the API user may not even list it.
 * It is the stream's API path (`Contact/<id>/stream`), which no note id can be.
 */
export function wholeStream(entityType: PersonEntityType, id: string): string {
  return `${entityType}/${id}/stream`;
}

export function isWholeStream(noteId: string): boolean {
  return noteId.endsWith('/stream');
}

/** The record's stream; a 403 ("No stream access.", RecordService::checkAccess) becomes `StreamAccessError`. */
export async function readStream(
  gateway: EspoGateway, entityType: PersonEntityType, id: string, signal?: AbortSignal, preflight = false,
): Promise<readonly GatewayNote[]> {
  try {
    return await gateway.listStream(entityType, id, withSignal(signal));
  } catch (error) {
    if (isEspoHttpError(error) && error.status === 403) {
      throw new StreamAccessError(entityType, id, error.status, error.statusReason, preflight, { cause: error });
    }
    throw error;
  }
}

/** The notes a clean-up would delete (a dry run lists them without deleting). */
export async function notesToDelete(gateway: EspoGateway, entityType: PersonEntityType, id: string, signal?: AbortSignal): Promise<readonly string[]> {
  const notes = await readStream(gateway, entityType, id, signal);
  return notes.filter((note) => NOTE_TYPES_TO_DELETE.has(note.type)).map((note) => note.id);
}

/**
 * Deletes the notes. Runs after the erase, so nothing here may fail the record for want of a permission:
 * a note the API user may not delete, or a stream it may not read, is left to an administrator and the
 * remaining steps (opt-outs, status) still run.
 */
export async function cleanUpNotes(gateway: EspoGateway, entityType: PersonEntityType, id: string, signal?: AbortSignal): Promise<NoteCleanup> {
  let noteIds: readonly string[];
  try {
    noteIds = await notesToDelete(gateway, entityType, id, signal);
  } catch (error) {
    if (error instanceof StreamAccessError) return { deleted: 0, needsAdmin: [wholeStream(entityType, id)] };
    throw error;
  }
  let deleted = 0;
  const needsAdmin: string[] = [];
  for (const noteId of noteIds) {
    try {
      await gateway.deleteNote(noteId, withSignal(signal));
      deleted += 1;
    } catch (error) {
      if (isEspoHttpError(error) && error.status === 403) needsAdmin.push(noteId);
      // Deleted meanwhile (by a person or an earlier, interrupted run): nothing left to do.
      else if (!isEspoRecordNotFoundError(error)) throw error;
    }
  }
  return { deleted, needsAdmin };
}
