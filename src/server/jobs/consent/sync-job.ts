/**
 * `consent sync`: folds the consent fields staff edited by hand in EspoCRM, the objections its own opt-out
 * flags show (`emailAddressIsOptedOut`, `phoneNumberIsOptedOut`, `doNotCall`) and, when the installation has
 * one, the opposition list (a person whose e-mail or phone is on it objects on every channel) into each
 * person's history, then puts the flat fields back to what the history says. A newer opt-out always wins;
 * an opt-in typed without its proof or date is not recorded (RGPD art. 7(1)) and is reported, and the flat
 * fields stop showing it as current. Writes only changed attributes, so a second run writes nothing. Dry
 * run unless `ctx.dryRun` is false.
 */
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_HISTORY_FIELD, ConsentHistoryParseError } from '../../../core/consent';
import { isEspoRecordNotFoundError } from '../../espo/errors';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import type { RgpdJobContext } from '../retention/job-context';
import type { PersonEntityType } from '../retention/persons';
import { isAnonymised, PERSON_ENTITY_TYPES } from '../retention/persons';
import type { FoldedConsent, RejectedEdit } from './consent-fields';
import { FOLD_SELECT, changedChannels, consentChanges, foldConsent } from './consent-fields';
import { ListedPerson } from './listed-person';
import { isOpposedPerson } from './opposed';
import type { OppositionInput } from './opposed';

/**
 * The identifiers `identifierKeys` reads that a list call returns, selected only with an opposition list
 * (data minimisation). `emailAddressData`/`phoneNumberData` are left out: EspoCRM returns them on a read
 * of one record, not in lists (recordings `contact-get.json` and `contact-list-select.json`), as in
 * `consent check`'s `CONSENT_SELECT`. Primary addresses and numbers are matched from the list; the others
 * only with `allIdentifiers`, which reads each person not already matched.
 */
const IDENTIFIER_SELECT: readonly string[] = ['emailAddress', 'phoneNumber'];

export interface ConsentSyncInput {
  readonly gateway: EspoGateway;
  /** Day an objection typed without a date is recorded on, and the day the flat fields show. */
  readonly today: string;
  /** @defaultValue ['Contact', 'Lead'] */
  readonly entityTypes?: readonly PersonEntityType[];
  /** The opposition list, when the installation has one (`OppositionInput`). */
  readonly opposition?: OppositionInput;
  /** Called for each record that changes (or would), has rejected edits, or cannot be read. */
  readonly onRecord?: (line: ConsentSyncLine) => void;
}

/**
 * - `updated`: written; `wouldUpdate`: dry run;
 * - `invalidHistory`: the stored history cannot be read and was left alone (it may hold objections);
 * - `gone`: deleted in EspoCRM between the read and the write.
 */
export type ConsentSyncOutcome = 'updated' | 'wouldUpdate' | 'invalidHistory' | 'gone';

/** One JSON line of `consent sync --json`: ids, channels and field names only, never a value. */
export interface ConsentSyncLine {
  readonly id: string;
  readonly entityType: PersonEntityType;
  readonly outcome: ConsentSyncOutcome;
  /** Channels whose flat fields are rewritten. */
  readonly channels: readonly ConsentChannel[];
  /** Events added to the history: hand edits and objections read from EspoCRM's opt-out flags and the opposition list. */
  readonly eventsAdded: number;
  /** Channels whose objection was read from an EspoCRM opt-out flag (counted in `eventsAdded`). */
  readonly fromHostFlags: readonly ConsentChannel[];
  /** Channels whose objection was read from the opposition list (counted in `eventsAdded`); never says which identifier matched. */
  readonly fromOppositionList: readonly ConsentChannel[];
  readonly rejected: readonly RejectedEdit[];
  /** Channels whose hand edit was recorded but is overridden by another event (`FoldedConsent.outranked`): the fields show that event. */
  readonly outranked: readonly ConsentChannel[];
}

export interface ConsentSyncReport {
  readonly today: string;
  readonly dryRun: boolean;
  readonly people: number;
  readonly counts: Readonly<Record<ConsentSyncOutcome | 'unchanged', number>>;
  /** Events recorded into histories (hand edits, flag and list objections), flag and list objections among them, and hand edits refused. */
  readonly eventsAdded: number;
  readonly hostFlagObjections: number;
  readonly oppositionObjections: number;
  readonly rejectedEdits: number;
  /** Hand edits recorded but overridden by another event. */
  readonly outrankedEdits: number;
}

