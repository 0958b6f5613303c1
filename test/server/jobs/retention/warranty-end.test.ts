import { describe, expect, it } from 'vitest';
import type { RetentionPlan } from '../../../../src/core/retention';
import { MemoryGateway } from '../../../../src/server/espo';
import type { EspoGateway } from '../../../../src/server/espo';
import { runRetentionApply, runRetentionPlan } from '../../../../src/server/jobs/retention';
import { useMswServer } from '../../../msw/server';
import { jobContext } from './context';
import { restHarness } from './harness';

const server = useMswServer();

const TODAY = '2025-02-01';
// Review finding: a customer who bought in 2022, under manufacturer warranty until 2029, was planned for
// anonymisation three years after the purchase.
const customer = { id: '6d000000000000801', firstName: 'Gaston', lastName: 'Garantie', emailAddress: 'gaston.garantie@exemple.fr', createdAt: '2021-12-01 09:00:00', autoCibleLifecycleStage: 'CLIENT' };
const car = { id: '6d000000000000811', name: 'Renault Mégane', brand: 'RENAULT', model: 'Mégane', purchaseDate: '2022-01-10', warrantyEndDate: '2029-01-10', contactId: customer.id, accountId: null };
// A prospect whose car was bought elsewhere (targeting data): its warranty is no relationship with the dealership.
const prospect = { id: '6d000000000000802', firstName: 'Prune', lastName: 'Ailleurs', emailAddress: 'prune.ailleurs@exemple.fr', createdAt: '2021-12-01 09:00:00', autoCibleLifecycleStage: 'PROSPECT' };
const otherCar = { ...car, id: '6d000000000000812', name: 'Dacia Sandero', brand: 'DACIA', model: 'Sandero', contactId: prospect.id };

const KEPT = {
  category: 'customer', anchorDate: '2029-01-10', anchorSource: 'WARRANTY_END', anchorInput: 'vehicles.warrantyEndDate', anchorVehicleId: car.id,
  deadline: '2032-01-10', action: 'keep', ruleId: 'RET_CUSTOMER_ACTIVE',
};

function memoryGateway(): EspoGateway {
  return new MemoryGateway({ records: { Contact: [customer, prospect], AutoCibleVehicle: [car, otherCar] } });
}

function restGateway(): EspoGateway {
  const harness = restHarness(server);
  harness.fake.seed('Contact', [customer, prospect], { derive: true });
  harness.fake.seed('AutoCibleVehicle', [car, otherCar], { derive: true });
  return harness.gateway;
}

async function plansOf(gateway: EspoGateway): Promise<RetentionPlan[]> {
  const plans: RetentionPlan[] = [];
  await runRetentionPlan({ gateway, today: TODAY, onPlan: (plan) => plans.push(plan) }, jobContext(true));
  return plans;
}

describe.each([
  ['memory gateway', memoryGateway],
  ['REST gateway against the fake EspoCRM', restGateway],
])('a customer’s manufacturer warranty end on the %s', (_name, setup) => {
  it('keeps the customer until 3 years after the warranty end', async () => {
    const plans = await plansOf(setup());
    expect(plans.find((plan) => plan.id === customer.id)).toMatchObject(KEPT);
  });

  it('does not count for a prospect', async () => {
    const plans = await plansOf(setup());
    expect(plans.find((plan) => plan.id === prospect.id)).toMatchObject({
      category: 'prospect', anchorSource: 'COLLECTION', action: 'anonymise',
      ignoredDates: expect.arrayContaining([{ input: 'vehicles.warrantyEndDate', value: '2029-01-10', vehicleId: otherCar.id, reason: 'notForProspects' }]),
    });
  });

  it('is read again by apply, which does not anonymise the customer', async () => {
    const report = await runRetentionApply({ gateway: setup(), today: TODAY, hash: () => '', actor: { apiUserId: null, osUser: 't' }, runId: 'r' }, jobContext(true));
    const outcomes = new Map(report.results.map((result) => [result.id, result.outcome]));
    expect(outcomes.get(customer.id)).toBeUndefined();
    expect(outcomes.get(prospect.id)).toBe('wouldAnonymise');
  });
});

describe('retention plan --write on EspoCRM', () => {
  it('stores the warranty end as the clock start and its source', async () => {
    const harness = restHarness(server);
    harness.fake.seed('Contact', [customer], { derive: true });
    harness.fake.seed('AutoCibleVehicle', [car], { derive: true });
    await runRetentionPlan({ gateway: harness.gateway, today: TODAY }, jobContext(false));
    expect(await harness.record('Contact', customer.id)).toMatchObject({
      autoCibleRetentionAnchorDate: '2029-01-10', autoCibleRetentionAnchorSource: 'WARRANTY_END', autoCibleRetentionDeadline: '2032-01-10', autoCibleRetentionStatus: 'KEEP',
    });
  });
});
