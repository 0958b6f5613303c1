import { describe, expect, it } from 'vitest';
import type { RetentionPlan } from '../../../../src/core/retention';
import { MemoryGateway } from '../../../../src/server/espo';
import { runRetentionApply, runRetentionPlan } from '../../../../src/server/jobs/retention';
import { jobContext } from './context';

const TODAY = '2026-06-30';
// A prospect since 2022 who signed an LOA this month: the won opportunity keeps EspoCRM's expected close date
// (delivery, mid-July), the vehicle is delivered then, financed until 2030 (review finding).
const contact = { id: 'c1', firstName: 'Noé', lastName: 'Client', createdAt: '2022-01-10 09:00:00', autoCibleLifecycleStage: 'PROSPECT', emailAddress: 'noe@exemple.fr' };
const opportunity = { id: 'o1', name: 'LOA 208', stage: 'Closed Won', closeDate: '2026-07-15', contactId: 'c1', amount: 30000 };
const vehicle = { id: 'v1', name: 'Peugeot 208', plate: 'GA123BC', brand: 'PEUGEOT', model: '208', purchaseDate: '2026-07-15', financingEndDate: '2030-07-15', contactId: 'c1', accountId: null };
// The same person, but the car is the only trace of the sale: ordered, delivered next month.
const ordered = { ...contact, id: 'c2', emailAddress: 'ordered@exemple.fr' };
const orderedCar = { ...vehicle, id: 'v2', plate: null, financingEndDate: null, contactId: 'c2' };

function gateway(): MemoryGateway {
  return new MemoryGateway({ records: { Contact: [contact, ordered], Opportunity: [opportunity], AutoCibleVehicle: [vehicle, orderedCar] } });
}

describe('a sale signed before its close or delivery date', () => {
  it('plans a customer whose contract runs, not an expired prospect', async () => {
    const plans: RetentionPlan[] = [];
    await runRetentionPlan({ gateway: gateway(), today: TODAY, onPlan: (plan) => plans.push(plan) }, jobContext(true));
    expect(plans.find((plan) => plan.id === 'c1')).toMatchObject({
      category: 'customer', anchorSource: 'FINANCING_END', anchorDate: '2030-07-15', deadline: '2033-07-15', action: 'keep', ignoredDates: [],
    });
    expect(plans.find((plan) => plan.id === 'c2')).toMatchObject({ category: 'customer', anchorInput: 'vehicles.purchaseDate', anchorDate: TODAY, action: 'keep' });
  });

  it('anonymises neither', async () => {
    const report = await runRetentionApply({ gateway: gateway(), today: TODAY, hash: () => '', actor: { apiUserId: null, osUser: 't' }, runId: 'r' }, jobContext(true));
    expect(report.counts.wouldAnonymise).toBe(0);
    expect(report.results).toEqual([]);
  });
});
