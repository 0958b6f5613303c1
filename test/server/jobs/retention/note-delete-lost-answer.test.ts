/**
 * A `DELETE Note/{id}` that EspoCRM carried out but whose answer was lost: the transport sends it again
 * (network error, timeout and 502–504 are retried, DELETE is idempotent) and the retry answers 404 (fake
 * `deleteNote`; EspoCRM's record service throws NotFound for a missing id). The note is gone: it counts as
 * deleted, never as a failure, and the step says how many were found already gone.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { readAuditLog } from '../../../../src/server/audit';
import { cleanUpNotes } from '../../../../src/server/jobs/retention';
import type { FakeEspo } from '../../../msw/fake-espo';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce } from './apply-setup';
import { ADMIN_NOTE, OWN_NOTE, restHarness } from './harness';
import { IDS } from './population';

const server = useMswServer();

/** The first DELETE of `noteId` is carried out on the host, then the connection drops before the answer. */
function loseFirstAnswer(fake: FakeEspo, noteId: string): { attempts: () => number } {
  let attempts = 0;
  server.use(http.delete(`${fake.apiUrl}Note/:id`, ({ params }) => {
    if (params.id !== noteId) return undefined;
    attempts += 1;
    if (attempts > 1) return undefined;
    fake.store.remove('Note', noteId);
    return HttpResponse.error();
  }));
  return { attempts: () => attempts };
}

describe('retention apply when the answer to a note DELETE is lost', () => {
  it('counts the note the retried DELETE finds gone (404) as deleted, in the report and the audit', async () => {
    const harness = restHarness(server);
    const lost = loseFirstAnswer(harness.fake, OWN_NOTE.id);
    const files = await applyFiles();
    const report = await applyOnce(harness, files);
    expect(lost.attempts()).toBe(2);
    const result = report.results.find((r) => r.id === IDS.expiredProspect);
    expect(result).toMatchObject({ outcome: 'anonymised', notesDeleted: 1, notesNeedingAdmin: [ADMIN_NOTE.id] });
    expect(harness.noteIds()).toEqual([ADMIN_NOTE.id]);
    const cleaned = (await readAuditLog(files.audit))
      .filter((e) => e.kind === 'record' && e.recordId === IDS.expiredProspect && e.step === 'notesCleaned');
    expect(cleaned).toEqual([expect.objectContaining({ detail: { deleted: 1, alreadyGone: 1, needsAdmin: 1 } })]);
  });

  it('a rerun finds nothing left to delete and sends no DELETE', async () => {
    const harness = restHarness(server);
    loseFirstAnswer(harness.fake, OWN_NOTE.id);
    const files = await applyFiles();
    await applyOnce(harness, files);
    const deletes = harness.fake.requests.filter((r) => r.method === 'DELETE').length;
    const again = await applyOnce(harness, files, { runId: 'run-2' });
    expect(again.results).toEqual([]);
    expect(harness.fake.requests.filter((r) => r.method === 'DELETE')).toHaveLength(deletes);
  });
});

describe('cleanUpNotes and a note that is already gone', () => {
  it('tells the notes found gone (404) apart, within the deleted count', async () => {
    const harness = restHarness(server);
    loseFirstAnswer(harness.fake, OWN_NOTE.id);
    const cleanup = await cleanUpNotes(harness.gateway, 'Contact', IDS.expiredProspect);
    expect(cleanup).toEqual({ deleted: 1, alreadyGone: 1, needsAdmin: [ADMIN_NOTE.id] });
  });

  it('counts a note a person deleted between the listing and the DELETE as already gone, not as failed', async () => {
    const harness = restHarness(server);
    harness.fake.seedNote({ ...OWN_NOTE, id: '6d000000000000709', post: 'Second' });
    server.use(http.delete(`${harness.fake.apiUrl}Note/:id`, ({ params }) => {
      if (params.id === OWN_NOTE.id) harness.fake.store.remove('Note', OWN_NOTE.id);
      return undefined;
    }));
    const cleanup = await cleanUpNotes(harness.gateway, 'Contact', IDS.expiredProspect);
    expect(cleanup).toEqual({ deleted: 2, alreadyGone: 1, needsAdmin: [ADMIN_NOTE.id] });
    expect(harness.noteIds()).toEqual([ADMIN_NOTE.id]);
  });

  it('counts the notes it deleted itself as deleted and none as already gone', async () => {
    const harness = restHarness(server);
    const cleanup = await cleanUpNotes(harness.gateway, 'Contact', IDS.expiredProspect);
    expect(cleanup).toEqual({ deleted: 1, alreadyGone: 0, needsAdmin: [ADMIN_NOTE.id] });
  });
});
