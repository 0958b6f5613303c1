import { describe, expect, it } from 'vitest';
import type { RetentionPlan } from '../../../../src/core/retention';
import { runRetentionPlan } from '../../../../src/server/jobs/retention';
import { useMswServer } from '../../../msw/server';
import { jobContext } from './context';
import type { Harness } from './harness';
import { JOB_USER, memoryHarness, restHarness } from './harness';
import { EXPECTED_PLANS, IDS, TODAY } from './population';

const server = useMswServer();

async function plansOf(harness: Harness, write = false): Promise<{ plans: RetentionPlan[]; report: Awaited<ReturnType<typeof runRetentionPlan>> }> {
  const plans: RetentionPlan[] = [];
  const report = await runRetentionPlan({ gateway: harness.gateway, today: TODAY, onPlan: (plan) => plans.push(plan) }, jobContext(!write));
  return { plans, report };
}

describe.each([
  ['memory gateway', () => memoryHarness()],
  ['REST gateway against the fake EspoCRM', () => restHarness(server)],
])('retention plan on the %s', (_name, setup) => {
  it.each(EXPECTED_PLANS)('plans $id as $action under $ruleId', async (expected) => {
    const { plans } = await plansOf(setup());
    const plan = plans.find((p) => p.id === expected.id);
    expect(plan).toMatchObject(expected);
  });

  it('counts every action and leaves out the record a previous run anonymised', async () => {
    const { plans, report } = await plansOf(setup());
    expect(report.counts).toEqual({ keep: 4, repermission: 1, anonymise: 2, review: 1, hold: 1 });
    expect(report.alreadyAnonymised).toBe(1);
    expect(plans.map((p) => p.id)).not.toContain(IDS.anonymisedContact);
  });

  it('writes nothing in a dry run', async () => {
    const harness = setup();
    await plansOf(harness);
    expect(harness.writeCount()).toBe(0);
  });

  it('stores the plan in the retention fields, then sends nothing when run again', async () => {
    const harness = setup();
    const first = await plansOf(harness, true);
    expect(first.report.written).toBe(9);
    expect(await harness.record('Contact', IDS.financedCustomer)).toMatchObject({
      autoCibleRetentionAnchorDate: '2027-03-01', autoCibleRetentionAnchorSource: 'FINANCING_END',
      autoCibleRetentionDeadline: '2030-03-01', autoCibleRetentionStatus: 'KEEP',
    });
    const writes = harness.writeCount();
    const second = await plansOf(harness, true);
    expect(second.report.written).toBe(0);
    expect(harness.writeCount()).toBe(writes);
  });
});

describe('retention plan sources', () => {
  it('reads inbound emails, held inbound calls and held meetings from the typed list endpoints', async () => {
    const harness = restHarness(server);
    await plansOf(harness);
    const searches = harness.fake.requests.map((r) => `${r.method} ${r.path}${decodeURIComponent(r.search)}`);
    expect(searches.some((s) => s.startsWith('GET Email?') && s.includes('[attribute]=from&where[0][value]=lison.marchal@exemple.fr'))).toBe(true);
    expect(searches.some((s) => s.startsWith('GET Call?') && s.includes('[type]=linkedWith&where[0][attribute]=contacts')
      && s.includes('[attribute]=status&where[1][value]=Held') && s.includes('[attribute]=direction&where[2][value]=Inbound'))).toBe(true);
    expect(searches.some((s) => s.startsWith('GET Meeting?') && s.includes('[attribute]=status&where[1][value]=Held'))).toBe(true);
    expect(searches.some((s) => s.startsWith('GET Activities/'))).toBe(false);
  });

  it('stops with ActivityAccessError when the API user may not read calls', async () => {
    const acl = Object.fromEntries(Object.entries(JOB_USER.acl).filter(([scope]) => scope !== 'Call'));
    const harness = restHarness(server, { ...JOB_USER, acl });
    await expect(plansOf(harness)).rejects.toMatchObject({ code: 'ACTIVITY_ACCESS_DENIED', entityType: 'Call', status: 403 });
  });
});

describe('retention plan and the opportunities that list a contact', () => {
  it('keeps a contact whose recent sale lists it without making it the primary contact, and says it read that again', async () => {
    const harness = restHarness(server);
    harness.fake.seed('Opportunity', [{ id: '6d000000000000399', name: 'Vente VO flotte', stage: 'Closed Won', amount: 15000, closeDate: '2026-01-15', contactId: null }]);
    harness.fake.link('Opportunity', '6d000000000000399', 'contacts', [IDS.expiredProspect]);
    const { plans, report } = await plansOf(harness);
    expect(plans.find((p) => p.id === IDS.expiredProspect)).toMatchObject({ action: 'keep', category: 'customer', anchorDate: '2026-01-15' });
    expect(report.counts).toEqual({ keep: 5, repermission: 1, anonymise: 1, review: 1, hold: 1 });
    expect(report.confirmed).toBe(1);
  });

  it('reads the won opportunities again only for the contacts the index would not keep', async () => {
    const harness = restHarness(server);
    const { report } = await plansOf(harness);
    const listedLookups = harness.fake.requests.filter((r) => r.path === 'Opportunity' && decodeURIComponent(r.search).includes('[attribute]=contacts'));
    expect(report.confirmed).toBe(1);
    expect(listedLookups).toHaveLength(1);
    expect(decodeURIComponent(listedLookups[0]?.search ?? '')).toContain(IDS.expiredProspect);
  });
});
