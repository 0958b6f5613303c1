import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../../../src/core/errors';
import type { RetentionAction, RetentionInput, RetentionRuleId } from '../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY, RETENTION_SOURCES, planRetention } from '../../../src/core/retention';

const prospect = (extra: Partial<RetentionInput> = {}): RetentionInput => ({ id: 'l-1', entityType: 'Lead', createdAt: '2022-05-10', ...extra });
const customer = (extra: Partial<RetentionInput> = {}): RetentionInput => ({
  id: 'c-1',
  entityType: 'Contact',
  createdAt: '2015-01-01',
  lifecycleStage: 'CLIENT',
  wonOpportunities: ['2021-09-15'],
  ...extra,
});

interface Row {
  readonly name: string;
  readonly input: RetentionInput;
  readonly today: string;
  readonly action: RetentionAction;
  readonly ruleId: RetentionRuleId;
  readonly deadline: string | null;
}

// Prospect created 2022-05-10: deadline 2025-05-10, re-permission from 2025-04-10.
// Customer who bought on 2021-09-15: deadline 2024-09-15, re-permission from 2024-08-16.
const ROWS: readonly Row[] = [
  { name: 'a prospect the day before the re-permission window', input: prospect(), today: '2025-04-09', action: 'keep', ruleId: 'RET_PROSPECT_ACTIVE', deadline: '2025-05-10' },
  { name: 'a prospect on the first day of the re-permission window (T−30)', input: prospect(), today: '2025-04-10', action: 'repermission', ruleId: 'RET_PROSPECT_REPERMISSION', deadline: '2025-05-10' },
  { name: 'a prospect the day before the deadline', input: prospect(), today: '2025-05-09', action: 'repermission', ruleId: 'RET_PROSPECT_REPERMISSION', deadline: '2025-05-10' },
  { name: 'a prospect on the deadline day', input: prospect(), today: '2025-05-10', action: 'anonymise', ruleId: 'RET_PROSPECT_EXPIRED', deadline: '2025-05-10' },
  { name: 'a prospect long after the deadline', input: prospect(), today: '2030-01-01', action: 'anonymise', ruleId: 'RET_PROSPECT_EXPIRED', deadline: '2025-05-10' },
  { name: 'a customer the day before the re-permission window', input: customer(), today: '2024-08-15', action: 'keep', ruleId: 'RET_CUSTOMER_ACTIVE', deadline: '2024-09-15' },
  { name: 'a customer on the first day of the re-permission window', input: customer(), today: '2024-08-16', action: 'repermission', ruleId: 'RET_CUSTOMER_REPERMISSION', deadline: '2024-09-15' },
  { name: 'a customer the day before the deadline', input: customer(), today: '2024-09-14', action: 'repermission', ruleId: 'RET_CUSTOMER_REPERMISSION', deadline: '2024-09-15' },
  { name: 'a customer on the deadline day', input: customer(), today: '2024-09-15', action: 'anonymise', ruleId: 'RET_CUSTOMER_EXPIRED', deadline: '2024-09-15' },
  { name: 'a prospect under legal hold on the deadline day', input: prospect({ legalHold: true }), today: '2025-05-10', action: 'hold', ruleId: 'RET_LEGAL_HOLD', deadline: '2025-05-10' },
  { name: 'a prospect under legal hold in the re-permission window', input: prospect({ legalHold: true }), today: '2025-04-10', action: 'hold', ruleId: 'RET_LEGAL_HOLD', deadline: '2025-05-10' },
  { name: 'a prospect whose hold was lifted, on the deadline day', input: prospect({ legalHold: false }), today: '2025-05-10', action: 'anonymise', ruleId: 'RET_PROSPECT_EXPIRED', deadline: '2025-05-10' },
  { name: 'a record under legal hold without any date', input: { id: 'x', entityType: 'Contact', legalHold: true }, today: '2025-05-10', action: 'hold', ruleId: 'RET_LEGAL_HOLD', deadline: null },
  { name: 'a record without any date', input: { id: 'x', entityType: 'Contact' }, today: '2040-01-01', action: 'review', ruleId: 'RET_NO_USABLE_DATE', deadline: null },
  { name: 'a record whose only dates are unreadable', input: { id: 'x', entityType: 'Lead', createdAt: '10/05/2020', inboundEmails: ['hier'] }, today: '2040-01-01', action: 'review', ruleId: 'RET_NO_USABLE_DATE', deadline: null },
  { name: 'a record whose only date is in the future', input: { id: 'x', entityType: 'Lead', createdAt: '2031-01-01' }, today: '2030-01-01', action: 'review', ruleId: 'RET_NO_USABLE_DATE', deadline: null },
  { name: 'a prospect with only vehicle dates (a car bought elsewhere)', input: { id: 'x', entityType: 'Lead', vehicles: [{ purchaseDate: '2020-01-01' }] }, today: '2040-01-01', action: 'review', ruleId: 'RET_NO_USABLE_DATE', deadline: null },
];

