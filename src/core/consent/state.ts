import type { ConsentStatusCode } from '../catalogue';
import type { ConsentChannel } from './channels';
import type { ConsentEvent } from './event';
import { hasProof } from './event';
import { compareConsentEvents } from './order';

/** The consent state of one channel, with the event that set it. */
export interface ChannelConsent {
  readonly channel: ConsentChannel;
  readonly status: ConsentStatusCode;
  /** The event that set `status`; absent while the status is `UNKNOWN` for lack of any event. */
  readonly decidedBy?: ConsentEvent;
}

export type ConsentSnapshot = Readonly<Record<ConsentChannel, ChannelConsent>>;

/**
 * Applies one event. The most recent event wins, except that:
 * - an `UNKNOWN` event carries no information and changes nothing (an import that does not know a
 *   consent must not erase the one we hold);
 * - once opted out, only a proven `OPT_IN` lifts the objection: a soft opt-in or an unproven opt-in
 *   never does (issue 5: no code path silently turns an opt-out into an opt-in).
 */
function apply(current: ChannelConsent, event: ConsentEvent): ChannelConsent {
  if (event.status === 'UNKNOWN') return current;
  const liftsObjection = event.status === 'OPT_OUT' || (event.status === 'OPT_IN' && hasProof(event));
  if (current.status === 'OPT_OUT' && !liftsObjection) return current;
  return { channel: current.channel, status: event.status, decidedBy: event };
}

/**
 * Keeps the events that count on `asOf`: a consent dated later does not count yet, but an objection
 * always does, whatever its date (a mistyped date must never hide an opt-out).
 */
function countsOn(event: ConsentEvent, asOf: string | undefined): boolean {
  return asOf === undefined || event.status === 'OPT_OUT' || event.date <= asOf;
}

/** The state of `channel` derived from `history` (any order), optionally as of a day `YYYY-MM-DD`. */
export function channelConsent(history: readonly ConsentEvent[], channel: ConsentChannel, asOf?: string): ChannelConsent {
  return history
    .filter((event) => event.channel === channel && countsOn(event, asOf))
    .sort(compareConsentEvents)
    .reduce<ChannelConsent>(apply, { channel, status: 'UNKNOWN' });
}

/** The state of every channel. */
export function consentSnapshot(history: readonly ConsentEvent[], asOf?: string): ConsentSnapshot {
  return {
    email: channelConsent(history, 'email', asOf),
    sms: channelConsent(history, 'sms', asOf),
    phone: channelConsent(history, 'phone', asOf),
    postal: channelConsent(history, 'postal', asOf),
  };
}
