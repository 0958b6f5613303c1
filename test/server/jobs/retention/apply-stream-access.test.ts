/**
 * The role's Stream level decides whether `retention apply` may list a person's notes (EspoCRM
 * `Tools/Stream/RecordService::checkAccess`: 403 "No stream access."). Refused for the first record of a type,
 * the run stops before erasing it; refused later for one record, its notes are left to an administrator and
 * the opt-outs and status are still written.
 */
import { describe, expect, it } from 'vitest';
import type { FakeUser } from '../../../msw/fake-espo';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce } from './apply-setup';
import { ADMIN_NOTE, JOB_USER, restHarness } from './harness';
import { DUE_IDS, IDS } from './population';

const server = useMswServer();

const FULL = { create: 'yes', read: 'all', edit: 'all', delete: 'all' } as const;
const withContactStream = (stream: 'no' | 'own'): FakeUser => ({ ...JOB_USER, acl: { ...JOB_USER.acl, Contact: { ...FULL, stream } } });

/** A second due contact, not assigned to the job user, with a note an administrator wrote. */
const SECOND_DUE = {
  id: '6d000000000000008', firstName: 'Gaspard', lastName: 'Second', emailAddress: 'gaspard.second@exemple.fr', phoneNumber: '+33612349999',
  phoneNumberIsOptedOut: false, doNotCall: false, createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT', autoCibleLastInboundContactAt: '2023-01-15',
};
const SECOND_NOTE = { id: '6d000000000000703', type: 'Post', parentType: 'Contact', parentId: SECOND_DUE.id, post: 'Rappeler Gaspard', createdById: '6b02c9008860de11a' };

describe('retention apply when the role refuses the stream of contacts', () => {
  it.each([['dry run', true], ['real run', false]] as const)('stops before the first erase in a %s, naming the record and the refusal', async (_name, dryRun) => {
    const harness = restHarness(server, withContactStream('no'));
    const report = await applyOnce(harness, await applyFiles(), { dryRun });
    expect(report.stoppedBy).toBe('streamAccess');
    expect(report.results).toEqual([expect.objectContaining({
      entityType: 'Contact', id: IDS.expiredProspect, outcome: 'failed', errorCode: 'STREAM_ACCESS_DENIED', errorStatus: 403,
    })]);
    expect(harness.erases()).toEqual([]);
    expect(harness.writeCount()).toBe(0);
    expect(await harness.record('Contact', IDS.expiredProspect)).toMatchObject({ firstName: 'Eric', autoCibleRetentionStatus: null });
  });

  it('reads the stream once per entity type before acting, not once more per record', async () => {
    const harness = restHarness(server);
    await applyOnce(harness, await applyFiles(), { dryRun: true });
    const streams = harness.fake.requests.filter((r) => r.path.endsWith('/stream')).map((r) => r.path);
    // One pre-flight read and one preview read per due record.
    expect(streams).toEqual(DUE_IDS.flatMap((id, index) => {
      const path = `${index === 0 ? 'Contact' : 'Lead'}/${id}/stream`;
      return [path, path];
    }));
  });
});

describe('retention apply when one record\'s stream is refused after the check', () => {
  function ownStreamHarness() {
    const harness = restHarness(server, withContactStream('own'));
    const first = harness.fake.store.find('Contact', IDS.expiredProspect);
    if (first === undefined) throw new TypeError('population');
    first.assignedUserId = JOB_USER.id;
    harness.fake.seed('Contact', [SECOND_DUE], { derive: true });
    harness.fake.seedNote(SECOND_NOTE);
    return harness;
  }

  it('anonymises it all the same and reports its notes as needing an administrator', async () => {
    const harness = ownStreamHarness();
    const report = await applyOnce(harness, await applyFiles());
    expect(report.stoppedBy).toBeNull();
    expect(report.counts).toMatchObject({ anonymised: 3, failed: 0 });
    expect(report.results.find((r) => r.id === SECOND_DUE.id)).toMatchObject({
      outcome: 'anonymised', notesDeleted: 0, notesNeedingAdmin: [`Contact/${SECOND_DUE.id}/stream`],
    });
    expect(report.results.find((r) => r.id === IDS.expiredProspect)).toMatchObject({ outcome: 'anonymised', notesNeedingAdmin: [ADMIN_NOTE.id] });
    expect(await harness.record('Contact', SECOND_DUE.id)).toMatchObject({
      firstName: null, phoneNumberIsOptedOut: true, doNotCall: true, autoCibleRetentionStatus: 'ANONYMISED',
    });
    expect(harness.noteIds()).toContain(SECOND_NOTE.id);
  });

  it('fails only that record in a dry run, without stopping', async () => {
    const harness = ownStreamHarness();
    const report = await applyOnce(harness, await applyFiles(), { dryRun: true });
    expect(report.stoppedBy).toBeNull();
    expect(report.results.map((r) => [r.id, r.outcome, r.errorCode])).toEqual([
      [IDS.expiredProspect, 'wouldAnonymise', undefined], [SECOND_DUE.id, 'failed', 'STREAM_ACCESS_DENIED'], [IDS.expiredLead, 'wouldAnonymise', undefined],
    ]);
    expect(harness.writeCount()).toBe(0);
  });
});
