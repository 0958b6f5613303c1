import type { ConsentEvent } from './event';
import { validateConsentEvent } from './event';
import { compareConsentEvents, consentEventKey } from './order';

/**
 * Merges incoming events (an import, an edit, a form) into a history. Every event is kept, duplicates
 * once, in canonical order, so the result is the same whatever the order or the repetition of the
 * inputs. The state derived from it (state.ts) lets the most recent event win, an opt-out beat an
 * opt-in of the same day, and only a newer proven opt-in lift an opt-out.
 *
 * Throws `InvalidConsentEventError` (naming the channel) on the first invalid event, before merging anything.
 */
export function mergeConsent(history: readonly ConsentEvent[], incoming: readonly ConsentEvent[]): readonly ConsentEvent[] {
  const byKey = new Map<string, ConsentEvent>();
  for (const event of [...history, ...incoming].map(validateConsentEvent)) byKey.set(consentEventKey(event), event);
  return [...byKey.values()].sort(compareConsentEvents);
}
