/** Reads one person's consent, host flags and relationship into the core's eligibility questions. */
import type { CustomerKindCode } from '../../../core/catalogue';
import { CUSTOMER_KIND } from '../../../core/catalogue';
import type { ConsentChannel, ConsentEvent, EligibilityQuery, HostOptOutFlags, InvalidConsentEventError } from '../../../core/consent';
import { CONSENT_CHANNELS, CONSENT_HISTORY_FIELD, channelFieldNames, consentFromFields } from '../../../core/consent';
import type { EspoRecord } from '../../espo/types';
import type { PersonVehicle } from '../retention/lookups';
import { textOf } from '../retention/persons';

/** Attributes `consent check` reads. */
export const CONSENT_SELECT: readonly string[] = [
  ...CONSENT_CHANNELS.flatMap((channel) => Object.values(channelFieldNames(channel))),
  CONSENT_HISTORY_FIELD, 'emailAddress', 'phoneNumber', 'emailAddressIsOptedOut', 'phoneNumberIsOptedOut', 'doNotCall',
  'autoCibleCustomerKind', 'autoCibleLifecycleStage', 'autoCibleLastWorkshopVisitAt', 'autoCibleRetentionStatus',
];

export interface PersonFacts {
  readonly wonOpportunities: number;
  readonly vehicles: readonly PersonVehicle[];
}

function customerKind(record: EspoRecord): CustomerKindCode | null {
  return CUSTOMER_KIND.options.find((option) => option.code === record.autoCibleCustomerKind)?.code ?? null;
}

function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** A sale or an invoiced service happened: the condition of the soft opt-in (domain.md §2.3). */
export function isExistingCustomer(record: EspoRecord, facts: PersonFacts): boolean {
  const stage = record.autoCibleLifecycleStage;
  return stage === 'CLIENT' || stage === 'ANCIEN_CLIENT' || facts.wonOpportunities > 0 || textOf(record, 'autoCibleLastWorkshopVisitAt') !== null;
}

/** A financing contract still running on `today`: the « contrat en cours » exception for calls (§2.4). */
export function hasRunningContract(facts: PersonFacts, today: string): boolean {
  return facts.vehicles.some((vehicle) => vehicle.financingEndDate !== null && vehicle.financingEndDate.slice(0, 10) >= today);
}

export interface PersonConsent {
  readonly history: readonly ConsentEvent[];
  readonly rejected: readonly InvalidConsentEventError[];
}

/** Throws `ConsentHistoryParseError` when the stored history cannot be read. */
export function personConsent(record: EspoRecord, today: string): PersonConsent {
  return consentFromFields(record, { today, recordId: record.id });
}

export function eligibilityQuery(record: EspoRecord, consent: PersonConsent, facts: PersonFacts, channel: ConsentChannel, today: string): EligibilityQuery {
  const hostFlags: HostOptOutFlags = {
    emailAddressIsOptedOut: flag(record.emailAddressIsOptedOut),
    phoneNumberIsOptedOut: flag(record.phoneNumberIsOptedOut),
    doNotCall: flag(record.doNotCall),
  };
  return {
    person: { id: record.id, consentHistory: consent.history },
    channel,
    today,
    customerKind: customerKind(record),
    isExistingCustomer: isExistingCustomer(record, facts),
    hostFlags,
    // No Bloctel result is stored: until 2026-08-10 a consumer number counts as unchecked (not callable).
    hasRunningContract: hasRunningContract(facts, today),
  };
}
