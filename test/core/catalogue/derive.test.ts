import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGE_BAND,
  AGE_BAND_ORDER,
  addMonthsIso,
  ageBand,
  categoryFromGenre,
  compareIsoDates,
  energyFamilyFromCode,
  ENERGY_FAMILY,
  ENERGY_P3,
  fleetSizeBand,
  GENRE_J1,
  monthsBetween,
  nextControleTechniqueDue,
  VEHICLE_CATEGORY,
  vehicleAgeMonths,
} from '../../../src/core/catalogue';
import { DomainInputError } from '../../../src/core/errors';
import { orderedDates, sortedTriple } from './arbitraries';

describe('categoryFromGenre', () => {
  it('maps J.1 genres to trade categories', () => {
    const cases = {
      VP: 'VP', CTTE: 'VUL', 'DERIV-VP': 'VUL', CAM: 'PL', TRR: 'PL', TCP: 'TC', CL: '2RM', CYCL: '2RM',
      MTL: '2RM', MTT1: '2RM', MTT2: '2RM', QM: 'VSP', QLEM: 'VSP', VASP: 'VASP', TM: 'AUTRE', REM: 'AUTRE', TRA: 'AUTRE',
    };
    for (const [genre, category] of Object.entries(cases)) expect(categoryFromGenre(genre), genre).toBe(category);
  });

  it('ignores case and surrounding spaces, and files unknown genres under AUTRE', () => {
    expect(categoryFromGenre(' deriv-vp ')).toBe('VUL');
    expect(categoryFromGenre('ctte')).toBe('VUL');
    expect(categoryFromGenre('XYZ')).toBe('AUTRE');
    expect(categoryFromGenre('toString')).toBe('AUTRE');
  });

  it('returns a vehicleCategory option for every genreJ1 option', () => {
    const categories = VEHICLE_CATEGORY.options.map((o) => o.code);
    for (const { code } of GENRE_J1.options) expect(categories).toContain(categoryFromGenre(code));
  });
});

describe('energyFamilyFromCode', () => {
  it('maps P.3 codes to families', () => {
    const cases = {
      ES: 'ESSENCE', GO: 'DIESEL', EL: 'ELECTRIQUE', EH: 'HYBRIDE_HEV', GH: 'HYBRIDE_HEV', EE: 'HYBRIDE_PHEV',
      GL: 'HYBRIDE_PHEV', GP: 'GPL', EG: 'GPL', GN: 'GNV', GF: 'GNV', FE: 'E85', ET: 'E85', H2: 'HYDROGENE',
      HH: 'HYDROGENE', AC: 'AUTRE', PL: 'AUTRE',
    };
    for (const [code, family] of Object.entries(cases)) expect(energyFamilyFromCode(code), code).toBe(family);
  });

  it('ignores case and files unknown codes under AUTRE', () => {
    expect(energyFamilyFromCode('go')).toBe('DIESEL');
    expect(energyFamilyFromCode('ZZ')).toBe('AUTRE');
  });

  it('returns an energyFamily option for every energyP3 option', () => {
    const families = ENERGY_FAMILY.options.map((o) => o.code);
    for (const { code } of ENERGY_P3.options) expect(families).toContain(energyFamilyFromCode(code));
  });
});

