/**
 * A hand edit of one channel's flat fields (EspoCRM's edit form, or a Mass Update of the status) → the event
 * it records. The flat date, source and proof show the event that set the channel's current state
 * (`consentToFields`); when only the status is changed they still hold that event's values, which say nothing
 * about the new status. An objection must then not be back-dated to the old consent (a consent dated in
 * between, e.g. a late import, would win again), and a consent must not borrow the old event's date or proof.
 */
import { isIsoDate } from '../catalogue/iso-date';
import type { ConsentChannel } from './channels';
import { channelFieldNames, isConsentSource, isConsentStatus } from './channels';
import type { ConsentEvent } from './event';
import { validateConsentEvent } from './event';
import { InvalidConsentEventError } from './invalid-consent-event-error';
import type { ChannelConsent } from './state';

type FlatValues = Readonly<Record<string, unknown>>;

/** The date, source and proof the fields hold for the status they show; `undefined` when blank or left over. */
interface TypedFields {
  readonly date: string | undefined;
  readonly source: string | undefined;
  readonly proof: string | undefined;
  /** The fields that still hold the values of the event that set the previous state. */
  readonly leftOver: ReadonlySet<'date' | 'proof'>;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * When the status differs from the current one, a date, source or proof equal to that of the event that set
 * the current state was not typed for the new status: it counts as blank.
 */
function typedFields(values: FlatValues, channel: ConsentChannel, status: string, current: ChannelConsent): TypedFields {
  const names = channelFieldNames(channel);
  const date = text(values[names.date]);
  const source = text(values[names.source]);
  const proof = text(values[names.proof]);
  const was = current.decidedBy;
  if (status === current.status || was === undefined) return { date, source, proof, leftOver: new Set() };
  const leftOver = new Set<'date' | 'proof'>();
  if (date !== undefined && date === was.date) leftOver.add('date');
  if (proof !== undefined && proof === was.proof) leftOver.add('proof');
  return {
    date: leftOver.has('date') ? undefined : date,
    source: source === was.source ? undefined : source,
    proof: leftOver.has('proof') ? undefined : proof,
    leftOver,
  };
}

/** True when the fields show exactly the event that set the current state: nothing was edited. */
function showsCurrent(values: FlatValues, channel: ConsentChannel, current: ChannelConsent): boolean {
  const names = channelFieldNames(channel);
  const was = current.decidedBy;
  return was !== undefined && text(values[names.status]) === was.status && text(values[names.date]) === was.date
    && text(values[names.source]) === was.source && text(values[names.proof]) === was.proof;
}

/**
 * The day an objection is recorded on: the typed day, or `today` when none was typed, it is not a calendar
 * day or it is after `today`. An objection is never dropped nor postponed, and one dated today cannot be
 * outranked by a consent collected earlier (a late import).
 */
function objectionDate(typed: string | undefined, today: string): string {
  return typed !== undefined && isIsoDate(typed) && typed <= today ? typed : today;
}

/** The day a consent is recorded on; throws when it is missing, left over from the previous event, or after `today`. */
function consentDate(channel: ConsentChannel, fields: TypedFields, today: string): string {
  if (fields.date === undefined) {
    const reason = fields.leftOver.has('date')
      ? 'a consent needs the date it was collected; the date shown belongs to the previous event'
      : 'a consent needs the date it was collected';
    throw new InvalidConsentEventError(channel, 'date', null, 'missingDate', reason);
  }
  if (isIsoDate(fields.date) && fields.date > today) {
    throw new InvalidConsentEventError(channel, 'date', fields.date, 'futureDate', 'a consent cannot be dated after today');
  }
  return fields.date;
}

/**
 * The event the flat fields of `channel` describe, or nothing when they say nothing new. `current` is the
 * channel's state in the stored history as of `today` (what the fields were written with). Throws
 * `InvalidConsentEventError` for an edit that cannot be recorded.
 */
export function handEditEvent(values: FlatValues, channel: ConsentChannel, current: ChannelConsent, today: string): ConsentEvent | undefined {
  const status = text(values[channelFieldNames(channel).status]);
  if (status === undefined || status === 'UNKNOWN' || showsCurrent(values, channel, current)) return undefined;
  if (!isConsentStatus(status)) throw new InvalidConsentEventError(channel, 'status', status, 'unknownStatus', 'unknown consent status');
  const fields = typedFields(values, channel, status, current);
  const source = fields.source ?? 'AUTRE';
  if (!isConsentSource(source) && status !== 'OPT_OUT') throw new InvalidConsentEventError(channel, 'source', source, 'unknownSource', 'unknown consent source');
  const date = status === 'OPT_OUT' ? objectionDate(fields.date, today) : consentDate(channel, fields, today);
  if (status === 'OPT_IN' && fields.proof === undefined && fields.leftOver.has('proof')) {
    throw new InvalidConsentEventError(channel, 'proof', null, 'missingProof', 'an opt-in needs its own proof; the proof shown belongs to the previous event');
  }
  return validateConsentEvent({
    channel,
    status,
    date,
    source: isConsentSource(source) ? source : 'AUTRE',
    ...(fields.proof === undefined ? {} : { proof: fields.proof }),
  });
}
