/**
 * Admin defaults of the VMC inputs, per customer kind. They fill every input the customer's own
 * purchase history cannot give (all of them when the customer has no won opportunity).
 */
import type { VmcInputs } from './types';

export type CustomerKind = 'PARTICULIER' | 'PROFESSIONNEL';

export const CUSTOMER_KINDS: readonly CustomerKind[] = ['PARTICULIER', 'PROFESSIONNEL'];

/** Same fields as {@link VmcInputs}: one default per input. */
export type VmcDefaults = VmcInputs;

export type VmcDefaultsByKind = Readonly<Record<CustomerKind, VmcDefaults>>;

/**
 * Built-in dealership defaults, used until an admin saves the AutoCible › VMC form. [proposal, editable]
 *
 * Particulier: one workshop visit a year plus a car every ~6 years blend into ≈ 1.2 transactions a year
 * of ≈ 3 000 € on average; P = 6 years is the private holding period (domain.md §1.5, Kantar 6.2 years);
 * 60 % of customers come back; reaching one prospect costs ≈ 15 € (mailing, call, ad share) at 2 %
 * conversion; blended gross margin (VN/VO ≈ 8–10 %, workshop higher) ≈ 12 %.
 *
 * Professionnel: a small fleet renews a few vehicles a year and services the rest, ≈ 4 transactions of
 * ≈ 8 000 €; P = 4 years is the LLD « loi de roulage » of 48 months (§1.5); 70 % retention; a B2B
 * contact costs ≈ 60 € to reach at 5 % conversion; fleet deals carry ≈ 8 % margin.
 */
export const DEFAULT_VMC_DEFAULTS: VmcDefaultsByKind = {
  PARTICULIER: {
    purchasesPerYear: 1.2,
    averageAmount: 3000,
    retentionRate: 0.6,
    periodYears: 6,
    costToReach: 15,
    conversionRate: 0.02,
    marginRate: 0.12,
  },
  PROFESSIONNEL: {
    purchasesPerYear: 4,
    averageAmount: 8000,
    retentionRate: 0.7,
    periodYears: 4,
    costToReach: 60,
    conversionRate: 0.05,
    marginRate: 0.08,
  },
};
