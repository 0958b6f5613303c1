/**
 * One person's consent as `consent sync` and `consent import` read and write it: the stored history with
 * the hand edits of the flat fields folded in, and the attributes an update must send so the flat fields
 * say what the history says (issue 5 "Consent": import and edit keep the history).
 */
import type { ConsentChannel, ConsentEvent, ConsentEventField } from '../../../core/consent';
import {
  CONSENT_CHANNELS, CONSENT_HISTORY_FIELD, HOST_OPT_OUT_ATTRIBUTES, channelConsent, channelFieldNames, consentEventKey, consentFromFields, consentToFields,
  hostFlagEvents, hostOptOutFlags, mergeConsent, oppositionEvents, parseConsentHistory, serialiseConsentHistory,
} from '../../../core/consent';
import type { EspoRecord } from '../../espo/types';

/** Every attribute of the catalogue that holds consent: the flat per-channel fields and the history. */
export const CONSENT_FIELDS: readonly string[] = [
  ...CONSENT_CHANNELS.flatMap((channel) => Object.values(channelFieldNames(channel))),
  CONSENT_HISTORY_FIELD,
];

/** A hand edit of the flat fields that was not recorded. `reason` is the core's fixed text, never a value. */
export interface RejectedEdit {
  readonly channel: ConsentChannel;
  readonly field: ConsentEventField;
  readonly reason: string;
}

export interface FoldedConsent {
  /** The stored history, as stored (canonical order). */
  readonly stored: readonly ConsentEvent[];
  /** The stored history plus the valid hand edits and the objections EspoCRM's opt-out flags and the opposition list show. */
  readonly history: readonly ConsentEvent[];
  readonly rejected: readonly RejectedEdit[];
  /** Channels whose objection was read from an EspoCRM opt-out flag on this run. */
  readonly fromHostFlags: readonly ConsentChannel[];
  /** Channels whose objection was read from the opposition list on this run (the other channels already said opt-out). */
  readonly fromOppositionList: readonly ConsentChannel[];
  /**
   * Channels whose hand edit is recorded but does not show: another event decides the channel's state (a later
   * objection; an objection that only a proven opt-in lifts), so the flat fields go back to that event's status.
   */
  readonly outranked: readonly ConsentChannel[];
}

export interface FoldOptions {
  /** The person's e-mail or phone is on the opposition list: every channel not yet opted out gets an objection. */
  readonly opposed?: boolean;
}

/**
 * The attributes `foldConsent` reads: the consent fields and EspoCRM's opt-out flags (whose objections
 * the history records, so the proof tells where they came from).
 */
export const FOLD_SELECT: readonly string[] = [...CONSENT_FIELDS, ...HOST_OPT_OUT_ATTRIBUTES];

/**
 * Folds in, in this order, the hand edits, the objections of EspoCRM's flags and, for a person on the
 * opposition list, one on each channel still not opted out (so a flagged channel keeps naming its flag).
 * Throws `ConsentHistoryParseError` when the stored history cannot be read: it must then not be overwritten.
 */
export function foldConsent(record: EspoRecord, today: string, options: FoldOptions = {}): FoldedConsent {
  const stored = parseConsentHistory(record[CONSENT_HISTORY_FIELD], record.id);
  const folded = consentFromFields(record, { today, recordId: record.id });
  const rejected = folded.rejected.map((e) => ({ channel: e.channel, field: e.field, reason: e.reason }));
  const flagged = hostFlagEvents(hostOptOutFlags((attribute) => record[attribute]), folded.history, today);
  const withFlags = flagged.length === 0 ? folded.history : mergeConsent(folded.history, flagged);
  const listed = options.opposed === true ? oppositionEvents(withFlags, today) : [];
  const history = listed.length === 0 ? withFlags : mergeConsent(withFlags, listed);
  const channelsOf = (events: readonly ConsentEvent[]): ConsentChannel[] => events.map((event) => event.channel);
  return { stored, history, rejected, fromHostFlags: channelsOf(flagged), fromOppositionList: channelsOf(listed), outranked: outrankedEdits(stored, folded.history, history, today) };
}

/** The channels of the hand edits (`edited` minus `stored`) whose status the final `history` does not show. */
function outrankedEdits(stored: readonly ConsentEvent[], edited: readonly ConsentEvent[], history: readonly ConsentEvent[], today: string): ConsentChannel[] {
  const storedKeys = new Set(stored.map(consentEventKey));
  const edits = edited.filter((event) => !storedKeys.has(consentEventKey(event)));
  return edits.filter((edit) => channelConsent(history, edit.channel, today).status !== edit.status).map((edit) => edit.channel);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const STATUS_FIELDS = new Set(CONSENT_CHANNELS.map((channel) => channelFieldNames(channel).status));

/** The stored history already holds exactly these events (whatever its spelling): no need to rewrite it. */
function sameHistory(current: unknown, desired: string): boolean {
  try {
    return serialiseConsentHistory(parseConsentHistory(current)) === desired;
  } catch {
    return false;
  }
}

/** An empty status means UNKNOWN and blanks are equal, so records never touched are not written to. */
function sameValue(attribute: string, current: unknown, desired: string | null): boolean {
  if (attribute === CONSENT_HISTORY_FIELD) return desired !== null && sameHistory(current, desired);
  if (isBlank(current)) return isBlank(desired) || (STATUS_FIELDS.has(attribute) && desired === 'UNKNOWN');
  return current === desired;
}

/**
 * The consent attributes of `record` that differ from what `history` says as of `today` (a consent dated
 * later is not current yet): what `gateway.update` must send, empty when the record is up to date.
 */
export function consentChanges(record: EspoRecord, history: readonly ConsentEvent[], today: string): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const [attribute, value] of Object.entries(consentToFields(history, today))) {
    if (!sameValue(attribute, record[attribute], value)) changes[attribute] = value;
  }
  return changes;
}

/** The channels whose flat fields `changes` rewrites. */
export function changedChannels(changes: Readonly<Record<string, unknown>>): readonly ConsentChannel[] {
  return CONSENT_CHANNELS.filter((channel) => Object.values(channelFieldNames(channel)).some((attribute) => attribute in changes));
}
