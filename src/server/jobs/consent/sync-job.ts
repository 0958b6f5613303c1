/**
 * `consent sync`: folds the consent fields staff edited by hand in EspoCRM, and the objections its own
 * opt-out flags show (`emailAddressIsOptedOut`, `phoneNumberIsOptedOut`, `doNotCall`), into each person's
 * history, then puts the flat fields back to what the history says. A newer opt-out always wins; an opt-in typed without
 * its proof or date is not recorded (RGPD art. 7(1)) and is reported, and the flat fields stop showing it
 * as current. Writes only changed attributes, so a second run writes nothing. Dry run unless `ctx.dryRun`
 * is false.
 */
import type { ConsentChannel } from '../../../core/consent';
import { CONSENT_HISTORY_FIELD, ConsentHistoryParseError } from '../../../core/consent';
import { isEspoRecordNotFoundError } from '../../espo/errors';
import type { EspoGateway } from '../../espo/gateway';
import type { EspoRecord } from '../../espo/types';
import type { RgpdJobContext } from '../retention/job-context';
import type { PersonEntityType } from '../retention/persons';
import { isAnonymised, PERSON_ENTITY_TYPES } from '../retention/persons';
import type { RejectedEdit } from './consent-fields';
import { FOLD_SELECT, changedChannels, consentChanges, foldConsent } from './consent-fields';

export interface ConsentSyncInput {
  readonly gateway: EspoGateway;
  /** Day an objection typed without a date is recorded on, and the day the flat fields show. */
  readonly today: string;
  /** @defaultValue ['Contact', 'Lead'] */
  readonly entityTypes?: readonly PersonEntityType[];
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
  /** Events added to the history: hand edits and objections read from EspoCRM's opt-out flags. */
  readonly eventsAdded: number;
  /** Channels whose objection was read from an EspoCRM opt-out flag (counted in `eventsAdded`). */
  readonly fromHostFlags: readonly ConsentChannel[];
  readonly rejected: readonly RejectedEdit[];
}

export interface ConsentSyncReport {
  readonly today: string;
  readonly dryRun: boolean;
  readonly people: number;
  readonly counts: Readonly<Record<ConsentSyncOutcome | 'unchanged', number>>;
  /** Events recorded into histories (hand edits and flag objections), flag objections among them, and hand edits refused. */
  readonly eventsAdded: number;
  readonly hostFlagObjections: number;
  readonly rejectedEdits: number;
}

async function syncRecord(input: ConsentSyncInput, entityType: PersonEntityType, record: EspoRecord, ctx: RgpdJobContext): Promise<ConsentSyncLine | null> {
  const line = (outcome: ConsentSyncOutcome, channels: readonly ConsentChannel[] = [], eventsAdded = 0, fromHostFlags: readonly ConsentChannel[] = [], rejected: readonly RejectedEdit[] = []): ConsentSyncLine =>
    ({ id: record.id, entityType, outcome, channels, eventsAdded, fromHostFlags, rejected });
  let folded;
  try {
    folded = foldConsent(record, input.today);
  } catch (error) {
    if (error instanceof ConsentHistoryParseError) return line('invalidHistory');
    throw error;
  }
  const changes = consentChanges(record, folded.history, input.today);
  if (Object.keys(changes).length === 0) return null;
  const eventsAdded = CONSENT_HISTORY_FIELD in changes ? folded.history.length - folded.stored.length : 0;
  if (!ctx.dryRun) {
    try {
      await input.gateway.update(entityType, record.id, changes, { signal: ctx.signal });
    } catch (error) {
      if (isEspoRecordNotFoundError(error)) return line('gone');
      throw error;
    }
  }
  return line(ctx.dryRun ? 'wouldUpdate' : 'updated', changedChannels(changes), eventsAdded, CONSENT_HISTORY_FIELD in changes ? folded.fromHostFlags : [], folded.rejected);
}

export async function runConsentSync(input: ConsentSyncInput, ctx: RgpdJobContext): Promise<ConsentSyncReport> {
  const entityTypes = input.entityTypes ?? PERSON_ENTITY_TYPES;
  const counts = { updated: 0, wouldUpdate: 0, invalidHistory: 0, gone: 0, unchanged: 0 };
  let people = 0;
  let eventsAdded = 0;
  let rejectedEdits = 0;
  let hostFlagObjections = 0;
  for (const [stepIndex, entityType] of entityTypes.entries()) {
    const select = [...FOLD_SELECT, 'autoCibleRetentionStatus'];
    for await (const record of input.gateway.iterate(entityType, { select, signal: ctx.signal })) {
      if (isAnonymised(record)) continue;
      people += 1;
      const line = await syncRecord(input, entityType, record, ctx);
      counts[line?.outcome ?? 'unchanged'] += 1;
      if (line !== null) {
        eventsAdded += line.eventsAdded;
        hostFlagObjections += line.fromHostFlags.length;
        rejectedEdits += line.rejected.length;
        input.onRecord?.(line);
      }
      if (people % 200 === 0) ctx.progress({ step: entityType, done: people, stepIndex, stepCount: entityTypes.length });
    }
  }
  return { today: input.today, dryRun: ctx.dryRun, people, counts, eventsAdded, hostFlagObjections, rejectedEdits };
}
