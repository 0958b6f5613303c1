/**
 * What the erase leaves opted in (platform.md §5, verified on 9.2.7: the email is opted out, the phone is
 * NOT) and our own consent fields: after anonymisation nothing may ever be sent to this record again.
 */
import { CONSENT_CHANNELS, channelFieldNames } from '../../../core/consent';
import type { EspoRecord } from '../../espo/types';
import { textOf } from './persons';

/** Changed attributes only, so a rerun sends no request once they are set. */
export function optOutChanges(record: EspoRecord, today: string): Record<string, string | boolean> {
  const changes: Record<string, string | boolean> = {};
  // The flags follow the email/phone record: set them only where one exists, else EspoCRM stores null.
  if (textOf(record, 'emailAddress') !== null && record.emailAddressIsOptedOut !== true) changes.emailAddressIsOptedOut = true;
  if (textOf(record, 'phoneNumber') !== null && record.phoneNumberIsOptedOut !== true) changes.phoneNumberIsOptedOut = true;
  if (record.doNotCall !== true) changes.doNotCall = true;
  for (const channel of CONSENT_CHANNELS) {
    const names = channelFieldNames(channel);
    if (record[names.status] === 'OPT_OUT') continue;
    // Dated the day AutoCible recorded it; the proof was erased with the rest, the source says "other".
    Object.assign(changes, { [names.status]: 'OPT_OUT', [names.date]: today, [names.source]: 'AUTRE' });
  }
  return changes;
}
