import { describe, expect, it } from 'vitest';
import type { RetentionInput } from '../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY, parseRetentionInput, planRetention } from '../../../src/core/retention';

const TODAY = '2026-06-30';
const fleetManager = (extra: Partial<RetentionInput>): RetentionInput => ({ id: 'c1', entityType: 'Contact', createdAt: '2020-01-10', ...extra });

describe('the purchases of the company a contact works for (B2B)', () => {
  it('make a customer’s contact of them, on the company’s last purchase', () => {
    expect(planRetention(fleetManager({ accountWonOpportunities: ['2026-02-01'] }), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'customer', anchorDate: '2026-02-01', anchorSource: 'PURCHASE', anchorInput: 'accountWonOpportunities', deadline: '2029-02-01', action: 'keep',
    });
  });

  it('run with the company’s fleet: workshop visits make a customer, a running lease keeps the clock', () => {
    const input = fleetManager({ accountVehicles: [{ id: 'v1', lastWorkshopVisitAt: '2025-11-03', financingEndDate: '2027-09-30' }] });
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'customer', anchorDate: '2027-09-30', anchorSource: 'FINANCING_END', anchorInput: 'accountVehicles.financingEndDate', anchorVehicleId: 'v1', action: 'keep',
    });
  });

  it('do not make a customer of a fleet car bought or financed elsewhere', () => {
    const input = fleetManager({ accountVehicles: [{ id: 'v2', purchaseDate: '2025-09-01', financingEndDate: '2028-09-01' }] });
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({ category: 'prospect', anchorDate: '2020-01-10', action: 'anonymise' });
  });

  it('count a deal the company signed before its close date as a purchase made today', () => {
    expect(planRetention(fleetManager({ accountWonOpportunities: ['2026-09-01'] }), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'customer', anchorDate: TODAY, anchorInput: 'accountWonOpportunities',
    });
  });

  it('name the person’s own purchase when both fall on the same day', () => {
    expect(planRetention(fleetManager({ wonOpportunities: ['2026-02-01'], accountWonOpportunities: ['2026-02-01'] }), DEFAULT_RETENTION_POLICY, TODAY).anchorInput).toBe('wonOpportunities');
  });

  it('are read from an input file', () => {
    const input = parseRetentionInput({ id: 'c1', entityType: 'Contact', accountWonOpportunities: ['2026-02-01'], accountVehicles: [{ id: 'v1', lastWorkshopVisitAt: '2026-01-01' }] });
    expect(input.accountVehicles).toEqual([{ id: 'v1', lastWorkshopVisitAt: '2026-01-01' }]);
  });
});
