import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RetentionInput } from '../../../src/core/retention';
import { DEFAULT_RETENTION_POLICY, MAX_MONTHS_AHEAD, calendarDay, planRetention, retentionDeadline } from '../../../src/core/retention';
import { isoDate } from '../catalogue/arbitraries';

/** A date, sometimes unreadable. */
const dateText = fc.oneof({ weight: 6, arbitrary: isoDate }, { weight: 1, arbitrary: fc.constantFrom('', 'n/a', '2023-02-30', '31/12/2020') });
const dateList = fc.array(dateText, { maxLength: 3 });
const vehicleList = fc.array(
  fc.record({
    purchaseDate: fc.option(dateText, { nil: null }),
    financingEndDate: fc.option(dateText, { nil: null }),
    warrantyEndDate: fc.option(dateText, { nil: null }),
    lastWorkshopVisitAt: fc.option(dateText, { nil: null }),
  }),
  { maxLength: 2 },
);
const SALES: readonly (string | null)[] = ['wonOpportunities', 'vehicles.purchaseDate', 'accountWonOpportunities', 'accountVehicles.purchaseDate'];

const retentionInput: fc.Arbitrary<RetentionInput> = fc.record({
  id: fc.constant('r-1'),
  entityType: fc.constantFrom('Contact', 'Lead', 'Account'),
  createdAt: fc.option(dateText, { nil: undefined }),
  lifecycleStage: fc.option(fc.constantFrom('SUSPECT', 'PROSPECT', 'CLIENT', 'ANCIEN_CLIENT'), { nil: null }),
  legalHold: fc.option(fc.boolean(), { nil: undefined }),
  lastInboundContactAt: fc.option(dateText, { nil: null }),
  lastWorkshopVisitAt: fc.option(dateText, { nil: undefined }),
  inboundEmails: dateList,
  heldInboundCalls: dateList,
  heldMeetings: dateList,
  wonOpportunities: dateList,
  vehicles: vehicleList,
  accountWonOpportunities: dateList,
  accountVehicles: vehicleList,
});

describe('planRetention invariants', () => {
  it('never plans anonymisation under legal hold', () => {
    fc.assert(
      fc.property(retentionInput, isoDate, (input, today) => {
        expect(planRetention({ ...input, legalHold: true }, DEFAULT_RETENTION_POLICY, today).action).toBe('hold');
      }),
    );
  });

  it('never plans anonymisation for a record without a usable date', () => {
    fc.assert(
      fc.property(retentionInput, isoDate, (input, today) => {
        const plan = planRetention(input, DEFAULT_RETENTION_POLICY, today);
        if (plan.anchorDate === null) expect(plan.action).not.toBe('anonymise');
        if (plan.action === 'anonymise') expect(plan.deadline !== null && plan.deadline <= today).toBe(true);
      }),
    );
  });

  it('never anchors on a date after today, except a customer’s financing or warranty end', () => {
    fc.assert(
      fc.property(retentionInput, isoDate, (input, today) => {
        const plan = planRetention(input, DEFAULT_RETENTION_POLICY, today);
        if (plan.anchorDate !== null && plan.anchorDate > today) {
          expect(plan.category).toBe('customer');
          expect(plan.action).toBe(input.legalHold === true ? 'hold' : plan.ruleId === 'RET_IMPLAUSIBLE_DATE' ? 'review' : 'keep');
          expect(['FINANCING_END', 'WARRANTY_END']).toContain(plan.anchorSource);
          const months = plan.anchorSource === 'WARRANTY_END' ? MAX_MONTHS_AHEAD.warrantyEnd : MAX_MONTHS_AHEAD.financingEnd;
          expect(plan.anchorDate <= retentionDeadline(today, months)).toBe(true);
        }
      }),
    );
  });

  it('never gives an earlier deadline when a later inbound contact is added', () => {
    fc.assert(
      fc.property(retentionInput, isoDate, isoDate, (input, contact, today) => {
        const before = planRetention(input, DEFAULT_RETENTION_POLICY, today);
        const after = planRetention({ ...input, inboundEmails: [...(input.inboundEmails ?? []), contact] }, DEFAULT_RETENTION_POLICY, today);
        if (before.deadline !== null && after.category === before.category) {
          expect(after.deadline !== null && after.deadline >= before.deadline).toBe(true);
        }
      }),
    );
  });

  it('uses only dates the input holds, or today for a sale dated after it (signed, not yet delivered)', () => {
    fc.assert(
      fc.property(retentionInput, isoDate, (input, today) => {
        const plan = planRetention(input, DEFAULT_RETENTION_POLICY, today);
        if (plan.anchorDate === null) return;
        if (plan.anchorDate === today && SALES.includes(plan.anchorInput)) return;
        const all = [
          input.createdAt,
          input.lastInboundContactAt,
          input.lastWorkshopVisitAt,
          ...(input.inboundEmails ?? []),
          ...(input.heldInboundCalls ?? []),
          ...(input.heldMeetings ?? []),
          ...(input.wonOpportunities ?? []),
          ...(input.accountWonOpportunities ?? []),
          ...[...(input.vehicles ?? []), ...(input.accountVehicles ?? [])].flatMap((v) => [v.purchaseDate, v.financingEndDate, v.warrantyEndDate, v.lastWorkshopVisitAt]),
        ];
        expect(all.map((d) => (typeof d === 'string' ? calendarDay(d) : undefined))).toContain(plan.anchorDate);
      }),
    );
  });
});
