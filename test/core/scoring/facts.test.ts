import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, monthsBetween, nextControleTechniqueDue, vehicleAgeMonths } from '../../../src/core/catalogue';
import { buildFacts, describeFacts, FactInputError, FACT_NAMES, factValue, getFactDef, parseDay } from '../../../src/core/scoring';
import type { FactInput } from '../../../src/core/scoring';

const TODAY = '2025-03-15';

function facts(input: Partial<FactInput> & Pick<FactInput, 'entityType'>, today = TODAY): Record<string, unknown> {
  return describeFacts(buildFacts({ record: {}, vehicles: [], ...input }, today));
}

const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('buildFacts', () => {
  it('gives each record its own fact vector, one slot per fact', () => {
    const first = buildFacts({ entityType: 'Contact', record: { autoCibleLifecycleStage: 'CLIENT' }, vehicles: [] }, TODAY);
    const second = buildFacts({ entityType: 'Contact', record: {}, vehicles: [] }, TODAY);
    expect(first).toHaveLength(FACT_NAMES.length);
    expect(factValue(first, 'autoCibleLifecycleStage')).toBe('CLIENT');
    expect(factValue(second, 'autoCibleLifecycleStage')).toBeNull();
  });

  it('leaves every fact absent for an empty record, except the vehicle count', () => {
    expect(facts({ entityType: 'Contact' })).toEqual({ vehicleCount: 0 });
  });

  it('derives vehicle ages, contrôle technique, financing ends and the VUL share from the vehicles', () => {
    const derived = facts({
      entityType: 'Account',
      vehicles: [
        { id: 'v1', mecDate: '2020-01-10', category: 'VUL', financingMode: 'LLD', financingEndDate: '2025-05-20', mileage: 130_000 },
        { id: 'v2', mecDate: '2022-06-10', genre: 'VP', financingMode: 'CREDIT_AFFECTE', financingEndDate: '2026-01-31' },
        { id: 'v3', financingMode: 'LOA', financingEndDate: '2024-12-31' },
      ],
    });
    expect(derived).toMatchObject({
      vehicleCount: 3,
      vehicleCategories: ['VP', 'VUL'],
      vehicleFinancingModes: ['CREDIT_AFFECTE', 'LOA', 'LLD'],
      oldestVehicleMecDate: '2020-01-10',
      newestVehicleMecDate: '2022-06-10',
      oldestVehicleAgeMonths: 62,
      newestVehicleAgeMonths: 33,
      averageVehicleAgeMonths: 47.5,
      maxVehicleMileage: 130_000,
      vehiclesDueForRenewal: 1,
      renewalDueSharePercent: 50,
      nextCtDueDate: '2026-01-10',
      daysToNextCt: 301,
      nextFinancingEndDate: '2025-05-20',
      monthsToFinancingEnd: 2,
      nextFinancingEndMode: 'LLD',
      nextLeaseEndDate: '2025-05-20',
      monthsToLeaseEnd: 2,
      nextLoanEndDate: '2026-01-31',
      monthsToLoanEnd: 10,
      hasLeaseContract: true,
      vulSharePercent: 50,
      fleetSize: 3,
      fleetBand: 'F2_4',
    });
  });

  it('prefers the declared fleet size, then the declared VP and VUL counts', () => {
    expect(facts({ entityType: 'Account', record: { autoCibleFleetSize: 120, autoCibleFleetVpCount: 10, autoCibleFleetVulCount: 30 } }))
      .toMatchObject({ fleetSize: 120, fleetBand: 'F100P', vulSharePercent: 75 });
    expect(facts({ entityType: 'Account', record: { autoCibleFleetVpCount: '10', autoCibleFleetVulCount: 30 } }))
      .toMatchObject({ fleetSize: 40, fleetBand: 'F10_49' });
    expect(facts({ entityType: 'Account', record: { autoCibleFleetSizeBand: 'F50_99' } })).toMatchObject({ fleetBand: 'F50_99' });
  });

  it('keeps a declared band over the vehicles on file, a lower bound, unless they already reach a higher band', () => {
    const onFile = (count: number): Record<string, unknown>[] => Array.from({ length: count }, (_, i) => ({ id: `v${i}`, category: 'VP' }));
    expect(facts({ entityType: 'Account', record: { autoCibleFleetSizeBand: 'F50_99' }, vehicles: onFile(3) })).toMatchObject({ fleetSize: 3, fleetBand: 'F50_99' });
    expect(facts({ entityType: 'Account', record: { autoCibleFleetSizeBand: 'F2_4' }, vehicles: onFile(6) })).toMatchObject({ fleetSize: 6, fleetBand: 'F5_9' });
    expect(facts({ entityType: 'Account', record: {}, vehicles: onFile(6) })).toMatchObject({ fleetSize: 6, fleetBand: 'F5_9' });
    // A contact's own car does not replace its company's declared band.
    expect(facts({ entityType: 'Contact', record: {}, account: { autoCibleFleetSizeBand: 'F50_99' }, vehicles: onFile(1) })).toMatchObject({ fleetBand: 'F50_99' });
  });

  it('fills a contact’s missing fields from its account and keeps its own', () => {
    const derived = facts({
      entityType: 'Contact',
      record: { autoCibleRole: 'DAF', autoCibleLifecycleStage: 'PROSPECT' },
      account: { autoCibleFleetSize: 25, autoCibleNafCode: '4941A', autoCibleSiret: '73282932000074', autoCibleLifecycleStage: 'CLIENT' },
    });
    expect(derived).toMatchObject({
      autoCibleFleetSize: 25, autoCibleLifecycleStage: 'PROSPECT', customerKind: 'PROFESSIONNEL',
      contactRoles: ['DAF'], nafCode: '49.41A', nafDivision: 49, siretValid: true, fleetBand: 'F10_49',
    });
  });

  it('aggregates an account’s contacts: roles, latest inbound contact and its channel, latest workshop visit', () => {
    const derived = facts({
      entityType: 'Account',
      contacts: [
        { id: 'c1', autoCibleRole: 'RH', autoCibleLastInboundContactAt: '2025-01-10', autoCibleLastInboundContactSource: 'EMAIL' },
        { id: 'c2', autoCibleBuyingRole: 'DECIDEUR', autoCibleLastInboundContactAt: '2025-03-05', autoCibleLastInboundContactSource: 'SALON' },
        { id: 'c3', autoCibleLastInboundContactAt: '2025-04-01', autoCibleLastWorkshopVisitAt: '2024-12-01' },
      ],
      vehicles: [{ id: 'v', lastWorkshopVisitAt: '2025-02-01' }],
    });
    expect(derived).toMatchObject({
      contactRoles: ['RH'], buyingRoles: ['DECIDEUR'],
      lastInboundContactDate: '2025-03-05', lastInboundContactSource: 'SALON', daysSinceLastInboundContact: 10,
      lastWorkshopVisitDate: '2025-02-01', daysSinceLastWorkshopVisit: 42,
    });
  });

  it('ignores events dated after today: scoring as of a past day sees what was known then', () => {
    const derived = facts({ entityType: 'Contact', record: { autoCibleLastInboundContactAt: '2025-04-01' }, vehicles: [{ purchaseDate: '2025-03-20' }] });
    expect(derived['lastInboundContactDate']).toBeUndefined();
    expect(derived['lastPurchaseDate']).toBeUndefined();
  });

  it('reads datetimes as their UTC day and blank values as absent', () => {
    const derived = facts({ entityType: 'Lead', record: { autoCibleLastInboundContactAt: '2025-03-14 23:10:00', autoCibleRole: '', autoCibleInterests: [] } });
    expect(derived).toMatchObject({ lastInboundContactDate: '2025-03-14', daysSinceLastInboundContact: 1 });
    expect(derived['autoCibleRole']).toBeUndefined();
    expect(derived['autoCibleInterests']).toBeUndefined();
  });

  it('throws a FactInputError naming the record and field of a value that is not a date', () => {
    const input: FactInput = { entityType: 'Contact', record: { id: 'c9' }, vehicles: [{ id: 'v9', mecDate: '2023-02-30' }] };
    expect(() => buildFacts(input, TODAY)).toThrow(FactInputError);
    expect(() => buildFacts(input, TODAY)).toThrow(expect.objectContaining({ entityType: 'AutoCibleVehicle', recordId: 'v9', field: 'mecDate', value: '2023-02-30' }) as Error);
    expect(() => buildFacts({ entityType: 'Account', record: { id: 'a1', autoCibleFleetSize: 'many' }, vehicles: [] }, TODAY))
      .toThrow(expect.objectContaining({ entityType: 'Account', recordId: 'a1', field: 'autoCibleFleetSize' }) as Error);
  });

  it('has no consent, retention or score field among the facts', () => {
    expect(FACT_NAMES.filter((name) => /Consent|Retention|LegalHold|Score/.test(name))).toEqual([]);
    expect(getFactDef('autoCibleConsentEmailStatus')).toBeUndefined();
  });

  it('computes the vehicle age and next contrôle technique as the catalogue does', () => {
    fc.assert(fc.property(isoDate, isoDate, (mec, today) => {
      fc.pre(mec <= today);
      const built = buildFacts({ entityType: 'Contact', record: {}, vehicles: [{ mecDate: mec, category: 'VP' }] }, today);
      expect(factValue(built, 'oldestVehicleAgeMonths')).toBe(vehicleAgeMonths(mec, today));
      expect(describeFacts(built)['nextCtDueDate']).toBe(nextControleTechniqueDue(mec, today));
    }));
  });

  it('counts whole months to a financing end as the catalogue counts months', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 0, max: 80 }), (today, months) => {
      const end = addMonthsIso(today, months);
      const built = buildFacts({ entityType: 'Contact', record: {}, vehicles: [{ financingMode: 'LOA', financingEndDate: end }] }, today);
      expect(factValue(built, 'monthsToLeaseEnd')).toBe(months);
    }));
  });
});

