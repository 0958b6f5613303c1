import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, nextControleTechniqueDue, vehicleAgeMonths } from '../../../src/core/catalogue';
import { buildFacts, describeFacts, FactInputError, FACT_NAMES, factValue, getFactDef } from '../../../src/core/scoring';
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
