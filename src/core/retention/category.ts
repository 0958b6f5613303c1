import type { AnchorInput, DateCandidate } from './anchor';
import type { RetentionInput } from './input';

export type RetentionCategory = 'prospect' | 'customer';

/** Won opportunities, the person's and their company's. */
const WON_INPUTS: ReadonlySet<AnchorInput> = new Set<AnchorInput>(['wonOpportunities', 'accountWonOpportunities']);

/**
 * Prospect or customer (domain.md §2.2). A customer is a record whose stage says so, or who has a won
 * opportunity (whatever its date: classify.ts), an invoiced workshop visit up to `today`, or a vehicle whose
 * purchase is dated after `today` (a car sold and not yet delivered): evidence of a relationship beats a stale
 * stage. A vehicle's past purchase or any financing or warranty date alone does not make a customer: the car may
 * have been bought, or financed, elsewhere (targeting data). The same evidence on the company the person is a current
 * contact of makes them a customer's contact, kept as a customer (B2B: the relationship is the company's).
 *
 * @param usable the dates up to today
 * @param pendingSales won opportunities and vehicle purchases dated after today (signed, not yet delivered)
 */
export function retentionCategory(input: RetentionInput, usable: readonly DateCandidate[], pendingSales: readonly DateCandidate[]): RetentionCategory {
  if (input.lifecycleStage === 'CLIENT' || input.lifecycleStage === 'ANCIEN_CLIENT') return 'customer';
  if (pendingSales.length > 0) return 'customer';
  const evidence = usable.some((c) => WON_INPUTS.has(c.input) || c.source === 'WORKSHOP_VISIT');
  return evidence ? 'customer' : 'prospect';
}
