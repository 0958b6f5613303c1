/** A record's consent as the server reads it: the core's `consentFromFields` on the model's attributes. */
import { CONSENT_CHANNELS, CONSENT_HISTORY_FIELD, ConsentHistoryParseError, channelFieldNames, consentFromFields } from '../../core/consent';
import { isIsoDate } from '../../core/catalogue/iso-date';
import type { ConsentFromFields } from '../../core/consent';
import type { Get } from './marketing';

/**
 * `unreadable`: the stored history cannot be read, and it may hold objections, so nothing is assessed.
 * `undated`: `today` is not a calendar date (the host always gives one), so nothing is assessed either.
 */
export type RecordConsent = ({ readonly status: 'ok' } & ConsentFromFields) | { readonly status: 'unreadable' } | { readonly status: 'undated' };

/** The attributes `consentFromFields` reads: the JSON history and each channel's flat fields. */
function consentAttributes(get: Get): Record<string, unknown> {
  const names = [CONSENT_HISTORY_FIELD, ...CONSENT_CHANNELS.flatMap((channel) => Object.values(channelFieldNames(channel)))];
  return Object.fromEntries(names.map((name) => [name, get(name)]));
}

export function recordConsent(get: Get, today: string): RecordConsent {
  if (!isIsoDate(today)) return { status: 'undated' };
  try {
    return { status: 'ok', ...consentFromFields(consentAttributes(get), { today }) };
  } catch (error) {
    if (error instanceof ConsentHistoryParseError) return { status: 'unreadable' };
    throw error;
  }
}
