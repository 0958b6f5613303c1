import { describe, expect, it } from 'vitest';
import { OPERATOR_NAMES } from '../../../src/core/scoring';
import type { Condition, FactValue, OperatorName } from '../../../src/core/scoring';
import { holds } from './helpers';

const leaf = (fact: string, operator: OperatorName, value?: unknown): Condition =>
  (value === undefined ? { fact, operator } : { fact, operator, value }) as Condition;

type Case = readonly [string, Condition, Record<string, FactValue>, boolean];

// 2024-03-15 is "today" in every case unless stated; 2024 is a leap year.
const comparisons: readonly Case[] = [
  ['equals holds for the same code', leaf('fleetBand', 'equals', 'F5_9'), { fleetBand: 'F5_9' }, true],
  ['equals fails for another code', leaf('fleetBand', 'equals', 'F5_9'), { fleetBand: 'F2_4' }, false],
  ['equals compares booleans', leaf('siretValid', 'equals', false), { siretValid: false }, true],
  ['equals compares a date with the day given in the model', leaf('lastPurchaseDate', 'equals', '2024-02-29'), { lastPurchaseDate: '2024-02-29' }, true],
  ['notEquals holds for another value', leaf('fleetBand', 'notEquals', 'F5_9'), { fleetBand: 'F2_4' }, true],
  ['notEquals fails for the same value', leaf('fleetBand', 'notEquals', 'F5_9'), { fleetBand: 'F5_9' }, false],
  ['in holds for a listed value', leaf('nafDivision', 'in', [41, 43]), { nafDivision: 43 }, true],
  ['in fails for an unlisted value', leaf('nafDivision', 'in', [41, 43]), { nafDivision: 42 }, false],
  ['notIn holds for an unlisted value', leaf('autoCibleCompanyType', 'notIn', ['GE']), { autoCibleCompanyType: 'PME' }, true],
  ['notIn fails for a listed value', leaf('autoCibleCompanyType', 'notIn', ['GE']), { autoCibleCompanyType: 'GE' }, false],
  ['greaterThan fails at the bound', leaf('fleetSize', 'greaterThan', 10), { fleetSize: 10 }, false],
  ['greaterThan holds just above the bound', leaf('fleetSize', 'greaterThan', 10), { fleetSize: 10.5 }, true],
  ['greaterThanOrEquals holds at the bound', leaf('fleetSize', 'greaterThanOrEquals', 10), { fleetSize: 10 }, true],
  ['greaterThanOrEquals fails just below the bound', leaf('fleetSize', 'greaterThanOrEquals', 10), { fleetSize: 9 }, false],
  ['lessThan fails at the bound', leaf('fleetSize', 'lessThan', 10), { fleetSize: 10 }, false],
  ['lessThan holds just below the bound', leaf('fleetSize', 'lessThan', 10), { fleetSize: 9 }, true],
  ['lessThanOrEquals holds at the bound', leaf('fleetSize', 'lessThanOrEquals', 10), { fleetSize: 10 }, true],
  ['lessThanOrEquals fails just above the bound', leaf('fleetSize', 'lessThanOrEquals', 10), { fleetSize: 11 }, false],
  ['greaterThan compares dates by day', leaf('lastPurchaseDate', 'greaterThan', '2024-02-28'), { lastPurchaseDate: '2024-02-29' }, true],
  ['between holds at its lower end', leaf('maxVehicleMileage', 'between', [100_000, 149_999]), { maxVehicleMileage: 100_000 }, true],
  ['between holds at its upper end', leaf('maxVehicleMileage', 'between', [100_000, 149_999]), { maxVehicleMileage: 149_999 }, true],
  ['between fails below its lower end', leaf('maxVehicleMileage', 'between', [100_000, 149_999]), { maxVehicleMileage: 99_999 }, false],
  ['between fails above its upper end', leaf('maxVehicleMileage', 'between', [100_000, 149_999]), { maxVehicleMileage: 150_000 }, false],
  ['isEmpty holds for an absent fact', leaf('autoCibleSiret', 'isEmpty'), {}, true],
  ['isEmpty fails for a present fact', leaf('autoCibleSiret', 'isEmpty'), { autoCibleSiret: '73282932000074' }, false],
  ['isNotEmpty holds for a present fact', leaf('autoCibleSiret', 'isNotEmpty'), { autoCibleSiret: '73282932000074' }, true],
  ['isNotEmpty fails for an absent fact', leaf('autoCibleSiret', 'isNotEmpty'), {}, false],
  ['contains holds when the list holds the code', leaf('contactRoles', 'contains', 'DAF'), { contactRoles: ['RH', 'DAF'] }, true],
  ['contains fails when the list lacks the code', leaf('contactRoles', 'contains', 'DAF'), { contactRoles: ['RH'] }, false],
  ['contains with a list holds for any one of its codes', leaf('contactRoles', 'contains', ['DAF', 'RH']), { contactRoles: ['RH'] }, true],
];

