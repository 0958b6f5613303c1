import { describe, expect, it } from 'vitest';
import {
  acquisitionCost,
  computeVmc,
  profitPerTransaction,
  roundCents,
  vmcBrute,
  vmcBruteCompounded,
  vmcBruteConsistent,
  vmcMarge,
  vmcNette,
  vmcNetteMarge,
} from '../../../src/core/vmc';
import type { VmcInputs } from '../../../src/core/vmc';

/** domain.md §4.3: 2 purchases a year, 400 €, 75 % retention, 3 years, 3 € to reach at 3 % conversion, 40 % margin. */
const WORKED_EXAMPLE: VmcInputs = {
  purchasesPerYear: 2,
  averageAmount: 400,
  retentionRate: 0.75,
  periodYears: 3,
  costToReach: 3,
  conversionRate: 0.03,
  marginRate: 0.4,
};

describe('the course worked example', () => {
  it('gives 1 400 € brute, 100 € acquisition cost and 1 300 € nette', () => {
    expect(vmcBrute(WORKED_EXAMPLE)).toBe(1400);
    expect(acquisitionCost(WORKED_EXAMPLE)).toBe(100);
    expect(vmcNette(WORKED_EXAMPLE)).toBe(1300);
  });

  it('gives 160 € profit per transaction, 560 € on margin and 460 € nette on margin', () => {
    expect(profitPerTransaction(WORKED_EXAMPLE)).toBe(160);
    expect(vmcMarge(WORKED_EXAMPLE)).toBe(560);
    expect(vmcNetteMarge(WORKED_EXAMPLE)).toBe(460);
  });

  it('gives 2 000 € with f counted every year and 1 850 € with compounded retention (quirks 1 and 2)', () => {
    expect(vmcBruteConsistent(WORKED_EXAMPLE)).toBe(2000);
    expect(vmcBruteCompounded(WORKED_EXAMPLE)).toBe(1850);
  });

  it('returns every output at once from computeVmc', () => {
    expect(computeVmc(WORKED_EXAMPLE)).toEqual({
      vmcBrute: 1400,
      acquisitionCost: 100,
      vmcNette: 1300,
      profitPerTransaction: 160,
      vmcMarge: 560,
      vmcNetteMarge: 460,
      vmcBruteConsistent: 2000,
      vmcBruteCompounded: 1850,
    });
  });
});

describe('the course formula', () => {
  it('counts f purchases in year 1 and one purchase × r in each later year', () => {
    expect(vmcBrute({ purchasesPerYear: 5, averageAmount: 100, retentionRate: 0.5, periodYears: 3 })).toBe(600);
  });

  it('is f × m over a single year', () => {
    expect(vmcBrute({ purchasesPerYear: 3, averageAmount: 250, retentionRate: 0.9, periodYears: 1 })).toBe(750);
  });

  it('prorates a fractional last year in the compounded variant', () => {
    // 1 + 0.5 + half of 0.25
    expect(vmcBruteCompounded({ purchasesPerYear: 1, averageAmount: 100, retentionRate: 0.5, periodYears: 2.5 })).toBe(162.5);
  });

  it('keeps every year at full value in the compounded variant when retention is 100 %', () => {
    expect(vmcBruteCompounded({ purchasesPerYear: 2, averageAmount: 100, retentionRate: 1, periodYears: 4 })).toBe(800);
  });
});

describe('rounding money to the cent', () => {
  it('rounds half away from zero despite binary representation', () => {
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(-1.005)).toBe(-1.01);
    expect(roundCents(0.1 * 3)).toBe(0.3);
    expect(roundCents(2 / 3)).toBe(0.67);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundCents(-0.001), 0)).toBe(true);
  });

  it('rounds each output so displayed figures add up', () => {
    const inputs = { ...WORKED_EXAMPLE, costToReach: 1, conversionRate: 0.03 };
    expect(acquisitionCost(inputs)).toBe(33.33);
    expect(vmcNette(inputs)).toBe(1366.67);
  });
});
