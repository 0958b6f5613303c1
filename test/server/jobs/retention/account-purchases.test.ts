import { describe, expect, it } from 'vitest';
import type { RetentionPlan } from '../../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY } from '../../../../src/core/retention';
import { MemoryGateway } from '../../../../src/server/espo';
import type { EspoRecord } from '../../../../src/server/espo';
import { PLAN_SELECT, indexedLookups, runRetentionApply, runRetentionPlan } from '../../../../src/server/jobs/retention';
import { dayOfIn } from '../../../../src/server/config/dealer-day';
import { currentAccountIds } from '../../../../src/server/jobs/retention/persons';
import { planPerson } from '../../../../src/server/jobs/retention/plan-person';
import { useMswServer } from '../../../msw/server';
import { jobContext } from './context';
import { restHarness } from './harness';

const server = useMswServer();
const TODAY = '2026-06-30';

// Two client companies: one buys its vans through won deals signed by its managing director, the other has its
// fleet serviced in our workshop. Their fleet managers never wrote to us themselves since 2020.
const accounts = [{ id: 'a1', name: 'Transports Martin' }, { id: 'a2', name: 'BTP Lemoine' }, { id: 'a3', name: 'Ailleurs SA' }];
const contacts = [
  { id: 'c1', lastName: 'Parc', createdAt: '2020-01-10 09:00:00', accountId: 'a1' },
  { id: 'c2', lastName: 'Atelier', createdAt: '2020-01-10 09:00:00', accountId: 'a2' },
  // Left Transports Martin: the link is marked inactive.
  { id: 'c3', lastName: 'Parti', createdAt: '2020-01-10 09:00:00', accountId: 'a1', accountIsInactive: true },
  // Linked to Transports Martin through the many-to-many only (a second company of hers).
  { id: 'c4', lastName: 'Second', createdAt: '2020-01-10 09:00:00', accountsIds: ['a1'], accountsColumns: { a1: { role: 'Gestionnaire de parc', isInactive: false } } },
  // Her company's only vehicle was bought elsewhere (a past purchase date is targeting data).
  { id: 'c5', lastName: 'Ailleurs', createdAt: '2020-01-10 09:00:00', accountId: 'a3' },
];
const opportunities = [{ id: 'o1', name: 'Trafic x4', stage: 'Closed Won', closeDate: '2026-02-01', accountId: 'a1', contactId: 'c9', amount: 120000 }];
const vehicles = [
  { id: 'v1', name: 'Master', accountId: 'a2', contactId: null, lastWorkshopVisitAt: '2026-05-04' },
  { id: 'v2', name: 'Kangoo', accountId: 'a3', contactId: null, purchaseDate: '2025-09-01' },
];

function gateway(): MemoryGateway {
  return new MemoryGateway({ records: { Account: accounts, Contact: contacts, Opportunity: opportunities, AutoCibleVehicle: vehicles } });
}

describe('currentAccountIds', () => {
  it('takes the primary company and the others, but not those the person left', () => {
    expect(currentAccountIds({ id: 'x', accountId: 'a1', accountIsInactive: false })).toEqual(['a1']);
    expect(currentAccountIds({ id: 'x', accountId: 'a1', accountIsInactive: true })).toEqual([]);
    expect(currentAccountIds({
      id: 'x', accountId: 'a1', accountIsInactive: false, accountsIds: ['a1', 'a2', 'a3'],
      accountsColumns: { a1: { isInactive: false }, a2: { isInactive: true }, a3: { role: null } },
    })).toEqual(['a1', 'a3']);
    expect(currentAccountIds({ id: 'x' })).toEqual([]);
  });
});

describe('a contact of a company that buys (B2B)', () => {
  async function planOf(id: string): Promise<RetentionPlan> {
    const memory = gateway();
    const lookups = await indexedLookups(memory);
    let listed: EspoRecord | undefined;
    for await (const record of memory.iterate('Contact', { select: PLAN_SELECT })) if (record.id === id) listed = record;
    const settings = { gateway: memory, policy: DEFAULT_RETENTION_POLICY, today: TODAY, dayOf: dayOfIn('Europe/Paris') };
    return (await planPerson(settings, 'Contact', listed ?? { id }, lookups)).plan;
  }

  it('is kept as a customer’s contact while the company buys', async () => {
    expect(await planOf('c1')).toMatchObject({ category: 'customer', anchorDate: '2026-02-01', anchorSource: 'PURCHASE', anchorInput: 'accountWonOpportunities', action: 'keep' });
  });

  it('is kept while the company’s fleet is serviced in the workshop', async () => {
    expect(await planOf('c2')).toMatchObject({
      category: 'customer', anchorDate: '2026-05-04', anchorSource: 'WORKSHOP_VISIT', anchorInput: 'accountVehicles.lastWorkshopVisitAt', anchorVehicleId: 'v1', action: 'keep',
    });
  });

  it('counts every current company of a whole record, not only the primary one', async () => {
    expect(await planOf('c4')).toMatchObject({ category: 'customer', anchorInput: 'accountWonOpportunities', action: 'keep' });
  });

  it('is a prospect again once they left the company', async () => {
    expect(await planOf('c3')).toMatchObject({ category: 'prospect', anchorDate: '2020-01-10', action: 'anonymise' });
  });

  it('is not made a customer by a fleet vehicle bought elsewhere', async () => {
    expect(await planOf('c5')).toMatchObject({
      category: 'prospect', action: 'anonymise', ignoredDates: [{ input: 'accountVehicles.purchaseDate', value: '2025-09-01', vehicleId: 'v2', reason: 'notForProspects' }],
    });
  });

  it('is not anonymised by apply, which reads the companies live', async () => {
    const report = await runRetentionApply({ gateway: gateway(), today: TODAY, hash: () => '', actor: { apiUserId: null, osUser: 't' }, runId: 'r' }, jobContext(true));
    const outcomes = Object.fromEntries(report.results.map((r) => [r.id, r.skipReason ?? r.outcome]));
    expect(outcomes).toEqual({ c1: 'notDue', c2: 'notDue', c3: 'wouldAnonymise', c4: 'notDue', c5: 'wouldAnonymise' });
  });

  it('is kept by the plan on EspoCRM, whose list returns each contact’s company', async () => {
    const harness = restHarness(server);
    harness.fake.seed('Account', [{ id: '6d00000000000a001', name: 'Transports Martin' }], { derive: true });
    harness.fake.seed('Contact', [{ id: '6d00000000000c001', lastName: 'Parc', createdAt: '2020-01-10 09:00:00', accountId: '6d00000000000a001' }], { derive: true });
    harness.fake.seed('Opportunity', [{ id: '6d00000000000e001', name: 'Trafic x4', stage: 'Closed Won', closeDate: '2026-02-01', accountId: '6d00000000000a001', amount: 120000 }], { derive: true });
    const plans: RetentionPlan[] = [];
    await runRetentionPlan({ gateway: harness.gateway, today: TODAY, onPlan: (plan) => plans.push(plan) }, jobContext(true));
    expect(plans.find((plan) => plan.id === '6d00000000000c001')).toMatchObject({ category: 'customer', anchorInput: 'accountWonOpportunities', action: 'keep' });
  });
});
