import { describe, expect, it } from 'vitest';
import type { RetentionInput, RetentionVehicle } from '../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY, parseRetentionInput, planRetention } from '../../../src/core/retention';

const TODAY = '2025-02-01';
const client = (vehicles: readonly RetentionVehicle[], extra: Partial<RetentionInput> = {}): RetentionInput => ({
  id: 'c-1', entityType: 'Contact', createdAt: '2021-12-01 09:00:00', lifecycleStage: 'CLIENT', vehicles, ...extra,
});
const plan = (input: RetentionInput, today = TODAY) => planRetention(input, DEFAULT_RETENTION_POLICY, today);

describe('the manufacturer warranty end of a customer’s vehicle', () => {
  // Review finding: the customer was planned for anonymisation from the purchase, while the warranty ran until 2029.
  it('anchors the clock: bought 2022-01-10, warranty to 2029-01-10, kept until 2032-01-10', () => {
    const input = client([{ id: 'v-1', purchaseDate: '2022-01-10', warrantyEndDate: '2029-01-10' }]);
    expect(plan(input)).toMatchObject({
      category: 'customer', anchorDate: '2029-01-10', anchorSource: 'WARRANTY_END', anchorInput: 'vehicles.warrantyEndDate', anchorVehicleId: 'v-1',
      deadline: '2032-01-10', action: 'keep', status: 'KEEP', ruleId: 'RET_CUSTOMER_ACTIVE', ignoredDates: [],
    });
    // Without it the purchase alone would have expired.
    expect(plan(client([{ id: 'v-1', purchaseDate: '2022-01-10' }]))).toMatchObject({ anchorSource: 'PURCHASE', deadline: '2025-01-10', action: 'anonymise' });
  });

  it('counts when it is ahead of today, for a customer by their won opportunity as well as by their stage', () => {
    const input: RetentionInput = {
      id: 'c-2', entityType: 'Contact', createdAt: '2019-01-01', lifecycleStage: 'PROSPECT', wonOpportunities: ['2020-03-01'],
      vehicles: [{ id: 'v-2', purchaseDate: '2020-03-01', warrantyEndDate: '2027-03-01' }],
    };
    expect(plan(input)).toMatchObject({ category: 'customer', anchorDate: '2027-03-01', anchorSource: 'WARRANTY_END', deadline: '2030-03-01', action: 'keep', ignoredDates: [] });
  });

  it('counts a fleet vehicle’s warranty end for the contact of a customer company', () => {
    const input: RetentionInput = {
      id: 'c-3', entityType: 'Contact', createdAt: '2019-01-01', lifecycleStage: 'PROSPECT', accountWonOpportunities: ['2020-06-01'],
      accountVehicles: [{ id: 'v-3', purchaseDate: '2020-06-01', warrantyEndDate: '2026-06-01' }],
    };
    expect(plan(input)).toMatchObject({
      category: 'customer', anchorDate: '2026-06-01', anchorSource: 'WARRANTY_END', anchorInput: 'accountVehicles.warrantyEndDate', deadline: '2029-06-01', action: 'keep',
    });
  });

  it.each([
    ['the warranty end', { purchaseDate: '2020-01-10', financingEndDate: '2024-01-10', warrantyEndDate: '2026-01-10' }, '2026-01-10', 'WARRANTY_END'],
    ['the financing end', { purchaseDate: '2020-01-10', financingEndDate: '2027-01-10', warrantyEndDate: '2026-01-10' }, '2027-01-10', 'FINANCING_END'],
    ['the purchase', { purchaseDate: '2024-01-10', financingEndDate: '2023-01-10', warrantyEndDate: '2023-06-10' }, '2024-01-10', 'PURCHASE'],
  ] as const)('takes the latest of purchase, warranty end and financing end: %s', (_name, vehicle, anchorDate, anchorSource) => {
    expect(plan(client([{ id: 'v-4', ...vehicle }]))).toMatchObject({ category: 'customer', anchorDate, anchorSource, action: 'keep' });
  });

  it('takes the latest across vehicles', () => {
    const input = client([{ id: 'v-5', purchaseDate: '2021-01-10', financingEndDate: '2025-01-10' }, { id: 'v-6', purchaseDate: '2019-05-01', warrantyEndDate: '2026-05-01' }]);
    expect(plan(input)).toMatchObject({ anchorDate: '2026-05-01', anchorSource: 'WARRANTY_END', anchorVehicleId: 'v-6' });
  });
});

describe('the warranty end of a non-customer’s vehicle', () => {
  // A prospect's vehicle may be targeting data about a car bought elsewhere: its warranty is no relationship with us.
  const prospect = (warrantyEndDate: string): RetentionInput => ({
    id: 'l-1', entityType: 'Contact', createdAt: '2021-12-01', lifecycleStage: 'PROSPECT',
    vehicles: [{ id: 'v-7', purchaseDate: '2021-06-01', warrantyEndDate }],
  });

  it.each(['2024-06-01', '2028-06-01'])('is ignored (%s), and the prospect anonymised from collection', (warrantyEndDate) => {
    expect(plan(prospect(warrantyEndDate))).toMatchObject({
      category: 'prospect', anchorDate: '2021-12-01', anchorSource: 'COLLECTION', deadline: '2024-12-01', action: 'anonymise',
      ignoredDates: expect.arrayContaining([{ input: 'vehicles.warrantyEndDate', value: warrantyEndDate, vehicleId: 'v-7', reason: 'notForProspects' }]),
    });
  });

  it('does not make a customer on its own', () => {
    expect(plan({ id: 'l-2', entityType: 'Lead', createdAt: '2024-01-01', vehicles: [{ warrantyEndDate: '2024-12-01' }] })).toMatchObject({ category: 'prospect', anchorSource: 'COLLECTION' });
  });
});

describe('the warranty end in a retention input file', () => {
  it('is read as a vehicle date', () => {
    const input = parseRetentionInput({ id: 'c-9', entityType: 'Contact', vehicles: [{ id: 'v-9', warrantyEndDate: '2029-01-10' }] });
    expect(input.vehicles).toEqual([{ id: 'v-9', warrantyEndDate: '2029-01-10' }]);
  });

  it('must be a string', () => {
    expect(() => parseRetentionInput({ id: 'c-9', entityType: 'Contact', accountVehicles: [{ warrantyEndDate: 20290110 }] })).toThrow(
      expect.objectContaining({ recordId: 'c-9', issues: [expect.objectContaining({ path: 'accountVehicles.0.warrantyEndDate' })] }),
    );
  });
});
