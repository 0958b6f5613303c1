import type { FakeEspo } from '../../../../msw/fake-espo';
import type { Recording } from '../recordings';
import { seedActivities } from './activities';
import { seedContext } from './common';
import type { SeedContext } from './common';
import { seedList, seedRelated } from './lists';
import { seedErasedRecord, seedExistingField, seedMeta, seedStream } from './reads';
import { seedCreate, seedErase, seedMassAction, seedNoteDelete, seedOne, seedRelation, seedUpdate } from './writes';

type Seeder = (ctx: SeedContext) => void | Promise<void>;

/** Picks the seed builder from the request's shape (method + path), as the fake's router does. */
function seederFor(ctx: SeedContext): Seeder | null {
  const { method } = ctx.recording.request;
  const { status } = ctx.recording.response;
  const [first = '', second, third] = ctx.segments;
  const n = ctx.segments.length;
  if (first === 'Activities') return seedActivities;
  if (first === 'Metadata' || first === 'I18n') return seedMeta;
  if (first === 'Admin') return status === 409 ? seedExistingField : null;
  if (first === 'MassAction') return seedMassAction;
  if (first === 'DataPrivacy') return seedErase;
  if (first === 'Note' && method === 'DELETE') return seedNoteDelete;
  if (method === 'GET' && n === 1) return seedList;
  if (method === 'GET' && n === 2) {
    if (status !== 200) return null;
    return ctx.recording.file.includes('after-erase') ? seedErasedRecord : seedOne;
  }
  if (method === 'GET' && third === 'stream') return seedStream;
  if (method === 'GET' && n === 3) return seedRelated;
  if ((method === 'PUT' || method === 'PATCH') && second !== undefined) return seedUpdate;
  if (method === 'DELETE' && n === 2) return seedOne;
  if (n === 3) return seedRelation;
  if (method === 'POST' && n === 1) return seedCreate;
  return null;
}

/** Seeds the fake with what one recording needs, derived from the recording itself. */
export async function seedRecording(recording: Recording, fake: FakeEspo): Promise<void> {
  const ctx = seedContext(recording, fake);
  await seederFor(ctx)?.(ctx);
}
