/** How close the retention deadline is, for the panel's highlight (issue 5: re-permission window of 30 days). */
import { parseDay } from '../../core/catalogue/day-numbers';

/** A deadline this many days away or closer is highlighted as a warning. */
export const DEADLINE_WARNING_DAYS = 30;

export type DeadlineState =
  | { readonly kind: 'past'; readonly days: number }
  | { readonly kind: 'today' }
  | { readonly kind: 'soon'; readonly days: number }
  | { readonly kind: 'later' };

/** Null when either date is not a calendar date `YYYY-MM-DD` (or a datetime that starts with one). */
export function deadlineState(deadline: string, today: string): DeadlineState | null {
  const end = parseDay(deadline);
  const start = parseDay(today);
  if (end === undefined || start === undefined) return null;
  const days = end - start;
  if (days < 0) return { kind: 'past', days: -days };
  if (days === 0) return { kind: 'today' };
  return days <= DEADLINE_WARNING_DAYS ? { kind: 'soon', days } : { kind: 'later' };
}
