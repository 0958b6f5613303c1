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
import { liveEmail } from './persons';
import { datesOf, readAll } from './read-all';

export interface InboundActivity {
  readonly inboundEmails: readonly string[];
  readonly heldInboundCalls: readonly string[];
  readonly heldMeetings: readonly string[];
}

/** The link of Call/Meeting that holds attendees of this type. */
const ATTENDEE_LINK: Readonly<Record<PersonEntityType, string>> = { Contact: 'contacts', Lead: 'leads' };

export async function inboundActivity(
  gateway: EspoGateway,
  entityType: PersonEntityType,
  record: EspoRecord,
  signal?: AbortSignal,
): Promise<InboundActivity> {
  const options = signal === undefined ? {} : { signal };
  const attendee = where.linkedWith(ATTENDEE_LINK[entityType], [record.id]);
  const held = where.equals('status', 'Held');
  const email = liveEmail(record);
  // `from` is a special where item of Email: messages sent BY this address (email-list-from-address.json).
  const emails = email === null ? [] : await readAll(gateway, 'Email', { ...options, select: ['dateSent'], where: [where.equals('from', email)] });
  const calls = await readAll(gateway, 'Call', { ...options, select: ['dateStart'], where: [attendee, held, where.equals('direction', 'Inbound')] });
  const meetings = await readAll(gateway, 'Meeting', { ...options, select: ['dateStart'], where: [attendee, held] });
  return {
    inboundEmails: datesOf(emails, 'dateSent'),
    heldInboundCalls: datesOf(calls, 'dateStart'),
    heldMeetings: datesOf(meetings, 'dateStart'),
  };
}
