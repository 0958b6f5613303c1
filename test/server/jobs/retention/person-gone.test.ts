/**
 * A person deleted or merged while a long run goes on. EspoCRM 9 refuses a `linkedWith` naming a record that no
 * longer exists with 403 "Record 'Contact' `<id>` not found." (core `Select/Where/Checker::checkLink`): the
 * status of an access refusal, but the person is gone. The plan leaves them out, `apply` skips them as gone,
 * and a real access refusal still stops the job as `ActivityAccessError`.
 */
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { RetentionPlan } from '../../../../src/core/retention';
import { runRetentionPlan } from '../../../../src/server/jobs/retention';
import { useMswServer } from '../../../msw/server';
import { applyFiles, applyOnce } from './apply-setup';
import { jobContext } from './context';
import { JOB_USER, restHarness } from './harness';
import { IDS, TODAY } from './population';

const server = useMswServer();

type RestHarness = ReturnType<typeof restHarness>;

/** Deletes the person when the `nth` list of `entityType` naming them arrives, before the fake answers it. */
function deleteOnNthRead(harness: RestHarness, entityType: string, personType: string, id: string, nth: number): void {
  let seen = 0;
  server.use(http.get(`${harness.fake.apiUrl}${entityType}`, ({ request }) => {
    if (decodeURIComponent(new URL(request.url).search).includes(id)) {
      seen += 1;
      if (seen === nth) harness.fake.store.remove(personType, id);
    }
    return undefined;
  }));
}

async function plan(harness: RestHarness) {
  const plans: RetentionPlan[] = [];
  const report = await runRetentionPlan({ gateway: harness.gateway, today: TODAY, onPlan: (p) => plans.push(p) }, jobContext(true));
  return { plans, report };
}

describe('retention plan and a person deleted during the run', () => {
  it('leaves out a contact deleted after the listing and counts it as gone, not as an error', async () => {
    const harness = restHarness(server);
    deleteOnNthRead(harness, 'Call', 'Contact', IDS.calledProspect, 1);
    const { plans, report } = await plan(harness);
    expect(plans.map((p) => p.id)).not.toContain(IDS.calledProspect);
    expect(report.gone).toBe(1);
    expect(report.counts).toEqual({ keep: 3, repermission: 1, anonymise: 2, review: 1, hold: 1 });
  });

  it('leaves out a lead deleted after the listing (calls and meetings list leads by linkedWith too)', async () => {
    const harness = restHarness(server);
    deleteOnNthRead(harness, 'Meeting', 'Lead', IDS.repermissionLead, 1);
    const { plans, report } = await plan(harness);
    expect(plans.map((p) => p.id)).not.toContain(IDS.repermissionLead);
    expect(report.gone).toBe(1);
  });

  it('still stops with ActivityAccessError when the role may not read meetings', async () => {
    const acl = Object.fromEntries(Object.entries(JOB_USER.acl).filter(([scope]) => scope !== 'Meeting'));
    const harness = restHarness(server, { ...JOB_USER, acl });
    await expect(plan(harness)).rejects.toMatchObject({ code: 'ACTIVITY_ACCESS_DENIED', entityType: 'Meeting', status: 403 });
  });
});

describe('retention apply and a person deleted during the run', () => {
  it.each([
    ['while it was chosen (indexed plan)', 'Call', 1],
    ['between the choice and the live re-check', 'Call', 2],
    ['while its sales were read again', 'Opportunity', 1],
  ] as const)('reports a contact deleted %s as skipped: gone, erases nothing of it, and goes on', async (_when, entityType, nth) => {
    const harness = restHarness(server);
    deleteOnNthRead(harness, entityType, 'Contact', IDS.expiredProspect, nth);
    const report = await applyOnce(harness, await applyFiles());
    expect(report.stoppedBy).toBeNull();
    expect(report.results.map((r) => [r.id, r.outcome, r.skipReason])).toEqual([
      [IDS.expiredProspect, 'skipped', 'gone'], [IDS.expiredLead, 'anonymised', undefined],
    ]);
    expect(harness.erases().map((e) => e.id)).toEqual([IDS.expiredLead]);
  });

  it('does the same in a dry run', async () => {
    const harness = restHarness(server);
    deleteOnNthRead(harness, 'Call', 'Contact', IDS.expiredProspect, 1);
    const report = await applyOnce(harness, await applyFiles(), { dryRun: true });
    expect(report.results.map((r) => [r.id, r.outcome])).toEqual([[IDS.expiredProspect, 'skipped'], [IDS.expiredLead, 'wouldAnonymise']]);
  });
});
