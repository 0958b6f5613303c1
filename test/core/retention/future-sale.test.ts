import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RetentionInput } from '../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY, MAX_MONTHS_AHEAD, RETENTION_SOURCES, planRetention, retentionDeadline } from '../../../src/core/retention';
import { isoDate, orderedDates } from '../catalogue/arbitraries';

const TODAY = '2026-06-30';
// A prospect since 2022 who signed an LOA this month: EspoCRM keeps the deal's expected close date (delivery in
// mid-July), the vehicle is delivered then and financed until 2030 (review finding: planned as an expired prospect).
const signed: RetentionInput = {
  id: 'c1', entityType: 'Contact', createdAt: '2022-01-10 09:00:00', lifecycleStage: 'PROSPECT',
  wonOpportunities: ['2026-07-15'],
  vehicles: [{ id: 'v1', purchaseDate: '2026-07-15', financingEndDate: '2030-07-15' }],
};

describe('a sale dated after today', () => {
  it('makes a customer whose contract runs: won deal with a later close date, car delivered next month, LOA to 2030', () => {
    expect(planRetention(signed, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'customer', anchorDate: '2030-07-15', anchorSource: 'FINANCING_END', anchorVehicleId: 'v1', deadline: '2033-07-15',
      action: 'keep', ruleId: 'RET_CUSTOMER_ACTIVE', ignoredDates: [],
    });
  });

  it('counts a won opportunity whose close date is ahead as a purchase made today', () => {
    const input: RetentionInput = { id: 'c2', entityType: 'Contact', createdAt: '2022-01-10', wonOpportunities: ['2026-07-15'] };
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'customer', anchorDate: TODAY, anchorSource: 'PURCHASE', anchorInput: 'wonOpportunities', deadline: '2029-06-30', action: 'keep', ignoredDates: [],
    });
  });

  it('counts from the close date itself once it has passed', () => {
    const input: RetentionInput = { id: 'c2', entityType: 'Contact', createdAt: '2022-01-10', wonOpportunities: ['2026-07-15'] };
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, '2026-08-01')).toMatchObject({ category: 'customer', anchorDate: '2026-07-15', deadline: '2029-07-15' });
  });

  it('makes a customer of a car sold and not yet delivered, counted as today', () => {
    const input: RetentionInput = { id: 'c3', entityType: 'Contact', createdAt: '2022-01-10', vehicles: [{ id: 'v3', purchaseDate: '2026-07-20' }] };
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'customer', anchorDate: TODAY, anchorSource: 'PURCHASE', anchorInput: 'vehicles.purchaseDate', anchorVehicleId: 'v3', action: 'keep',
    });
  });

  it('still leaves a car bought before today out of a prospect’s clock: it may have been bought elsewhere', () => {
    const input: RetentionInput = { id: 'l1', entityType: 'Lead', createdAt: '2022-01-10', vehicles: [{ id: 'v4', purchaseDate: '2026-06-01' }] };
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'prospect', anchorDate: '2022-01-10', action: 'anonymise',
      ignoredDates: [{ input: 'vehicles.purchaseDate', value: '2026-06-01', vehicleId: 'v4', reason: 'notForProspects' }],
    });
  });

  it('still ignores activity dated after today: a workshop visit or an e-mail cannot have happened yet', () => {
    const input: RetentionInput = { id: 'l2', entityType: 'Lead', createdAt: '2022-01-10', lastWorkshopVisitAt: '2026-07-01', inboundEmails: ['2026-07-02 10:00:00'] };
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'prospect', anchorDate: '2022-01-10', action: 'anonymise',
      ignoredDates: [
        { input: 'inboundEmails', value: '2026-07-02 10:00:00', reason: 'future' },
        { input: 'lastWorkshopVisitAt', value: '2026-07-01', reason: 'future' },
      ],
    });
  });

  it('never sets a deadline further than the policy’s duration from today, whatever sale date is ahead; too far ahead, a person reviews it', () => {
    fc.assert(
      fc.property(orderedDates, isoDate, fc.boolean(), ([today, saleDate], createdAt, onVehicle) => {
        const sale: Partial<RetentionInput> = onVehicle ? { vehicles: [{ purchaseDate: saleDate }] } : { wonOpportunities: [saleDate] };
        const plan = planRetention({ id: 'p', entityType: 'Contact', createdAt, ...sale }, DEFAULT_RETENTION_POLICY, today);
        if (saleDate > retentionDeadline(today, MAX_MONTHS_AHEAD.sale)) {
          expect(plan).toMatchObject({ action: 'review', ruleId: 'RET_IMPLAUSIBLE_DATE' });
          expect(plan.ignoredDates).toContainEqual(expect.objectContaining({ value: saleDate, reason: 'implausible' }));
        } else expect(plan.category).toBe('customer');
        expect(plan.deadline === null || plan.deadline <= retentionDeadline(today, DEFAULT_RETENTION_POLICY.customerMonths)).toBe(true);
      }),
    );
  });
});

