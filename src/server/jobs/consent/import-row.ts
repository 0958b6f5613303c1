/**
 * One line of a consent file → the person key and the consent event, or why the line cannot be recorded.
 * Reasons are fixed texts: a cell value never appears in a report (it may be personal data).
 */
import { CONSENT_SOURCE, CONSENT_STATUS } from '../../../core/catalogue';
import type { ConsentChannel, ConsentEvent, ConsentEventField, ConsentEventProblem } from '../../../core/consent';
import { InvalidConsentEventError, isConsentSource, isConsentStatus, normaliseEmail, normalisePhone, validateConsentEvent } from '../../../core/consent';
import type { CsvColumn } from '../../../core/generate/csv-columns';
import { normaliseHeader } from '../../../core/generate/csv-columns';
import { parseCell } from '../../../core/generate/csv-values';
import type { PersonKeyKind } from './import-columns';
import type { ImportValues } from './import-file';

export interface PersonKey {
  readonly kind: PersonKeyKind;
  /** The record id, the normalised email address or the E.164 phone number. */
  readonly value: string;
}

/** What made a line unusable: a cell of the event, the person key, or the row itself. */
export type ImportLineField = ConsentEventField | 'channel' | 'key' | 'row';

/** What is wrong with that part, for a message in the reader's language (`reason` is the English text). */
export type ImportLineProblem = ConsentEventProblem | 'unknownChannel' | 'noPersonKey' | 'csvSyntax' | 'cellCount';

export type RowReading =
  | { readonly ok: true; readonly key: PersonKey; readonly event: ConsentEvent; readonly dateDefaulted: boolean }
  | { readonly ok: false; readonly field: ImportLineField; readonly problem: ImportLineProblem; readonly reason: string; readonly channel?: ConsentChannel };

const CHANNEL_SPELLINGS: Readonly<Record<ConsentChannel, readonly string[]>> = {
  email: ['email', 'e-mail', 'mail', 'courriel'],
  sms: ['sms', 'texto'],
  phone: ['phone', 'téléphone', 'tél', 'appel', 'call', 'telephone call'],
  postal: ['postal', 'courrier', 'poste', 'post', 'adresse postale'],
};

function channelOf(text: string): ConsentChannel | undefined {
  const key = normaliseHeader(text);
  return (Object.keys(CHANNEL_SPELLINGS) as ConsentChannel[]).find((channel) => CHANNEL_SPELLINGS[channel].some((s) => normaliseHeader(s) === key));
}

const enumColumn = (attribute: string, options: CsvColumn['options']): CsvColumn => ({ attribute, accepts: [], kind: 'enum', required: false, ...(options === undefined ? {} : { options }) });
const STATUS_COLUMN = enumColumn('status', CONSENT_STATUS.options);
const SOURCE_COLUMN = enumColumn('source', CONSENT_SOURCE.options);
const DATE_COLUMN: CsvColumn = { attribute: 'date', accepts: [], kind: 'date', required: false };

/** A code of the column's enumeration or a `YYYY-MM-DD` date (French `DD/MM/YYYY` accepted), or undefined. */
function cellValue(column: CsvColumn, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const result = parseCell(column, text);
  return result.ok && typeof result.value === 'string' ? result.value : undefined;
}

/** The first usable key: an id, else a valid email address, else a valid phone number. */
export function personKeyOf(values: ImportValues): PersonKey | undefined {
  const email = values.emailAddress === undefined ? undefined : normaliseEmail(values.emailAddress);
  const phone = values.phoneNumber === undefined ? undefined : normalisePhone(values.phoneNumber);
  if (values.id !== undefined) return { kind: 'id', value: values.id };
  if (email !== undefined) return { kind: 'emailAddress', value: email };
  return phone === undefined ? undefined : { kind: 'phoneNumber', value: phone };
}

type EventReading = Exclude<RowReading, { ok: true }> | { readonly ok: true; readonly event: ConsentEvent; readonly dateDefaulted: boolean };

function eventOf(values: ImportValues, today: string, sourceRef: string): EventReading {
  const channel = values.channel === undefined ? undefined : channelOf(values.channel);
  if (channel === undefined) return { ok: false, field: 'channel', problem: 'unknownChannel', reason: 'missing or unknown channel (email, sms, phone, postal)' };
  const status = cellValue(STATUS_COLUMN, values.status);
  if (!isConsentStatus(status)) return { ok: false, field: 'status', problem: 'unknownStatus', channel, reason: 'missing or unknown consent status' };
  const typedSource = values.source === undefined ? 'IMPORT' : cellValue(SOURCE_COLUMN, values.source);
  // An objection is never dropped for a bad cell: an unknown source becomes IMPORT, an unreadable date today.
  const source = isConsentSource(typedSource) ? typedSource : status === 'OPT_OUT' ? 'IMPORT' : undefined;
  if (source === undefined) return { ok: false, field: 'source', problem: 'unknownSource', channel, reason: 'unknown consent source' };
  // An objection dated after today (a typo, day and month swapped) is recorded as of today: never postponed,
  // and not outranked by a consent collected before it. A consent dated after today is refused.
  const typedDate = cellValue(DATE_COLUMN, values.date);
  const futureDate = typedDate !== undefined && typedDate > today;
  if (futureDate && (status === 'OPT_IN' || status === 'SOFT_OPT_IN')) {
    return { ok: false, field: 'date', problem: 'futureDate', channel, reason: 'a consent cannot be dated after the day of the import' };
  }
  const dateDefaulted = typedDate === undefined || (futureDate && status === 'OPT_OUT');
  const date = dateDefaulted ? (status === 'OPT_OUT' ? today : undefined) : typedDate;
  if (date === undefined && values.date !== undefined && values.date.trim() !== '') {
    return { ok: false, field: 'date', problem: 'badDate', channel, reason: 'not a calendar date (YYYY-MM-DD or DD/MM/YYYY)' };
  }
  if (date === undefined) return { ok: false, field: 'date', problem: 'missingDate', channel, reason: 'a consent needs the date it was collected (YYYY-MM-DD or DD/MM/YYYY)' };
  try {
    const event = validateConsentEvent({ channel, status, date, source, sourceRef, ...(values.proof === undefined ? {} : { proof: values.proof }) });
    return { ok: true, event, dateDefaulted };
  } catch (error) {
    if (!(error instanceof InvalidConsentEventError)) throw error;
    return { ok: false, field: error.field, problem: error.problem, channel, reason: error.reason };
  }
}

/**
 * Reads one line; `sourceRef` (the file name) is set on the event, `today` dates an objection with no readable
 * date or dated after it (`dateDefaulted`), and a consent dated after it is refused (`futureDate`). A line
 * that names no one is reported as such first: whatever else it lacks, it could not be recorded.
 */
export function readRow(values: ImportValues, options: { readonly today: string; readonly sourceRef: string }): RowReading {
  const key = personKeyOf(values);
  if (key === undefined) {
    const channel = values.channel === undefined ? undefined : channelOf(values.channel);
    return { ok: false, field: 'key', problem: 'noPersonKey', ...(channel === undefined ? {} : { channel }), reason: 'no usable person key (id, email address or phone number)' };
  }
  const event = eventOf(values, options.today, options.sourceRef);
  return event.ok ? { ...event, key } : event;
}
