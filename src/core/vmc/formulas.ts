/**
 * The course's VMC formulas, exactly (domain.md §4.3), plus the clearly named variants the quirks call for.
 * Every function validates its own inputs and returns money rounded to the cent (see `roundCents`).
 */
import { roundCents } from './money';
import { assertVmcInput, assertVmcInputs } from './validate';
import type { VmcInputs, VmcResult } from './types';

export type VmcBruteInput = Pick<VmcInputs, 'purchasesPerYear' | 'averageAmount' | 'retentionRate' | 'periodYears'>;
export type AcquisitionCostInput = Pick<VmcInputs, 'costToReach' | 'conversionRate'>;
export type VmcMargeInput = VmcBruteInput & Pick<VmcInputs, 'marginRate'>;

function checkBrute(input: VmcBruteInput): void {
  assertVmcInput('purchasesPerYear', input.purchasesPerYear);
  assertVmcInput('averageAmount', input.averageAmount);
  assertVmcInput('retentionRate', input.retentionRate);
  assertVmcInput('periodYears', input.periodYears);
}

// Unrounded course formula: year 1 counts f purchases, later years one purchase × r (quirk 1), linear retention (quirk 2).
function courseFormula(f: number, m: number, r: number, p: number): number {
  return f * m + m * (r * (p - 1));
}

/** VMC brute (course, faithful): f × m + m × (r × (P − 1)). 2/an, 400 €, 75 %, 3 ans → 1 400 €. */
export function vmcBrute(input: VmcBruteInput): number {
  checkBrute(input);
  return roundCents(courseFormula(input.purchasesPerYear, input.averageAmount, input.retentionRate, input.periodYears));
}

/** Coût d'acquisition = coût pour atteindre un client / taux de conversion. 3 € / 3 % → 100 €. */
export function acquisitionCost(input: AcquisitionCostInput): number {
  assertVmcInput('costToReach', input.costToReach);
  assertVmcInput('conversionRate', input.conversionRate);
  return roundCents(input.costToReach / input.conversionRate);
}

/** VMC nette = VMC brute − coût d'acquisition, from the two rounded amounts so the displayed figures add up. */
export function vmcNette(input: VmcBruteInput & AcquisitionCostInput): number {
  return roundCents(vmcBrute(input) - acquisitionCost(input));
}

/** Profit per transaction = m × taux de marge (400 € × 40 % → 160 €). */
export function profitPerTransaction(input: Pick<VmcInputs, 'averageAmount' | 'marginRate'>): number {
  assertVmcInput('averageAmount', input.averageAmount);
  assertVmcInput('marginRate', input.marginRate);
  return roundCents(input.averageAmount * input.marginRate);
}

/** Margin variant: the course formula with m × taux de marge in place of m (→ 560 € on the worked example). */
export function vmcMarge(input: VmcMargeInput): number {
  checkBrute(input);
  assertVmcInput('marginRate', input.marginRate);
  const margin = input.averageAmount * input.marginRate;
  return roundCents(courseFormula(input.purchasesPerYear, margin, input.retentionRate, input.periodYears));
}

/** VMC nette sur marge = VMC marge − coût d'acquisition (→ 460 € on the worked example). */
export function vmcNetteMarge(input: VmcMargeInput & AcquisitionCostInput): number {
  return roundCents(vmcMarge(input) - acquisitionCost(input));
}

/** Extra (quirk 1): every year counts f purchases, f × m × (1 + r × (P − 1)) → 2 000 € on the worked example. */
export function vmcBruteConsistent(input: VmcBruteInput): number {
  checkBrute(input);
  const { purchasesPerYear: f, averageAmount: m, retentionRate: r, periodYears: p } = input;
  return roundCents(f * m * (1 + r * (p - 1)));
}

/**
 * Extra (quirk 2): compounded retention, f × m × Σ r^t for t = 0…P−1 → 1 850 € on the worked example.
 * A fractional last year is prorated: P = 2.5 adds half of r².
 */
export function vmcBruteCompounded(input: VmcBruteInput): number {
  checkBrute(input);
  const { purchasesPerYear: f, averageAmount: m, retentionRate: r, periodYears: p } = input;
  const whole = Math.floor(p);
  // Geometric sum in closed form, so a long period costs nothing.
  const fullYears = r === 1 ? whole : (1 - r ** whole) / (1 - r);
  const survival = fullYears + (p - whole) * r ** whole;
  return roundCents(f * m * survival);
}

/** Every output at once; throws `DomainInputError` on the first impossible input (order of `VMC_INPUT_NAMES`). */
export function computeVmc(inputs: VmcInputs): VmcResult {
  assertVmcInputs(inputs);
  return {
    vmcBrute: vmcBrute(inputs),
    acquisitionCost: acquisitionCost(inputs),
    vmcNette: vmcNette(inputs),
    profitPerTransaction: profitPerTransaction(inputs),
    vmcMarge: vmcMarge(inputs),
    vmcNetteMarge: vmcNetteMarge(inputs),
    vmcBruteConsistent: vmcBruteConsistent(inputs),
    vmcBruteCompounded: vmcBruteCompounded(inputs),
  };
}