describe('planRetention', () => {
  for (const row of ROWS) {
    it(`${row.name}: ${row.action}`, () => {
      expect(planRetention(row.input, DEFAULT_RETENTION_POLICY, row.today)).toMatchObject({
        id: row.input.id,
        entityType: row.input.entityType,
        action: row.action,
        status: row.action.toUpperCase(),
        ruleId: row.ruleId,
        deadline: row.deadline,
      });
    });
  }

  it('says where the anchor of each inbound source came from, the latest one winning', () => {
    const sources = [
      ['lastInboundContactAt', { lastInboundContactAt: '2023-01-05' }],
      ['inboundEmails', { inboundEmails: ['2022-06-01', '2023-01-05'] }],
      ['heldInboundCalls', { heldInboundCalls: ['2023-01-05 09:15:00'] }],
      ['heldMeetings', { heldMeetings: ['2023-01-05'] }],
    ] as const;
    for (const [input, extra] of sources) {
      expect(planRetention(prospect(extra), DEFAULT_RETENTION_POLICY, '2024-01-01'), input).toMatchObject({
        category: 'prospect',
        anchorDate: '2023-01-05',
        anchorSource: 'INBOUND_CONTACT',
        anchorInput: input,
        deadline: '2026-01-05',
        action: 'keep',
      });
    }
  });

  it('anchors a prospect without contact on the collection date, with the CNIL prospect rule', () => {
    expect(planRetention(prospect({ createdAt: '2022-05-10 16:20:00' }), DEFAULT_RETENTION_POLICY, '2023-01-01')).toMatchObject({
      anchorDate: '2022-05-10',
      anchorSource: 'COLLECTION',
      anchorInput: 'createdAt',
      repermissionFrom: '2025-04-10',
      legalSource: RETENTION_SOURCES.prospect,
    });
  });

  it('keeps a customer whose financing runs into the future until 3 years after its end', () => {
    const input = customer({ vehicles: [{ id: 'v-7', financingEndDate: '2027-03-31', lastWorkshopVisitAt: '2024-02-02' }] });
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, '2025-01-01')).toMatchObject({
      category: 'customer',
      anchorDate: '2027-03-31',
      anchorSource: 'FINANCING_END',
      anchorInput: 'vehicles.financingEndDate',
      anchorVehicleId: 'v-7',
      deadline: '2030-03-31',
      action: 'keep',
      legalSource: RETENTION_SOURCES.customer,
    });
  });

  it('takes the latest of purchase, financing end and workshop visit for a customer', () => {
    const input = customer({ lastWorkshopVisitAt: '2023-11-20', vehicles: [{ purchaseDate: '2019-04-01', financingEndDate: '2023-04-01' }] });
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, '2025-01-01')).toMatchObject({ anchorDate: '2023-11-20', anchorSource: 'WORKSHOP_VISIT' });
  });

  it('treats a lead with a won opportunity as a customer whatever its stage', () => {
    const input = prospect({ lifecycleStage: 'PROSPECT', wonOpportunities: ['2023-02-01'], vehicles: [{ purchaseDate: '2023-02-03' }] });
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, '2024-01-01')).toMatchObject({ category: 'customer', anchorDate: '2023-02-03', anchorSource: 'PURCHASE' });
  });

  it('treats a person with an invoiced workshop visit as a customer', () => {
    const input = prospect({ vehicles: [{ lastWorkshopVisitAt: '2023-06-01' }] });
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, '2024-01-01')).toMatchObject({ category: 'customer', anchorSource: 'WORKSHOP_VISIT' });
  });

  it('ignores a prospect’s vehicle dates and future activity, and says so', () => {
    const input = prospect({ inboundEmails: ['2099-01-01', 'garbage'], vehicles: [{ id: 'v-1', purchaseDate: '2024-01-01', financingEndDate: '2027-01-01' }] });
    const plan = planRetention(input, DEFAULT_RETENTION_POLICY, '2024-06-01');
    expect(plan).toMatchObject({ category: 'prospect', anchorDate: '2022-05-10', anchorSource: 'COLLECTION' });
    expect(plan.ignoredDates).toEqual(
      expect.arrayContaining([
        { input: 'inboundEmails', value: '2099-01-01', reason: 'future' },
        { input: 'inboundEmails', value: 'garbage', reason: 'invalid' },
        { input: 'vehicles.purchaseDate', value: '2024-01-01', vehicleId: 'v-1', reason: 'notForProspects' },
        { input: 'vehicles.financingEndDate', value: '2027-01-01', vehicleId: 'v-1', reason: 'notForProspects' },
      ]),
    );
    expect(plan.ignoredDates).toHaveLength(4);
  });

  it('names the most specific source when two dates fall on the same day', () => {
    const input = customer({ wonOpportunities: ['2023-03-03'], lastInboundContactAt: '2023-03-03' });
    expect(planRetention(input, DEFAULT_RETENTION_POLICY, '2024-01-01').anchorSource).toBe('PURCHASE');
  });

  it('applies the configured durations and window', () => {
    const policy = { prospectMonths: 24, customerMonths: 60, repermissionDays: 10 };
    expect(planRetention(prospect(), policy, '2024-04-30')).toMatchObject({ deadline: '2024-05-10', repermissionFrom: '2024-04-30', action: 'repermission' });
    expect(planRetention(customer(), policy, '2024-04-30')).toMatchObject({ deadline: '2026-09-15', action: 'keep' });
  });

  it('ends a 29 February anchor on 28 February', () => {
    expect(planRetention(prospect({ createdAt: '2024-02-29' }), DEFAULT_RETENTION_POLICY, '2027-02-27')).toMatchObject({ deadline: '2027-02-28', action: 'repermission' });
    expect(planRetention(prospect({ createdAt: '2024-02-29' }), DEFAULT_RETENTION_POLICY, '2027-02-28')).toMatchObject({ action: 'anonymise' });
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => planRetention(prospect(), DEFAULT_RETENTION_POLICY, 'today')).toThrow(DomainInputError);
  });
});
