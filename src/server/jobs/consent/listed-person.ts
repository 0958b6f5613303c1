/**
 * A person as a list call returned it, read whole when that call may have cut its consent.
 *
 * EspoCRM cuts every `text` attribute a list call selects (`GET {Entity}?select=…`, related lists too) to its
 * first `maxSelectTextAttributeLengthForList` characters: `Record\Service::getMaxSelectTextAttributeLength`
 * (10 000 when the config does not set it) is applied as `LEFT(column, N)` by `Core\Select\Select\Applier`.
 * Reading one record (`GET {Entity}/{id}`) returns it whole. The consent history is JSON in such a field, and
 * the proof texts its events carry make a history kept for years pass 10 000 characters: cut, it no longer
 * parses and would be reported unreadable (`CONSENT_HISTORY_INVALID`), never synced, and its channels never
 * assessed. A proof longer than the limit would come cut too, and be taken for a new hand edit.
 */
import { CONSENT_CHANNELS, CONSENT_HISTORY_FIELD, channelFieldNames } from '../../../core/consent';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';

/**
 * EspoCRM's default for `maxSelectTextAttributeLengthForList` (`Record\Service::MAX_SELECT_TEXT_ATTRIBUTE_LENGTH`):
 * the characters of a `text` attribute a list call returns. An administrator may set it lower in `data/config.php`,
 * so the history is not judged by it (see `consentMayBeCut`); only a proof, which has no other sign of a cut, is.
 */
export const ESPO_LIST_TEXT_LIMIT = 10_000;

const PROOF_ATTRIBUTES: readonly string[] = CONSENT_CHANNELS.map((channel) => channelFieldNames(channel).proof);

/** Text that is not JSON: a JSON text attribute a list call cut (or a corrupt one). */
export function isBrokenJson(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    JSON.parse(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * Whether a list call may have cut the record's consent, so that it must be read whole before it is judged.
 *
 * - The history: when it is text that is not JSON. A cut history is a proper prefix of the stored JSON object,
 *   which is never JSON, whatever limit the administrator set: this test misses no cut, where "at least 10 000
 *   characters long" would miss every cut under a lowered limit. A genuinely corrupt history costs one read
 *   (then it is reported as before); a history that is JSON but not a valid history cannot be a cut and is not
 *   read again.
 * - A proof: when it is at least `ESPO_LIST_TEXT_LIMIT` characters long (a cut proof is still text).
 */
export function consentMayBeCut(record: EspoRecord): boolean {
  return isBrokenJson(record[CONSENT_HISTORY_FIELD])
    || PROOF_ATTRIBUTES.some((attribute) => {
      const value = record[attribute];
      return typeof value === 'string' && value.length >= ESPO_LIST_TEXT_LIMIT;
    });
}

/** The attributes the list call returned, with the values of the whole record (one snapshot, no attribute added). */
export function refreshedFrom(listed: EspoRecord, whole: EspoRecord): EspoRecord {
  const out: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(listed)) out[attribute] = attribute in whole ? whole[attribute] : value;
  return { ...out, id: listed.id };
}

/**
 * One person of a list page, and its whole record read at most once, when a step needs it (the opposition list's
 * other identifiers, a consent the list call may have cut): never two requests for one person. Nothing outlives
 * the person, so memory stays flat.
 */
export class ListedPerson {
  private read: Promise<EspoRecord | null> | undefined;

  constructor(
    private readonly gateway: EspoGateway,
    readonly entityType: string,
    readonly listed: EspoRecord,
    private readonly signal?: AbortSignal,
  ) {}

  /** Whether the whole record was read already (moments ago: within this person's step). */
  get wasRead(): boolean {
    return this.read !== undefined;
  }

  /** `GET {Entity}/{id}`, once; null when the record no longer exists. */
  whole(): Promise<EspoRecord | null> {
    this.read ??= this.gateway.get(this.entityType, this.listed.id, this.signal === undefined ? {} : { signal: this.signal });
    return this.read;
  }

  /**
   * The listed record, or, when the list call may have cut its consent (`consentMayBeCut`), the same attributes
   * read whole; null when, read again, it no longer exists.
   */
  async withWholeConsent(): Promise<EspoRecord | null> {
    if (!consentMayBeCut(this.listed)) return this.listed;
    const whole = await this.whole();
    return whole === null ? null : refreshedFrom(this.listed, whole);
  }
}
