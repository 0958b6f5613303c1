import { parseIsoDate } from '../catalogue/iso-date';
import { CONSENT_CHANNELS } from './channels';
import type { ConsentEvent } from './event';
import { channelConsent } from './state';

/** `sourceRef` of an objection read from this installation's opposition list (`opposition.jsonl`). */
export const OPPOSITION_LIST_SOURCE_REF = 'autocible:opposition-list';

/**
 * The objections the opposition list shows and the history does not hold yet, for a person whose e-mail
 * or phone is on the list: one `OPT_OUT` event dated `today` (the day it was first seen) on each channel
 * whose history does not say `OPT_OUT`. Empty once recorded, so a second run adds nothing. A proven opt-in
 * newer than the objection is overridden again: the list is what `consent check`, imports and exports
 * obey, so it is an objection until its entry is removed. Throws `DomainInputError` for a bad `today`.
 */
export function oppositionEvents(history: readonly ConsentEvent[], today: string): ConsentEvent[] {
  parseIsoDate(today, 'today');
  return CONSENT_CHANNELS.filter((channel) => channelConsent(history, channel, today).status !== 'OPT_OUT').map((channel): ConsentEvent => ({
    channel, status: 'OPT_OUT', date: today, source: 'AUTRE', sourceRef: OPPOSITION_LIST_SOURCE_REF,
  }));
}