describe('a sale or a contract end too far ahead to be true (a typo)', () => {
  // A prospect since 2022 whose deal was typed as closing in 2062 instead of 2026: before, they were kept as a
  // customer for as long as 2062 was ahead.
  const typo: RetentionInput = { id: 'c9', entityType: 'Contact', createdAt: '2022-01-10', wonOpportunities: ['2062-07-15'] };

  it('goes to a person: neither kept for decades nor erased on a guess', () => {
    expect(planRetention(typo, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      // Won all the same: a customer, whatever the date (category.ts); the person who corrects the date sees the rest.
      category: 'customer', anchorDate: '2022-01-10', deadline: '2025-01-10', action: 'review', status: 'REVIEW', ruleId: 'RET_IMPLAUSIBLE_DATE',
      legalSource: RETENTION_SOURCES.implausibleDate,
      ignoredDates: [{ input: 'wonOpportunities', value: '2062-07-15', reason: 'implausible' }],
    });
  });

  it('believes a sale up to 2 years ahead, not a day more', () => {
    const at = (day: string): RetentionInput => ({ id: 'c8', entityType: 'Contact', createdAt: '2022-01-10', vehicles: [{ id: 'v8', purchaseDate: day }] });
    expect(planRetention(at('2028-06-30'), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({ category: 'customer', anchorDate: TODAY, action: 'keep' });
    expect(planRetention(at('2028-07-01'), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      action: 'review', ruleId: 'RET_IMPLAUSIBLE_DATE', ignoredDates: [{ input: 'vehicles.purchaseDate', value: '2028-07-01', vehicleId: 'v8', reason: 'implausible' }],
    });
  });

  it('believes a customer’s financing end up to 10 years ahead, a warranty end up to 15, not a day more', () => {
    const financing = (day: string): RetentionInput => ({ id: 'c7', entityType: 'Contact', wonOpportunities: ['2025-03-01'], accountVehicles: [{ id: 'v7', financingEndDate: day }] });
    expect(planRetention(financing('2036-06-30'), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({ anchorDate: '2036-06-30', deadline: '2039-06-30', action: 'keep' });
    expect(planRetention(financing('2036-07-01'), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      anchorDate: '2025-03-01', action: 'review', ruleId: 'RET_IMPLAUSIBLE_DATE',
      ignoredDates: [{ input: 'accountVehicles.financingEndDate', value: '2036-07-01', vehicleId: 'v7', reason: 'implausible' }],
    });
    // A 10-year warranty of a car delivered next month (extended with each service at the brand's network).
    const warranty = (day: string): RetentionInput => ({ id: 'c7', entityType: 'Contact', wonOpportunities: ['2025-03-01'], accountVehicles: [{ id: 'v7', warrantyEndDate: day }] });
    expect(planRetention(warranty('2036-08-01'), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({ anchorDate: '2036-08-01', action: 'keep' });
    expect(planRetention(warranty('2041-06-30'), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({ anchorDate: '2041-06-30', action: 'keep' });
    expect(planRetention(warranty('2041-07-01'), DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      anchorDate: '2025-03-01', action: 'review', ruleId: 'RET_IMPLAUSIBLE_DATE',
      ignoredDates: [{ input: 'accountVehicles.warrantyEndDate', value: '2041-07-01', vehicleId: 'v7', reason: 'implausible' }],
    });
  });

  it('leaves a prospect’s far contract end out as before: it never counts, so it cannot extend anything', () => {
    const lead: RetentionInput = { id: 'l9', entityType: 'Lead', createdAt: '2022-01-10', vehicles: [{ id: 'v9', financingEndDate: '2099-01-01' }] };
    expect(planRetention(lead, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({
      category: 'prospect', action: 'anonymise', ruleId: 'RET_PROSPECT_EXPIRED',
      ignoredDates: [{ input: 'vehicles.financingEndDate', value: '2099-01-01', vehicleId: 'v9', reason: 'notForProspects' }],
    });
  });

  it('still holds a record under legal hold', () => {
    expect(planRetention({ ...typo, legalHold: true }, DEFAULT_RETENTION_POLICY, TODAY)).toMatchObject({ action: 'hold', ruleId: 'RET_LEGAL_HOLD' });
  });
});
