import type { ConsentSourceCode, ConsentStatusCode } from '../catalogue';

/** Marketing channels that carry their own consent (domain.md §2.3–2.5): never one boolean per person. */
export const CONSENT_CHANNELS = ['email', 'sms', 'phone', 'postal'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** Codes of the catalogue's `consentStatus` enumeration. */
export const CONSENT_STATUSES = ['OPT_IN', 'SOFT_OPT_IN', 'OPT_OUT', 'UNKNOWN'] as const satisfies readonly ConsentStatusCode[];

/** Codes of the catalogue's `consentSource` enumeration. */
export const CONSENT_SOURCES = [
  'FORMULAIRE',
  'MAGASIN',
  'IMPORT',
  'TELEPHONE',
  'EMAIL',
  'COURRIER',
  'AUTRE',
] as const satisfies readonly ConsentSourceCode[];

/** The catalogue's flat fields of one channel (see catalogue/fields/consent.ts). */
export interface ChannelFieldNames {
  readonly status: string;
  readonly date: string;
  readonly source: string;
  readonly proof: string;
}

const FIELD_KEY: Readonly<Record<ConsentChannel, string>> = { email: 'Email', sms: 'Sms', phone: 'Phone', postal: 'Postal' };

export function channelFieldNames(channel: ConsentChannel): ChannelFieldNames {
  const prefix = `autoCibleConsent${FIELD_KEY[channel]}`;
  return { status: `${prefix}Status`, date: `${prefix}Date`, source: `${prefix}Source`, proof: `${prefix}Proof` };
}

/** The text field holding the JSON history of every consent event. */
export const CONSENT_HISTORY_FIELD = 'autoCibleConsentHistory';

export function isConsentStatus(value: unknown): value is ConsentStatusCode {
  return typeof value === 'string' && (CONSENT_STATUSES as readonly string[]).includes(value);
}

export function isConsentSource(value: unknown): value is ConsentSourceCode {
  return typeof value === 'string' && (CONSENT_SOURCES as readonly string[]).includes(value);
}
