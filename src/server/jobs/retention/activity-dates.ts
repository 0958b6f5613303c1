/**
 * Inbound activity of one person, from the typed list endpoints (platform.md §4.4, recordings
 * `email-list-from-address.json`, `call-list-held-inbound-by-contact.json`, `meeting-list-held-by-contact.json`).
 * Never from the mixed `Activities/…/history` list, whose `direction` is an entity default. Outbound calls,
 * emails we sent and email opens are not queried at all: they never move the clock.
 */
import type { EspoGateway } from '../../espo/gateway';
import { where } from '../../espo/query/where';
import type { EspoRecord } from '../../espo/types';
import type { PersonEntityType } from './persons';
import { datesOf, readAll } from './read-all';
import { addressesOf } from './shared-addresses';
import { withSignal } from './signal-option';

export interface InboundActivity {
  readonly inboundEmails: readonly string[];
  readonly heldInboundCalls: readonly string[];
  readonly heldMeetings: readonly string[];
}

/** The link of Call/Meeting that holds attendees of this type. */
const ATTENDEE_LINK: Readonly<Record<PersonEntityType, string>> = { Contact: 'contacts', Lead: 'leads' };

/**
 * `dateSent` of the e-mails sent from any of `addresses`, one list request per address. `from` is a special where
 * item of Email: messages sent BY this address (email-list-from-address.json).
 */
export async function inboundEmailDates(gateway: EspoGateway, addresses: readonly string[], signal?: AbortSignal): Promise<string[]> {
  const dates: string[] = [];
  for (const address of addresses) {
    const emails = await readAll(gateway, 'Email', { ...withSignal(signal), select: ['dateSent'], where: [where.equals('from', address)] });
    dates.push(...datesOf(emails, 'dateSent'));
  }
  return dates;
}

/**
 * E-mails from every address the record holds (`emailAddress` and `emailAddressData`, erased ones left out: a
 * whole record has them all, a list call only the primary one), held inbound calls and held meetings.
 */
export async function inboundActivity(
  gateway: EspoGateway,
  entityType: PersonEntityType,
  record: EspoRecord,
  signal?: AbortSignal,
): Promise<InboundActivity> {
  const options = withSignal(signal);
  const attendee = where.linkedWith(ATTENDEE_LINK[entityType], [record.id]);
  const held = where.equals('status', 'Held');
  const emails = await inboundEmailDates(gateway, addressesOf(record, 'emailAddress'), signal);
  const calls = await readAll(gateway, 'Call', { ...options, select: ['dateStart'], where: [attendee, held, where.equals('direction', 'Inbound')] });
  const meetings = await readAll(gateway, 'Meeting', { ...options, select: ['dateStart'], where: [attendee, held] });
  return {
    inboundEmails: emails,
    heldInboundCalls: datesOf(calls, 'dateStart'),
    heldMeetings: datesOf(meetings, 'dateStart'),
  };
}
