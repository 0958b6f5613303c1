/**
 * Records a file's events for one person: reads the record fresh, folds pending hand edits first (so an
 * import never overwrites an opt-out typed in EspoCRM), drops opt-ins for a person on the opposition list,
 * merges, and writes only the changed consent attributes.
 */
import type { ConsentEvent, OppositionKey } from '../../../core/consent';
import { CONSENT_HISTORY_FIELD, ConsentHistoryParseError, consentEventKey, mergeConsent } from '../../../core/consent';
import { isEspoRecordNotFoundError } from '../../espo/errors';
import type { EspoRecord } from '../../espo/types';
import { identifierKeys } from '../retention/identifier-keys';
import type { RgpdJobContext } from '../retention/job-context';
import type { FoldedConsent } from './consent-fields';
import { changedChannels, consentChanges, foldConsent } from './consent-fields';
import type { PersonRef } from './import-persons';
import type { ConsentImportInput, ConsentImportRecord, ImportLineOutcome } from './import-types';

export interface PendingEvent {
  readonly line: number;
  readonly event: ConsentEvent;
  readonly dateDefaulted: boolean;
  /** Opposition keys of the email address and phone number written on the line. */
  readonly lineKeys: readonly OppositionKey[];
}

export interface PersonImport {
  readonly outcomes: readonly { readonly line: number; readonly outcome: ImportLineOutcome }[];
  readonly record: ConsentImportRecord | null;
}

const isOptIn = (event: ConsentEvent): boolean => event.status === 'OPT_IN' || event.status === 'SOFT_OPT_IN';

/** An undated objection gets today's date, so on a rerun another day it is found by its file instead. */
function alreadyImported(history: readonly ConsentEvent[], item: PendingEvent): boolean {
  const { event } = item;
  return item.dateDefaulted && history.some((e) => e.channel === event.channel && e.status === 'OPT_OUT'
    && e.sourceRef === event.sourceRef && e.source === event.source && e.proof === event.proof);
}

function isOpposed(input: ConsentImportInput, record: EspoRecord, items: readonly PendingEvent[]): boolean {
  const opposition = input.opposition;
  if (opposition === undefined) return false;
  return opposition.list.isOpposed([...identifierKeys(record, opposition.hash), ...items.flatMap((item) => item.lineKeys)]);
}

/** Sorts the pending events into accepted, duplicate and opposed. */
function sortEvents(input: ConsentImportInput, record: EspoRecord, folded: FoldedConsent, items: readonly PendingEvent[]) {
  const opposed = isOpposed(input, record, items);
  const current = [...folded.history];
  const known = new Set(current.map(consentEventKey));
  const accepted: PendingEvent[] = [];
  const outcomes = items.map((item): { line: number; outcome: ImportLineOutcome } => {
    const { line, event } = item;
    if (opposed && isOptIn(event)) return { line, outcome: 'opposed' };
    if (known.has(consentEventKey(event)) || alreadyImported(current, item)) return { line, outcome: 'duplicate' };
    known.add(consentEventKey(event));
    current.push(event);
    accepted.push(item);
    return { line, outcome: 'accepted' };
  });
  return { outcomes, accepted };
}

export async function importForPerson(ref: PersonRef, items: readonly PendingEvent[], input: ConsentImportInput, ctx: RgpdJobContext): Promise<PersonImport> {
  const all = (outcome: ImportLineOutcome): PersonImport => ({ outcomes: items.map(({ line }) => ({ line, outcome })), record: null });
  const record = await input.gateway.get(ref.entityType, ref.id, { signal: ctx.signal });
  if (record === null) return all('unknownPerson');
  let folded: FoldedConsent;
  try {
    folded = foldConsent(record, input.today);
  } catch (error) {
    if (error instanceof ConsentHistoryParseError) return all('invalidHistory');
    throw error;
  }
  const { outcomes, accepted } = sortEvents(input, record, folded, items);
  const history = mergeConsent(folded.history, accepted.map((item) => item.event));
  const changes = consentChanges(record, history, input.today);
  if (Object.keys(changes).length === 0) return { outcomes, record: null };
  const result = (outcome: ConsentImportRecord['outcome']): PersonImport => ({
    outcomes,
    record: {
      kind: 'record', id: ref.id, entityType: ref.entityType, outcome, channels: changedChannels(changes),
      eventsAdded: CONSENT_HISTORY_FIELD in changes ? history.length - folded.stored.length : 0,
      lines: [...new Set(accepted.map((item) => item.line))], rejectedEdits: folded.rejected,
    },
  });
  if (ctx.dryRun) return result('wouldUpdate');
  try {
    await input.gateway.update(ref.entityType, ref.id, changes, { signal: ctx.signal });
  } catch (error) {
    if (isEspoRecordNotFoundError(error)) return { ...all('unknownPerson'), record: result('gone').record };
    throw error;
  }
  return result('updated');
}