/** `nextCtDueDate` of a record owning one vehicle, as of `today`. */
function nextDue(vehicle: Record<string, unknown>, today: string): unknown {
  return describeFacts(buildFacts({ entityType: 'Contact', record: {}, vehicles: [vehicle] }, today))['nextCtDueDate'];
}

/**
 * The rule as the brief states it, from the catalogue's CT dates: for a VUL whose first CT is past,
 * the earlier of the next 2-yearly CT and the 1st anniversary of the last CT when still ahead.
 */
function expectedVulDue(mec: string, today: string): string {
  const ct = nextControleTechniqueDue(mec, today);
  const ctYears = monthsBetween(mec, ct) / 12;
  if (ct === today || ctYears < 6) return ct;
  const pollution = addMonthsIso(mec, (ctYears - 1) * 12); // last CT (ctYears − 2) + 1 year
  return pollution >= today ? pollution : ct;
}

const dayCount = (from: string, to: string): number => (parseDay(to) ?? NaN) - (parseDay(from) ?? NaN);

describe('next control due (domain.md §1.5): contrôle technique, and the annual pollution check of a VUL over 4 years', () => {
  it('gives a CTTE van over 4 years its pollution check, 1 year after the last CT', () => {
    // CT on 2024-08-01 (MEC + 4 years), next CT 2026-08-01: the pollution check comes first.
    expect(nextDue({ mecDate: '2020-08-01', genre: 'CTTE' }, '2025-06-15')).toBe('2025-08-01');
    expect(nextDue({ mecDate: '2020-08-01', category: 'VUL' }, '2025-06-15')).toBe('2025-08-01');
    expect(nextDue({ mecDate: '2020-08-01', genre: 'DERIV-VP' }, '2025-08-01')).toBe('2025-08-01');
  });

  it('leaves a VP of the same dates on the 2-yearly CT', () => {
    expect(nextDue({ mecDate: '2020-08-01', category: 'VP' }, '2025-06-15')).toBe('2026-08-01');
    expect(nextDue({ mecDate: '2020-08-01', genre: 'VP' }, '2025-06-15')).toBe('2026-08-01');
  });

  it('treats a vehicle of unknown category as a VP', () => {
    expect(nextDue({ mecDate: '2020-08-01' }, '2025-06-15')).toBe('2026-08-01');
  });

  it('gives a 2-year-old VUL its first CT at 4 years: no pollution check before it', () => {
    expect(nextDue({ mecDate: '2023-06-01', category: 'VUL' }, '2025-06-15')).toBe('2027-06-01');
    expect(nextDue({ mecDate: '2020-08-01', category: 'VUL' }, '2024-07-31')).toBe('2024-08-01');
    expect(nextDue({ mecDate: '2020-08-01', category: 'VUL' }, '2024-08-01')).toBe('2024-08-01');
  });

  it('moves to the 2-yearly CT the day after the pollution check anniversary, and back a year later', () => {
    expect(nextDue({ mecDate: '2020-08-01', category: 'VUL' }, '2025-08-02')).toBe('2026-08-01');
    expect(nextDue({ mecDate: '2020-08-01', category: 'VUL' }, '2026-08-01')).toBe('2026-08-01');
    expect(nextDue({ mecDate: '2020-08-01', category: 'VUL' }, '2026-08-02')).toBe('2027-08-01');
  });

  it('counts a 29 February MEC as the catalogue does: 28 February in common years', () => {
    expect(nextDue({ mecDate: '2020-02-29', category: 'VUL' }, '2024-03-01')).toBe('2025-02-28');
    expect(nextDue({ mecDate: '2020-02-29', category: 'VUL' }, '2027-03-01')).toBe('2028-02-29');
  });

  it('keeps the earliest due date over an owner’s vehicles, the van’s pollution check included', () => {
    const built = buildFacts({
      entityType: 'Account', record: {},
      vehicles: [{ mecDate: '2020-08-01', category: 'VP' }, { mecDate: '2020-09-10', genre: 'CTTE' }],
    }, '2025-06-15');
    expect(describeFacts(built)).toMatchObject({ nextCtDueDate: '2025-09-10', daysToNextCt: 87 });
  });

  it('for a VUL over 4 years, a control is due within 366 days; for a VP, within 731', () => {
    fc.assert(fc.property(isoDate, isoDate, (mec, today) => {
      fc.pre(addMonthsIso(mec, 48) <= today);
      const vul = nextDue({ mecDate: mec, category: 'VUL' }, today) as string;
      const vp = nextDue({ mecDate: mec, category: 'VP' }, today) as string;
      expect(vp).toBe(nextControleTechniqueDue(mec, today));
      expect(vul).toBe(expectedVulDue(mec, today));
      expect(dayCount(today, vul)).toBeGreaterThanOrEqual(0);
      expect(dayCount(today, vul)).toBeLessThanOrEqual(366);
      expect(dayCount(today, vp)).toBeLessThanOrEqual(731);
      expect(vul <= vp).toBe(true);
    }), { numRuns: 500 });
  });

  it('for a VUL not yet 4 years old, the first CT at MEC + 4 years, as for a VP', () => {
    fc.assert(fc.property(isoDate, isoDate, (mec, today) => {
      fc.pre(mec <= today && today <= addMonthsIso(mec, 48));
      expect(nextDue({ mecDate: mec, category: 'VUL' }, today)).toBe(addMonthsIso(mec, 48));
    }));
  });
});