/** The line of a record that changes: the objections it names are those the written history records. */
function changedLine(record: EspoRecord, entityType: PersonEntityType, outcome: ConsentSyncOutcome, folded: FoldedConsent, changes: Readonly<Record<string, unknown>>): ConsentSyncLine {
  const historyChanged = CONSENT_HISTORY_FIELD in changes;
  return {
    id: record.id, entityType, outcome, channels: changedChannels(changes),
    eventsAdded: historyChanged ? folded.history.length - folded.stored.length : 0,
    fromHostFlags: historyChanged ? folded.fromHostFlags : [],
    fromOppositionList: historyChanged ? folded.fromOppositionList : [],
    rejected: folded.rejected,
    outranked: folded.outranked,
  };
}

type Planned = { readonly folded: FoldedConsent; readonly changes: Readonly<Record<string, unknown>> } | 'invalidHistory';

/** The history folded with today's objections and edits, and the fields that change. */
function planned(record: EspoRecord, input: ConsentSyncInput, opposed: boolean): Planned {
  let folded;
  try {
    folded = foldConsent(record, input.today, { opposed });
  } catch (error) {
    if (error instanceof ConsentHistoryParseError) return 'invalidHistory';
    throw error;
  }
  return { folded, changes: consentChanges(record, folded.history, input.today) };
}

async function syncRecord(input: ConsentSyncInput, entityType: PersonEntityType, listed: EspoRecord, ctx: RgpdJobContext): Promise<ConsentSyncLine | null> {
  const bare = (outcome: ConsentSyncOutcome): ConsentSyncLine =>
    ({ id: listed.id, entityType, outcome, channels: [], eventsAdded: 0, fromHostFlags: [], fromOppositionList: [], rejected: [], outranked: [] });
  const person = new ListedPerson(input.gateway, entityType, listed, ctx.signal);
  const opposed = await isOpposedPerson(person, input.opposition);
  if (opposed === null) return bare('gone');
  // The history and proofs as stored, not as a list call may have cut them (listed-person.ts).
  let record = await person.withWholeConsent();
  if (record === null) return bare('gone');
  let plan = planned(record, input, opposed);
  if (plan === 'invalidHistory') return bare('invalidHistory');
  if (Object.keys(plan.changes).length === 0) return null;
  if (!ctx.dryRun) {
    // Read right before writing: a consent typed by hand since the page was listed is folded in, never
    // overwritten by the snapshot. A whole read this person's step already made is as recent; otherwise one
    // request per person written (most people are unchanged).
    const fresh = person.wasRead ? await person.whole() : await input.gateway.get(entityType, listed.id, { signal: ctx.signal });
    if (fresh === null) return bare('gone');
    // The whole record: a consent field the list left out (empty then) may hold the hand edit now.
    record = fresh;
    plan = planned(record, input, opposed);
    if (plan === 'invalidHistory') return bare('invalidHistory');
    if (Object.keys(plan.changes).length === 0) return null;
    try {
      await input.gateway.update(entityType, record.id, plan.changes, { signal: ctx.signal });
    } catch (error) {
      if (isEspoRecordNotFoundError(error)) return bare('gone');
      throw error;
    }
  }
  return changedLine(record, entityType, ctx.dryRun ? 'wouldUpdate' : 'updated', plan.folded, plan.changes);
}

export async function runConsentSync(input: ConsentSyncInput, ctx: RgpdJobContext): Promise<ConsentSyncReport> {
  const entityTypes = input.entityTypes ?? PERSON_ENTITY_TYPES;
  const counts = { updated: 0, wouldUpdate: 0, invalidHistory: 0, gone: 0, unchanged: 0 };
  let people = 0;
  let eventsAdded = 0;
  let rejectedEdits = 0;
  let outrankedEdits = 0;
  let hostFlagObjections = 0;
  let oppositionObjections = 0;
  const select = [...FOLD_SELECT, 'autoCibleRetentionStatus', ...(input.opposition === undefined ? [] : IDENTIFIER_SELECT)];
  for (const [stepIndex, entityType] of entityTypes.entries()) {
    for await (const record of input.gateway.iterate(entityType, { select, signal: ctx.signal })) {
      if (isAnonymised(record)) continue;
      people += 1;
      const line = await syncRecord(input, entityType, record, ctx);
      counts[line?.outcome ?? 'unchanged'] += 1;
      if (line !== null) {
        eventsAdded += line.eventsAdded;
        hostFlagObjections += line.fromHostFlags.length;
        oppositionObjections += line.fromOppositionList.length;
        rejectedEdits += line.rejected.length;
        outrankedEdits += line.outranked.length;
        input.onRecord?.(line);
      }
      if (people % 200 === 0) ctx.progress({ step: entityType, done: people, stepIndex, stepCount: entityTypes.length });
    }
  }
  return { today: input.today, dryRun: ctx.dryRun, people, counts, eventsAdded, hostFlagObjections, oppositionObjections, rejectedEdits, outrankedEdits };
}
