import type { ConsentSourceCode, ConsentStatusCode } from '../catalogue';
import { isIsoDate } from '../catalogue/iso-date';
import type { ConsentChannel } from './channels';
import { InvalidConsentEventError } from './invalid-consent-event-error';

/**
 * One consent or objection, as collected. The history of these events is the RGPD art. 7(1) proof;
 * the state of a channel is derived from it (state.ts), never stored alone.
 */
export interface ConsentEvent {
  readonly channel: ConsentChannel;
  readonly status: ConsentStatusCode;
  /** Day the consent or objection was collected, `YYYY-MM-DD`. */
  readonly date: string;
  readonly source: ConsentSourceCode;
  /** Wording shown to the person or reference of the signed document; required for `OPT_IN`. */
  readonly proof?: string;
  /** Where the event came from in our systems, e.g. the imported file name or a form id. */
  readonly sourceRef?: string;
}

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** True when the event carries a non-blank proof. */
export function hasProof(event: ConsentEvent): boolean {
  return trimmed(event.proof) !== undefined;
}

/**
 * Checks one event and returns it with `proof` and `sourceRef` trimmed (blank ones dropped), so equal
 * events compare equal. Throws `InvalidConsentEventError` naming the channel and the field: a date that
 * is not a calendar day, or an `OPT_IN` without proof (an opt-in nobody can prove is no consent, RGPD art. 7(1)).
 */
export function validateConsentEvent(event: ConsentEvent): ConsentEvent {
  if (!isIsoDate(event.date)) {
    throw new InvalidConsentEventError(event.channel, 'date', event.date, 'badDate', 'expected a calendar date YYYY-MM-DD');
  }
  if (event.status === 'OPT_IN' && !hasProof(event)) {
    throw new InvalidConsentEventError(event.channel, 'proof', event.proof, 'missingProof', 'an opt-in needs its proof (wording shown or document reference)');
  }
  const proof = trimmed(event.proof);
  const sourceRef = trimmed(event.sourceRef);
  return {
    channel: event.channel,
    status: event.status,
    date: event.date,
    source: event.source,
    ...(proof === undefined ? {} : { proof }),
    ...(sourceRef === undefined ? {} : { sourceRef }),
  };
}