const dateWindows: readonly Case[] = [
  ['withinNextDays holds today', leaf('nextCtDueDate', 'withinNextDays', 60), { nextCtDueDate: '2024-03-15' }, true],
  ['withinNextDays holds exactly N days ahead', leaf('nextCtDueDate', 'withinNextDays', 60), { nextCtDueDate: '2024-05-14' }, true],
  ['withinNextDays fails N + 1 days ahead', leaf('nextCtDueDate', 'withinNextDays', 60), { nextCtDueDate: '2024-05-15' }, false],
  ['withinNextDays fails for a past date', leaf('nextCtDueDate', 'withinNextDays', 60), { nextCtDueDate: '2024-03-14' }, false],
  ['withinNextMonths holds on the same day N months ahead', leaf('nextLeaseEndDate', 'withinNextMonths', 6), { nextLeaseEndDate: '2024-09-15' }, true],
  ['withinNextMonths fails the day after', leaf('nextLeaseEndDate', 'withinNextMonths', 6), { nextLeaseEndDate: '2024-09-16' }, false],
  ['withinLastDays holds exactly N days ago', leaf('lastInboundContactDate', 'withinLastDays', 30), { lastInboundContactDate: '2024-02-14' }, true],
  ['withinLastDays fails N + 1 days ago', leaf('lastInboundContactDate', 'withinLastDays', 30), { lastInboundContactDate: '2024-02-13' }, false],
  ['withinLastDays fails for a future date', leaf('lastInboundContactDate', 'withinLastDays', 30), { lastInboundContactDate: '2024-03-16' }, false],
  ['withinLastMonths holds exactly N months ago', leaf('lastWorkshopVisitDate', 'withinLastMonths', 12), { lastWorkshopVisitDate: '2023-03-15' }, true],
  ['withinLastMonths fails the day before', leaf('lastWorkshopVisitDate', 'withinLastMonths', 12), { lastWorkshopVisitDate: '2023-03-14' }, false],
  ['olderThanDays holds exactly N days ago', leaf('lastWorkshopVisitDate', 'olderThanDays', 30), { lastWorkshopVisitDate: '2024-02-14' }, true],
  ['olderThanDays fails N - 1 days ago', leaf('lastWorkshopVisitDate', 'olderThanDays', 30), { lastWorkshopVisitDate: '2024-02-15' }, false],
  ['olderThanMonths holds on the same day N months ago', leaf('lastWorkshopVisitDate', 'olderThanMonths', 24), { lastWorkshopVisitDate: '2022-03-15' }, true],
  ['olderThanMonths fails the day after', leaf('lastWorkshopVisitDate', 'olderThanMonths', 24), { lastWorkshopVisitDate: '2022-03-16' }, false],
  ['olderThanYears holds on the MEC anniversary', leaf('oldestVehicleMecDate', 'olderThanYears', 4), { oldestVehicleMecDate: '2020-03-15' }, true],
  ['olderThanYears fails the day before the anniversary', leaf('oldestVehicleMecDate', 'olderThanYears', 4), { oldestVehicleMecDate: '2020-03-16' }, false],
];

