import type { DateCandidate } from './anchor';
import type { RetentionInput } from './input';

export type RetentionCategory = 'prospect' | 'customer';

/**
 * Prospect or customer (domain.md §2.2). A customer is a record whose stage says so, or who has, up to
 * `today`, a won opportunity or an invoiced workshop visit: evidence of a relationship beats a stale
 * stage. A vehicle's purchase or financing date alone does not make a customer: the car may have been
 * bought, or financed, elsewhere (targeting data).
 */
export function retentionCategory(input: RetentionInput, usable: readonly DateCandidate[]): RetentionCategory {
  if (input.lifecycleStage === 'CLIENT' || input.lifecycleStage === 'ANCIEN_CLIENT') return 'customer';
  const evidence = usable.some((c) => c.input === 'wonOpportunities' || c.source === 'WORKSHOP_VISIT');
  return evidence ? 'customer' : 'prospect';
}
