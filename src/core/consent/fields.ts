import { isIsoDate, parseIsoDate } from '../catalogue/iso-date';
import type { ConsentChannel } from './channels';
import { CONSENT_CHANNELS, CONSENT_HISTORY_FIELD, channelFieldNames, isConsentSource, isConsentStatus } from './channels';
import type { ConsentEvent } from './event';
import { validateConsentEvent } from './event';
import { parseConsentHistory, serialiseConsentHistory } from './history-json';
import { InvalidConsentEventError } from './invalid-consent-event-error';
import { mergeConsent } from './merge';
import { consentSnapshot } from './state';

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
  /** Flat-field edits that could not be recorded, e.g. an opt-in typed without proof. */
  readonly rejected: readonly InvalidConsentEventError[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The event the flat fields of `channel` describe, or nothing when they say nothing. */
function flatEvent(values: Readonly<Record<string, unknown>>, channel: ConsentChannel, today: string): ConsentEvent | undefined {
  const names = channelFieldNames(channel);
  const status = text(values[names.status]);
  if (status === undefined || status === 'UNKNOWN') return undefined;
  if (!isConsentStatus(status)) throw new InvalidConsentEventError(channel, 'status', status, 'unknownStatus', 'unknown consent status');
  const source = text(values[names.source]) ?? 'AUTRE';
  if (!isConsentSource(source) && status !== 'OPT_OUT') throw new InvalidConsentEventError(channel, 'source', source, 'unknownSource', 'unknown consent source');
  // An objection typed without a (valid) date is recorded on the day it is first seen, never dropped;
  // a consent without its date is no proof.
  const typed = text(values[names.date]);
  const date = status === 'OPT_OUT' && (typed === undefined || !isIsoDate(typed)) ? today : typed;
  if (date === undefined) throw new InvalidConsentEventError(channel, 'date', null, 'missingDate', 'a consent needs the date it was collected');
  const proof = text(values[names.proof]);
  return validateConsentEvent({
    channel,
    status,
    date,
    source: isConsentSource(source) ? source : 'AUTRE',
    ...(proof === undefined ? {} : { proof }),
  });
}

/** True when the stored history already holds this event, whatever its `sourceRef`. */
function alreadyStored(history: readonly ConsentEvent[], event: ConsentEvent): boolean {
  return history.some(
    (e) => e.channel === event.channel && e.status === event.status && e.date === event.date && e.source === event.source && e.proof === event.proof,
  );
}

/**
 * Reads a record's consent: the JSON history, plus an event for each channel whose flat fields were
 * edited by hand. Invalid hand edits are returned in `rejected`, never merged. Throws
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
      const event = flatEvent(values, channel, options.today);
      if (event !== undefined && !alreadyStored(stored, event)) edits.push(event);
    } catch (error) {
      if (!(error instanceof InvalidConsentEventError)) throw error;
      rejected.push(error);
    }
  }
  return { history: mergeConsent(stored, edits), rejected };
}
