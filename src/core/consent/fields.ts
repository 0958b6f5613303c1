import { parseIsoDate } from '../catalogue/iso-date';
import { CONSENT_CHANNELS, CONSENT_HISTORY_FIELD, channelFieldNames } from './channels';
import type { ConsentEvent } from './event';
import { handEditEvent } from './hand-edit';
import { parseConsentHistory, serialiseConsentHistory } from './history-json';
import { InvalidConsentEventError } from './invalid-consent-event-error';
import { mergeConsent } from './merge';
import { channelConsent, consentSnapshot } from './state';

/** Values of the catalogue's consent fields, keyed by EspoCRM attribute name. */
export type ConsentFieldValues = Readonly<Record<string, string | null>>;

/**
 * The flat per-channel fields (status, and date, source and proof of the event that set it) and the
 * JSON history, ready for an EspoCRM update. `asOf` leaves out consents dated after that day.
 */
export function consentToFields(history: readonly ConsentEvent[], asOf?: string): ConsentFieldValues {
  const snapshot = consentSnapshot(history, asOf);
  const values: Record<string, string | null> = { [CONSENT_HISTORY_FIELD]: serialiseConsentHistory(history) };
  for (const channel of CONSENT_CHANNELS) {
    const { status, decidedBy } = snapshot[channel];
    const names = channelFieldNames(channel);
    values[names.status] = status;
    values[names.date] = decidedBy?.date ?? null;
    values[names.source] = decidedBy?.source ?? null;
    values[names.proof] = decidedBy?.proof ?? null;
  }
  return values;
}

export interface ConsentFromFields {
  /** Stored history merged with what the flat fields say (a hand edit in EspoCRM). */
  readonly history: readonly ConsentEvent[];
  /** Flat-field edits that could not be recorded, e.g. an opt-in typed without proof or dated after `today`. */
  readonly rejected: readonly InvalidConsentEventError[];
}

/** True when the stored history already holds this event, whatever its `sourceRef`. */
function alreadyStored(history: readonly ConsentEvent[], event: ConsentEvent): boolean {
  return history.some(
    (e) => e.channel === event.channel && e.status === event.status && e.date === event.date && e.source === event.source && e.proof === event.proof,
  );
}

/**
 * Reads a record's consent: the JSON history, plus an event for each channel whose flat fields were
 * edited by hand (hand-edit.ts). When only the status was changed, the date, source and proof still shown
 * are the previous event's and count as not typed: an objection is recorded as of `today`, a consent is
 * refused. An objection dated after `today` is recorded as of `today`. Edits that cannot be recorded (a
 * consent without its own date or proof, or dated after `today`) are returned in `rejected`, never merged. Throws
 * `ConsentHistoryParseError` when the stored history cannot be read (or is not text),
 * `DomainInputError` for a bad `today`.
 */
export function consentFromFields(
  values: Readonly<Record<string, unknown>>,
  options: { readonly today: string; readonly recordId?: string },
): ConsentFromFields {
  parseIsoDate(options.today, 'today');
  const stored = parseConsentHistory(values[CONSENT_HISTORY_FIELD], options.recordId);
  const edits: ConsentEvent[] = [];
  const rejected: InvalidConsentEventError[] = [];
  for (const channel of CONSENT_CHANNELS) {
    try {
      const event = handEditEvent(values, channel, channelConsent(stored, channel, options.today), options.today);
      if (event !== undefined && !alreadyStored(stored, event)) edits.push(event);
    } catch (error) {
      if (!(error instanceof InvalidConsentEventError)) throw error;
      rejected.push(error);
    }
  }
  return { history: mergeConsent(stored, edits), rejected };
}
