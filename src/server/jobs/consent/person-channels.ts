/**
 * Every channel's answer for one person, from the record alone plus what the caller knows of the person:
 * what `consent check` prints, and what the score job reports beside each score (issue 4: consent is a
 * gate shown next to the score, never points).
 */
import type { ConsentChannel, InvalidConsentEventError, KnownRelationship } from '../../../core/consent';
import { CONSENT_CHANNELS, ConsentHistoryParseError, eligibility } from '../../../core/consent';
import type { EspoRecord } from '../../espo/types';
import type { PersonEntityType } from '../retention/persons';
import type { ConsentCheckLine } from './check-line';
import { invalidHistoryLine, lineOf, opposedLine } from './check-line';
import { eligibilityQueryOf, personConsent } from './person-query';

export interface PersonChannels {
  readonly lines: readonly ConsentCheckLine[];
  /** Hand edits of the consent fields that could not be recorded as events. */
  readonly rejected: readonly InvalidConsentEventError[];
}

export interface PersonChannelsInput {
  readonly entityType: PersonEntityType;
  readonly record: EspoRecord;
  readonly known: KnownRelationship;
  readonly today: string;
  /** The person's e-mail or phone is on the opposition list. */
  readonly opposed?: boolean;
  readonly channels?: readonly ConsentChannel[];
}

export function personChannels(input: PersonChannelsInput): PersonChannels {
  const { entityType, record, today } = input;
  const channels = input.channels ?? CONSENT_CHANNELS;
  if (input.opposed === true) return { lines: channels.map((channel) => opposedLine(record.id, entityType, channel)), rejected: [] };
  let consent;
  try {
    consent = personConsent(record, today);
  } catch (error) {
    if (!(error instanceof ConsentHistoryParseError)) throw error;
    return { lines: channels.map((channel) => invalidHistoryLine(record.id, entityType, channel)), rejected: [] };
  }
  const lines = channels.map((channel) => lineOf(record.id, entityType, eligibility(eligibilityQueryOf(record, consent, input.known, channel, today))));
  return { lines, rejected: consent.rejected };
}
