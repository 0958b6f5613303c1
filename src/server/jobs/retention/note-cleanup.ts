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
  /**
   * Notes of the record that are gone: deleted by this step (`true`), or found already gone (404, `alreadyGone`).
   * Either way the goal of the step is reached for them; nothing failed.
   */
  readonly deleted: number;
  /**
   * Of `deleted`, the notes whose DELETE answered 404. The usual cause is a DELETE that reached EspoCRM but whose
   * answer was lost (network error, timeout, 502–504): the transport sends it again and the note is no longer
   * there. It may also have been deleted meanwhile by a person. Absent means 0.
   */
  readonly alreadyGone?: number;
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
  let alreadyGone = 0;
  const needsAdmin: string[] = [];
  for (const noteId of noteIds) {
    const outcome = await deleteOne(gateway, noteId, signal);
    if (outcome === 'needsAdmin') needsAdmin.push(noteId);
    else deleted += 1;
    if (outcome === 'alreadyGone') alreadyGone += 1;
  }
  return { deleted, alreadyGone, needsAdmin };
}

type DeleteOutcome = 'deleted' | 'alreadyGone' | 'needsAdmin';

/**
 * One `DELETE Note/{id}`. A 404 means the note is gone, which is what the step wants: the retried DELETE of a
 * request whose answer was lost (the first one deleted it), or a note deleted meanwhile by a person.
 */
async function deleteOne(gateway: EspoGateway, noteId: string, signal?: AbortSignal): Promise<DeleteOutcome> {
  try {
    await gateway.deleteNote(noteId, withSignal(signal));
    return 'deleted';
  } catch (error) {
    if (isEspoHttpError(error) && error.status === 403) return 'needsAdmin';
    if (isEspoRecordNotFoundError(error)) return 'alreadyGone';
    throw error;
  }
}
