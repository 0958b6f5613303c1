/** Reads one person's consent, host flags and relationship into the core's eligibility questions. */
import type { ConsentChannel, ConsentEvent, EligibilityQuery, InvalidConsentEventError, KnownRelationship } from '../../../core/consent';
import { CONSENT_CHANNELS, CONSENT_HISTORY_FIELD, channelFieldNames, consentFromFields, HOST_OPT_OUT_ATTRIBUTES, personEligibilityQuery } from '../../../core/consent';
import type { EspoRecord } from '../../espo/types';
import type { PersonVehicle } from '../retention/lookups';

/** Attributes `consent check` reads. */
export const CONSENT_SELECT: readonly string[] = [
  ...CONSENT_CHANNELS.flatMap((channel) => Object.values(channelFieldNames(channel))),
  CONSENT_HISTORY_FIELD, 'emailAddress', 'phoneNumber', ...HOST_OPT_OUT_ATTRIBUTES,
  'autoCibleCustomerKind', 'autoCibleLifecycleStage', 'autoCibleLastWorkshopVisitAt', 'autoCibleRetentionStatus',
];

export interface PersonFacts {
  readonly wonOpportunities: number;
  readonly vehicles: readonly PersonVehicle[];
}

/** The person's won opportunities and vehicle contracts, in the terms of the core's eligibility reading. */
export function knownRelationship(facts: PersonFacts): KnownRelationship {
  return { wonOpportunities: facts.wonOpportunities, financingEndDates: facts.vehicles.map((vehicle) => vehicle.financingEndDate) };
}

export interface PersonConsent {
  readonly history: readonly ConsentEvent[];
  readonly rejected: readonly InvalidConsentEventError[];
}

/** Throws `ConsentHistoryParseError` when the stored history cannot be read. */
export function personConsent(record: EspoRecord, today: string): PersonConsent {
  return consentFromFields(record, { today, recordId: record.id });
}

export function eligibilityQueryOf(record: EspoRecord, consent: PersonConsent, known: KnownRelationship, channel: ConsentChannel, today: string): EligibilityQuery {
  return personEligibilityQuery((attribute) => record[attribute], { id: record.id, history: consent.history }, channel, today, known);
}
