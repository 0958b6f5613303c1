/**
 * A record's consent as the core's `consentFromFields` computes it (core/consent/fields.ts): the stored
 * history plus an event for each channel whose flat fields were edited by hand. Rebuilt here without zod
 * for the browser bundle; a property test checks it gives the same history and rejections as the core.
 */
import {
  CONSENT_CHANNELS,
  CONSENT_HISTORY_FIELD,
  InvalidConsentEventError,
  channelFieldNames,
  isConsentSource,
  isConsentStatus,
  mergeConsent,
  validateConsentEvent,
} from '../../core/consent';
import { isIsoDate } from '../../core/catalogue';
import { readConsentHistory } from './consent-history';
import type { ConsentChannel, ConsentEvent, ConsentEventField } from '../../core/consent';

/** A hand edit of the flat fields that was not recorded, e.g. an opt-in typed without proof. */
export interface RejectedEdit {
  readonly channel: ConsentChannel;
  readonly field: ConsentEventField;
}

export type RecordConsent =
  | { readonly status: 'ok'; readonly history: readonly ConsentEvent[]; readonly rejected: readonly RejectedEdit[] }
  | { readonly status: 'unreadable' };

type Get = (attribute: string) => unknown;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function reject(channel: ConsentChannel, field: ConsentEventField): never {
  throw new InvalidConsentEventError(channel, field, null, 'hand edit not recorded');
}

/** Same rules as `flatEvent` in core/consent/fields.ts. */
function flatEvent(get: Get, channel: ConsentChannel, today: string): ConsentEvent | undefined {
  const names = channelFieldNames(channel);
  const status = text(get(names.status));
  if (status === undefined || status === 'UNKNOWN') return undefined;
  if (!isConsentStatus(status)) return reject(channel, 'status');
  const source = text(get(names.source)) ?? 'AUTRE';
  if (!isConsentSource(source) && status !== 'OPT_OUT') return reject(channel, 'source');
  // An objection without a valid date counts from today, never dropped; a consent without its date is no proof.
  const typed = text(get(names.date));
  const date = status === 'OPT_OUT' && (typed === undefined || !isIsoDate(typed)) ? today : typed;
  if (date === undefined) return reject(channel, 'date');
  const proof = text(get(names.proof));
  return validateConsentEvent({ channel, status, date, source: isConsentSource(source) ? source : 'AUTRE', ...(proof === undefined ? {} : { proof }) });
}

function alreadyStored(history: readonly ConsentEvent[], event: ConsentEvent): boolean {
  return history.some(
    (e) => e.channel === event.channel && e.status === event.status && e.date === event.date && e.source === event.source && e.proof === event.proof,
  );
}

/** Unreadable when the stored history cannot be read: it may hold objections, so nothing is assessed. */
export function recordConsent(get: Get, today: string): RecordConsent {
  const stored = readConsentHistory(get(CONSENT_HISTORY_FIELD));
  if (stored.status === 'unreadable') return stored;
  const edits: ConsentEvent[] = [];
  const rejected: RejectedEdit[] = [];
  for (const channel of CONSENT_CHANNELS) {
    try {
      const event = flatEvent(get, channel, today);
      if (event !== undefined && !alreadyStored(stored.events, event)) edits.push(event);
    } catch (error) {
      if (!(error instanceof InvalidConsentEventError)) throw error;
      rejected.push({ channel: error.channel, field: error.field });
    }
  }
  return { status: 'ok', history: mergeConsent(stored.events, edits), rejected };
}
