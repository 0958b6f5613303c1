/** The `autoCibleConsentHistory` text field: `{"version":1,"events":[…]}`, checked on read (history-check.ts). */
import { CONSENT_HISTORY_VERSION, checkConsentHistory } from './history-check';
import { ConsentHistoryParseError } from './consent-history-parse-error';
import type { ConsentEvent } from './event';
import { mergeConsent } from './merge';

/** The history as stored: canonical order, duplicates removed. */
export function serialiseConsentHistory(history: readonly ConsentEvent[]): string {
  return JSON.stringify({ version: CONSENT_HISTORY_VERSION, events: mergeConsent([], history) });
}

function parseJson(text: string, recordId: string | undefined): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConsentHistoryParseError([{ path: '', message: 'is not JSON' }], recordId);
  }
}

/**
 * Reads the stored history (the field's raw value); an empty field is an empty history. Throws
 * `ConsentHistoryParseError` (with the issues and the record id) rather than guess, also for a value
 * that is not text: a history we cannot read may hold objections.
 */
export function parseConsentHistory(stored: unknown, recordId?: string): readonly ConsentEvent[] {
  if (stored === null || stored === undefined || (typeof stored === 'string' && stored.trim() === '')) return [];
  if (typeof stored !== 'string') throw new ConsentHistoryParseError([{ path: '', message: 'is not text' }], recordId);
  const result = checkConsentHistory(parseJson(stored, recordId));
  if (!result.ok) throw new ConsentHistoryParseError(result.issues, recordId);
  return mergeConsent([], result.events);
}