describe('nextControleTechniqueDue', () => {
  it('is due exactly four years after the MEC, including on that day', () => {
    expect(nextControleTechniqueDue('2020-03-15', '2021-01-01')).toBe('2024-03-15');
    expect(nextControleTechniqueDue('2020-03-15', '2024-03-15')).toBe('2024-03-15');
    expect(nextControleTechniqueDue('2020-03-15', '2024-03-16')).toBe('2026-03-15');
  });

  it('then falls every two years from the MEC', () => {
    expect(nextControleTechniqueDue('2000-06-10', '2024-06-10')).toBe('2024-06-10');
    expect(nextControleTechniqueDue('2000-06-10', '2024-06-11')).toBe('2026-06-10');
    expect(nextControleTechniqueDue('2000-06-10', '2025-06-11')).toBe('2026-06-10');
  });

  it('keeps a 29 February MEC on 28 February in common years and 29 February in leap years', () => {
    expect(nextControleTechniqueDue('2020-02-29', '2024-01-01')).toBe('2024-02-29');
    expect(nextControleTechniqueDue('2020-02-29', '2024-03-01')).toBe('2026-02-28');
    expect(nextControleTechniqueDue('2020-02-29', '2026-03-01')).toBe('2028-02-29');
  });

  it('keeps month ends', () => {
    expect(nextControleTechniqueDue('2019-08-31', '2020-01-01')).toBe('2023-08-31');
  });

  it('is never before today nor before MEC + 4 years, and is the first such deadline', () => {
    fc.assert(
      fc.property(orderedDates, ([mec, today]) => {
        const due = nextControleTechniqueDue(mec, today);
        const first = addMonthsIso(mec, 48);
        expect(compareIsoDates(due, today)).toBeGreaterThanOrEqual(0);
        expect(compareIsoDates(due, first)).toBeGreaterThanOrEqual(0);
        const years = monthsBetween(mec, due) / 12;
        expect(Number.isInteger(years) && years >= 4 && years % 2 === 0).toBe(true);
        expect(addMonthsIso(mec, years * 12)).toBe(due);
        if (years > 4) expect(compareIsoDates(addMonthsIso(mec, (years - 2) * 12), today)).toBeLessThan(0);
      }),
    );
  });

  it('names the offending input when a date is invalid', () => {
    expect(() => nextControleTechniqueDue('2023-02-29', '2024-01-01')).toThrow(expect.objectContaining({ input: 'mecDate' }));
    expect(() => nextControleTechniqueDue('2020-01-01', '01/01/2024')).toThrow(expect.objectContaining({ input: 'today' }));
  });
});

describe('vehicleAgeMonths', () => {
  it('counts whole months, month ends included', () => {
    expect(vehicleAgeMonths('2020-01-31', '2020-02-29')).toBe(1);
    expect(vehicleAgeMonths('2020-01-31', '2020-02-28')).toBe(0);
    expect(vehicleAgeMonths('2020-03-15', '2020-03-15')).toBe(0);
    expect(vehicleAgeMonths('2020-03-15', '2024-03-15')).toBe(48);
  });

  it('refuses a first registration after today', () => {
    expect(() => vehicleAgeMonths('2025-01-02', '2025-01-01')).toThrow(DomainInputError);
    expect(() => vehicleAgeMonths('2025-01-02', '2025-01-01')).toThrow(expect.objectContaining({ input: 'mecDate' }));
  });
});

describe('fleetSizeBand', () => {
  it('switches band exactly at each boundary', () => {
    const cases: [number, string][] = [
      [0, 'F0'], [1, 'F1'], [2, 'F2_4'], [4, 'F2_4'], [5, 'F5_9'], [9, 'F5_9'], [10, 'F10_49'],
      [49, 'F10_49'], [50, 'F50_99'], [99, 'F50_99'], [100, 'F100P'], [5000, 'F100P'],
    ];
    for (const [count, band] of cases) expect(fleetSizeBand(count), String(count)).toBe(band);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => fleetSizeBand(-1)).toThrow(expect.objectContaining({ input: 'count', value: -1 }));
    expect(() => fleetSizeBand(2.5)).toThrow(DomainInputError);
    expect(() => fleetSizeBand(Number.NaN)).toThrow(DomainInputError);
  });
});

describe('ageBand', () => {
  it('changes band on the birthday', () => {
    expect(ageBand('2000-06-15', '2018-06-14')).toBe('MOINS_18');
    expect(ageBand('2000-06-15', '2018-06-15')).toBe('18_24');
    expect(ageBand('1950-01-01', '2024-12-31')).toBe('65_74');
    expect(ageBand('1950-01-01', '2025-01-01')).toBe('75_PLUS');
    expect(ageBand('2024-01-01', '2024-01-01')).toBe('MOINS_18');
  });

  it('lets someone born on 29 February age on 28 February in common years', () => {
    expect(ageBand('2004-02-29', '2022-02-27')).toBe('MOINS_18');
    expect(ageBand('2004-02-29', '2022-02-28')).toBe('18_24');
  });

  it('lists its bands in the order of the ageBand enumeration', () => {
    expect(AGE_BAND_ORDER.map((b) => b.code)).toEqual(AGE_BAND.options.map((o) => o.code));
  });

  it('refuses a birth date after today', () => {
    expect(() => ageBand('2030-01-01', '2024-01-01')).toThrow(expect.objectContaining({ input: 'birthDate' }));
  });

  it('never gives an earlier birth date a younger band', () => {
    const rank = (code: string): number => AGE_BAND_ORDER.findIndex((b) => b.code === code);
    fc.assert(
      fc.property(sortedTriple, ([b1, b2, today]) => {
        expect(rank(ageBand(b1, today))).toBeGreaterThanOrEqual(rank(ageBand(b2, today)));
      }),
    );
  });
});
