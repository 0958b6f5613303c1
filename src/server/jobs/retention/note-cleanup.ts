/**
 * The stream notes that would still hold erased values (platform.md §4.8, §5: erase leaves them untouched).
 * Every note of these types goes, whatever its text: a Post may name the person in a way no string match
 * finds (« rappeler Éric pour sa Clio »), an Update note of an audited field keeps the old value in
 * `data.attributes.was`, an email note its subject. Other types (Create, Assign, Status…) hold ids only.
 */
import { isEspoHttpError, isEspoRecordNotFoundError } from '../../espo/errors';
import type { EspoGateway } from '../../espo/gateway';
import type { PersonEntityType } from './persons';

export const NOTE_TYPES_TO_DELETE: ReadonlySet<string> = new Set(['Post', 'Update', 'EmailReceived', 'EmailSent']);

export interface NoteCleanup {
  readonly deleted: number;
  /**
   * Notes the API user may not delete (403): a non-admin may delete only the notes it created, within
   * `noteDeleteThresholdPeriod` (default 1 month). An administrator must delete them.
   */
  readonly needsAdmin: readonly string[];
}

/** The notes a clean-up would delete (a dry run lists them without deleting). */
export async function notesToDelete(gateway: EspoGateway, entityType: PersonEntityType, id: string, signal?: AbortSignal): Promise<readonly string[]> {
  const notes = await gateway.listStream(entityType, id, signal === undefined ? {} : { signal });
  return notes.filter((note) => NOTE_TYPES_TO_DELETE.has(note.type)).map((note) => note.id);
}

export async function cleanUpNotes(gateway: EspoGateway, entityType: PersonEntityType, id: string, signal?: AbortSignal): Promise<NoteCleanup> {
  let deleted = 0;
  const needsAdmin: string[] = [];
  for (const noteId of await notesToDelete(gateway, entityType, id, signal)) {
    try {
      await gateway.deleteNote(noteId, signal === undefined ? {} : { signal });
      deleted += 1;
    } catch (error) {
      if (isEspoHttpError(error) && error.status === 403) needsAdmin.push(noteId);
      // Deleted meanwhile (by a person or an earlier, interrupted run): nothing left to do.
      else if (!isEspoRecordNotFoundError(error)) throw error;
    }
  }
  return { deleted, needsAdmin };
}
