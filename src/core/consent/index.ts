// Consent per channel (issue 5, domain.md §2.3–2.5): events, derived state, merge, storage in the
// catalogue's fields, marketing eligibility and the opposition-list keys. Pure: `today` is an input.

// Channels and events
export {
  CONSENT_CHANNELS,
  CONSENT_HISTORY_FIELD,
  CONSENT_SOURCES,
  CONSENT_STATUSES,
  channelFieldNames,
  isConsentSource,
  isConsentStatus,
} from './channels';
export type { ChannelFieldNames, ConsentChannel } from './channels';
export { hasProof, validateConsentEvent } from './event';
export type { ConsentEvent } from './event';
export { InvalidConsentEventError } from './invalid-consent-event-error';
export type { ConsentEventField, ConsentEventProblem } from './invalid-consent-event-error';

// State and merge
export { channelConsent, consentSnapshot } from './state';
export type { ChannelConsent, ConsentSnapshot } from './state';
export { mergeConsent } from './merge';
export { compareConsentEvents, consentEventKey } from './order';

// Storage in EspoCRM fields
export { CONSENT_HISTORY_VERSION, checkConsentHistory } from './history-check';
export type { ConsentHistoryCheck } from './history-check';
export { parseConsentHistory, serialiseConsentHistory } from './history-json';
export { ConsentHistoryParseError } from './consent-history-parse-error';
export type { ConsentHistoryIssue } from './consent-history-parse-error';
export { consentFromFields, consentToFields } from './fields';
export type { ConsentFieldValues, ConsentFromFields } from './fields';

// Marketing eligibility
export { eligibility } from './eligibility';
export type { Eligibility, EligibilityQuery, HostOptOutFlags } from './eligibility';
export { ELIGIBILITY_RULES } from './eligibility-rules';
export type { EligibilityRule, EligibilityRuleId } from './eligibility-rules';
export { LEGAL, PHONE_PRIOR_CONSENT_FROM } from './legal-references';
export { HOST_FLAG_CHANNELS, HOST_FLAG_SOURCE_REF_PREFIX, hostFlagEvents, hostFlagSourceRef } from './host-flag-events';
export { HOST_OPT_OUT_ATTRIBUTES, hasRunningContract, hostOptOutFlags, isExistingCustomer, personEligibilityQuery } from './person-query';
export type { AttributeReader, KnownRelationship } from './person-query';

// Opposition list
export { emailMatchKey, normaliseEmail } from './normalise-email';
export { normalisePhone } from './normalise-phone';
export { oppositionKey, oppositionKeyForms, oppositionKeys } from './opposition-key';
export { OPPOSITION_LIST_SOURCE_REF, oppositionEvents } from './opposition-events';
export type { HashFunction, OppositionKey, OppositionKind } from './opposition-key';
