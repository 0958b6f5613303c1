import { AutoCibleError } from '../errors';
import type { ConsentChannel } from './channels';

/** The part of a consent event that made it unacceptable. */
export type ConsentEventField = 'status' | 'date' | 'source' | 'proof';

/**
 * What is wrong with it, for a message in the reader's language (`reason` is the English text).
 * `futureDate`: a consent dated after the day it is recorded on (a typo, or day and month swapped).
 */
export type ConsentEventProblem = 'badDate' | 'missingDate' | 'futureDate' | 'missingProof' | 'unknownStatus' | 'unknownSource';

/**
 * A consent event cannot be recorded: an opt-in without proof or date, an unknown status… Carries the
 * channel and the field so an import or an edit form can point at the right cell.
 */
export class InvalidConsentEventError extends AutoCibleError {
  readonly code = 'CONSENT_EVENT_INVALID';

  constructor(
    readonly channel: ConsentChannel,
    readonly field: ConsentEventField,
    readonly value: unknown,
    readonly problem: ConsentEventProblem,
    readonly reason: string,
  ) {
    super(`Invalid ${channel} consent event, field "${field}": ${reason}`);
  }
}
