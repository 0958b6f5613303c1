/** The eligibility of one channel as the panel shows it, computed by the core's `eligibility()`. */
import { CUSTOMER_KIND } from '../../core/catalogue/enums/relationship';
import { eligibility } from '../../core/consent';
import { DomainInputError } from '../../core/errors';
import type { CustomerKindCode } from '../../core/catalogue';
import type { ConsentChannel, ConsentEvent, EligibilityQuery } from '../../core/consent';
import type { LabelLang } from '../../core/panels-ui';

export type Get = (attribute: string) => unknown;

/** Translates a label key of our bundled panel texts, filling `{name}` placeholders. */
export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

export interface Marketing {
  readonly state: 'eligible' | 'notEligible' | 'undetermined';
  readonly text: string;
  /** Bootstrap label style (platform §3.11). */
  readonly style: 'success' | 'danger' | 'default';
  readonly reason: string | null;
  readonly legal: string | null;
}

function customerKind(value: unknown): CustomerKindCode | null {
  return CUSTOMER_KIND.options.find((option) => option.code === value)?.code ?? null;
}

/** What the record says about the person: kind, customer (lifecycle stage CLIENT) and EspoCRM's opt-out flags. */
export function eligibilityQuery(get: Get, id: string, history: readonly ConsentEvent[], channel: ConsentChannel, today: string): EligibilityQuery {
  return {
    person: { id, consentHistory: history },
    channel,
    today,
    customerKind: customerKind(get('autoCibleCustomerKind')),
    isExistingCustomer: get('autoCibleLifecycleStage') === 'CLIENT',
    hostFlags: {
      emailAddressIsOptedOut: get('emailAddressIsOptedOut') === true,
      phoneNumberIsOptedOut: get('phoneNumberIsOptedOut') === true,
      doNotCall: get('doNotCall') === true,
    },
  };
}

export function undetermined(label: Translate): Marketing {
  return { state: 'undetermined', text: label('autoCibleRgpdUndetermined'), style: 'default', reason: null, legal: null };
}

/** Undetermined when `today` is not a calendar date (the host always gives one). */
export function marketing(query: EligibilityQuery, lang: LabelLang, label: Translate): Marketing {
  try {
    const answer = eligibility(query);
    return {
      state: answer.eligible ? 'eligible' : 'notEligible',
      text: label(answer.eligible ? 'autoCibleRgpdEligible' : 'autoCibleRgpdNotEligible'),
      style: answer.eligible ? 'success' : 'danger',
      reason: answer.reason[lang],
      legal: label('autoCibleRgpdLegalReference', { reference: answer.legalReference }),
    };
  } catch (error) {
    if (error instanceof DomainInputError) return undetermined(label);
    throw error;
  }
}
