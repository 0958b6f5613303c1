/**
 * Types of the course's VMC (valeur moyenne client), domain.md §4.3.
 * Rates are fractions (75 % → 0.75); money is in the account's currency, rounded to cents at the output.
 */

/** The inputs of the course's formulas, one value each. */
export interface VmcInputs {
  /** f: achats par an (purchases per year), ≥ 0. */
  readonly purchasesPerYear: number;
  /** m: montant moyen d'une transaction, ≥ 0. */
  readonly averageAmount: number;
  /** r: taux de rétention, fraction in [0, 1]. */
  readonly retentionRate: number;
  /** P: période in years, ≥ 1 (the course's formula goes negative below 1, quirk 3). */
  readonly periodYears: number;
  /** Coût moyen pour atteindre un client, ≥ 0. */
  readonly costToReach: number;
  /** Taux de conversion moyen, fraction in (0, 1] (0 would divide by zero, quirk 6). */
  readonly conversionRate: number;
  /** Taux de marge, fraction in [0, 1]: used only by the margin variant. */
  readonly marginRate: number;
}

export type VmcInputName = keyof VmcInputs;

/** Every output of {@link computeVmc}, money rounded to cents. */
export interface VmcResult {
  /** Course, faithful: f × m + m × (r × (P − 1)). */
  readonly vmcBrute: number;
  /** coût pour atteindre / taux de conversion. */
  readonly acquisitionCost: number;
  /** vmcBrute − acquisitionCost (revenue minus a cost, quirk 5). */
  readonly vmcNette: number;
  /** m × marginRate (the course computes it but does not use it). */
  readonly profitPerTransaction: number;
  /** Margin variant: the course formula with m × marginRate in place of m. */
  readonly vmcMarge: number;
  /** vmcMarge − acquisitionCost. */
  readonly vmcNetteMarge: number;
  /** Extra, quirk 1: every year counts f purchases, f × m × (1 + r × (P − 1)). */
  readonly vmcBruteConsistent: number;
  /** Extra, quirk 2: retention compounded, f × m × Σ r^t for t = 0…P−1. */
  readonly vmcBruteCompounded: number;
}