// Month ends and 29 February follow the catalogue's monthsBetween: a month is complete on the same
// day, or on the last day of a month that has no such day.
const leapYears: readonly (readonly [string, Condition, Record<string, FactValue>, string, boolean])[] = [
  ['a 29 February MEC is 4 years old on 28 February of a common year', leaf('oldestVehicleMecDate', 'olderThanYears', 4), { oldestVehicleMecDate: '2020-02-29' }, '2024-02-28', false],
  ['a 29 February MEC is 4 years old on 29 February 2024', leaf('oldestVehicleMecDate', 'olderThanYears', 4), { oldestVehicleMecDate: '2020-02-29' }, '2024-02-29', true],
  ['a 29 February MEC is 1 year old on 28 February 2025', leaf('oldestVehicleMecDate', 'olderThanYears', 1), { oldestVehicleMecDate: '2024-02-29' }, '2025-02-28', true],
  ['31 January is one month before 29 February 2024', leaf('lastWorkshopVisitDate', 'olderThanMonths', 1), { lastWorkshopVisitDate: '2024-01-31' }, '2024-02-29', true],
  ['six months after 31 August is the last day of February', leaf('nextLeaseEndDate', 'withinNextMonths', 6), { nextLeaseEndDate: '2024-02-29' }, '2023-08-31', true],
  ['the day after that is outside the window', leaf('nextLeaseEndDate', 'withinNextMonths', 6), { nextLeaseEndDate: '2024-03-01' }, '2023-08-31', false],
  ['withinNextDays counts 29 February', leaf('nextCtDueDate', 'withinNextDays', 1), { nextCtDueDate: '2024-02-29' }, '2024-02-28', true],
  ['withinNextDays does not skip 29 February', leaf('nextCtDueDate', 'withinNextDays', 1), { nextCtDueDate: '2024-03-01' }, '2024-02-28', false],
];

describe('condition operators', () => {
  it.each(comparisons)('%s', (_name, when, facts, expected) => {
    expect(holds(when, facts)).toBe(expected);
  });

  it.each(dateWindows)('%s', (_name, when, facts, expected) => {
    expect(holds(when, facts)).toBe(expected);
  });

  it.each(leapYears)('%s', (_name, when, facts, today, expected) => {
    expect(holds(when, facts, today)).toBe(expected);
  });

  it.each(OPERATOR_NAMES.filter((op) => op !== 'isEmpty'))('an absent fact never satisfies %s', (operator) => {
    const samples: Record<string, [string, unknown]> = {
      in: ['nafDivision', [41]], notIn: ['nafDivision', [41]], contains: ['contactRoles', 'DAF'],
      between: ['fleetSize', [1, 5]], isNotEmpty: ['fleetSize', undefined],
    };
    const dateOperator = operator.startsWith('within') || operator.startsWith('olderThan');
    const [fact, value] = samples[operator] ?? (dateOperator ? ['nextCtDueDate', 3] : ['fleetSize', 3]);
    expect(holds(leaf(fact, operator, value), {})).toBe(false);
  });

  it('combines conditions with all, any and not', () => {
    const when: Condition = {
      all: [
        { fact: 'fleetSize', operator: 'greaterThanOrEquals', value: 10 },
        { any: [{ fact: 'nafDivision', operator: 'equals', value: 49 }, { not: { fact: 'autoCibleSiret', operator: 'isNotEmpty' } }] },
      ],
    };
    expect(holds(when, { fleetSize: 12, nafDivision: 49, autoCibleSiret: 'x' })).toBe(true);
    expect(holds(when, { fleetSize: 12, nafDivision: 41 })).toBe(true);
    expect(holds(when, { fleetSize: 12, nafDivision: 41, autoCibleSiret: 'x' })).toBe(false);
    expect(holds(when, { fleetSize: 9, nafDivision: 49 })).toBe(false);
  });

  it('not inverts a comparison on an absent fact, so it holds', () => {
    expect(holds({ not: { fact: 'fleetSize', operator: 'greaterThan', value: 3 } }, {})).toBe(true);
  });
});
