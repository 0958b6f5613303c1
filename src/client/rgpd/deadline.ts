/** How close the retention deadline is, for the panel's highlight (issue 5: re-permission window of 30 days). */
import { parseIsoDate } from '../../core/catalogue/iso-date';
import { DomainInputError } from '../../core/errors';

/** A deadline this many days away or closer is highlighted as a warning. */
export const DEADLINE_WARNING_DAYS = 30;

export type DeadlineState =
  | { readonly kind: 'past'; readonly days: number }
  | { readonly kind: 'today' }
  | { readonly kind: 'soon'; readonly days: number }
  | { readonly kind: 'later' };

function dayNumber(isoDate: string, input: string): number {
  const { year, month, day } = parseIsoDate(isoDate, input);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Null when either date is not a calendar date `YYYY-MM-DD`. */
export function deadlineState(deadline: string, today: string): DeadlineState | null {
  let days: number;
  try {
    days = dayNumber(deadline, 'deadline') - dayNumber(today, 'today');
  } catch (error) {
    if (error instanceof DomainInputError) return null;
    throw error;
  }
  if (days < 0) return { kind: 'past', days: -days };
  if (days === 0) return { kind: 'today' };
  return days <= DEADLINE_WARNING_DAYS ? { kind: 'soon', days } : { kind: 'later' };
}
