import type { ConsentStatusCode, CustomerKindCode, Label } from '../catalogue';
import { parseIsoDate } from '../catalogue/iso-date';
import type { ConsentChannel } from './channels';
import type { EligibilityRuleId } from './eligibility-rules';
import { ELIGIBILITY_RULES } from './eligibility-rules';
import type { ConsentEvent } from './event';
import { PHONE_PRIOR_CONSENT_FROM } from './legal-references';
import { channelConsent } from './state';

/** EspoCRM's own opt-out flags (platform.md §5); they always win over our consent history. */
export interface HostOptOutFlags {
  readonly emailAddressIsOptedOut?: boolean | null;
  readonly phoneNumberIsOptedOut?: boolean | null;
  readonly doNotCall?: boolean | null;
}

export interface EligibilityQuery {
  readonly person: { readonly id?: string; readonly consentHistory: readonly ConsentEvent[] };
  readonly channel: ConsentChannel;
  /** The day the marketing would happen, `YYYY-MM-DD`: the phone rules change on 2026-08-11. */
  readonly today: string;
  /** Private or professional; when unknown the consumer rules apply, being the stricter. */
  readonly customerKind?: CustomerKindCode | null;
  /** The person bought from the dealership (a sale or a service): the condition of the soft opt-in. */
  readonly isExistingCustomer: boolean;
  readonly hostFlags: HostOptOutFlags;
  /** Result of the Bloctel check; until 2026-08-10 an unchecked consumer number is not callable. */
  readonly bloctelListed?: boolean;
  /** A contract with the person is running (financing, maintenance…): calls about it are allowed. */
  readonly hasRunningContract?: boolean;
}

export interface Eligibility {
  readonly channel: ConsentChannel;
  readonly eligible: boolean;
  readonly reason: Label;
  readonly legalReference: string;
  readonly ruleId: EligibilityRuleId;
  /** The consent state the answer was based on. */
  readonly consentStatus: ConsentStatusCode;
}

function hostRule(channel: ConsentChannel, flags: HostOptOutFlags): EligibilityRuleId | undefined {
  if (channel === 'email' && flags.emailAddressIsOptedOut === true) return 'HOST_EMAIL_OPTED_OUT';
  // SMS and calls both reach the phone number; `doNotCall` only speaks of calls.
  if ((channel === 'sms' || channel === 'phone') && flags.phoneNumberIsOptedOut === true) return 'HOST_PHONE_OPTED_OUT';
  if (channel === 'phone' && flags.doNotCall === true) return 'HOST_DO_NOT_CALL';
  return undefined;
}

function electronicRule(consumer: boolean, status: ConsentStatusCode, isExistingCustomer: boolean): EligibilityRuleId {
  if (!consumer) return 'B2B_ELECTRONIC_ALLOWED';
  if (status === 'OPT_IN') return 'B2C_ELECTRONIC_OPT_IN';
  if (status === 'SOFT_OPT_IN') return isExistingCustomer ? 'B2C_ELECTRONIC_SOFT_OPT_IN' : 'B2C_ELECTRONIC_SOFT_OPT_IN_NOT_CUSTOMER';
  return 'B2C_ELECTRONIC_NO_CONSENT';
}

function consumerPhoneRule(query: EligibilityQuery, status: ConsentStatusCode): EligibilityRuleId {
  const contract = query.hasRunningContract === true;
  if (query.today >= PHONE_PRIOR_CONSENT_FROM) {
    if (status === 'OPT_IN') return 'B2C_PHONE_PRIOR_CONSENT';
    return contract ? 'B2C_PHONE_CONTRACT' : 'B2C_PHONE_NO_CONSENT';
  }
  if (query.bloctelListed === false) return 'B2C_PHONE_NOT_OPPOSED';
  if (contract) return 'B2C_PHONE_BLOCTEL_CONTRACT';
  return query.bloctelListed === true ? 'B2C_PHONE_BLOCTEL_LISTED' : 'B2C_PHONE_BLOCTEL_UNCHECKED';
}

function channelRule(query: EligibilityQuery, status: ConsentStatusCode): EligibilityRuleId {
  const consumer = query.customerKind !== 'PROFESSIONNEL';
  switch (query.channel) {
    case 'email':
    case 'sms':
      return electronicRule(consumer, status, query.isExistingCustomer);
    case 'phone':
      return consumer ? consumerPhoneRule(query, status) : 'B2B_PHONE_ALLOWED';
    case 'postal':
      return 'POSTAL_ALLOWED';
  }
}

/**
 * May the person receive marketing on `channel` on `today`? In order: EspoCRM's opt-out flags, then
 * any objection in the consent history (both absolute, RGPD art. 21(3)), then the channel's regime
 * (domain.md §2.3–2.5). Every answer names its rule and legal reference. Throws `DomainInputError`
 * when `today` is not a calendar date.
 */
export function eligibility(query: EligibilityQuery): Eligibility {
  parseIsoDate(query.today, 'today');
  const { status } = channelConsent(query.person.consentHistory, query.channel, query.today);
  const ruleId = hostRule(query.channel, query.hostFlags) ?? (status === 'OPT_OUT' ? 'CONSENT_OPTED_OUT' : channelRule(query, status));
  return { channel: query.channel, ...ELIGIBILITY_RULES[ruleId], ruleId, consentStatus: status };
}
