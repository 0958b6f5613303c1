/**
 * One record through the apply steps, in the order that keeps it recoverable (issue 5, domain.md §2.9):
 * audit entry before acting, opposition keys before the erase (once erased they cannot be read), erase,
 * notes, opt-outs, status. Each step is journaled when done and checks the host's current state, so a
 * run killed anywhere is finished by the next one without sending anything twice. The erase runs on every
 * resume, whatever the journal says (a restored record holds data again), and the status is set only once
 * no field to erase holds a value (`StillHoldingError` otherwise).
 */
import { isAutoCibleError } from '../../../core/errors';
import type { AuditStep } from '../../audit/audit-entry';
import { isStepDone } from '../../audit/journal';
import type { JournalEntry } from '../../audit/journal';
import { isEspoHttpError } from '../../espo/errors';
import type { EspoRecord } from '../../espo/types';
import { isKnownFailure } from './apply-failure';
import type { ApplyRecordResult, RetentionApplyInput } from './apply-types';
import { eraseStep } from './erase-step';
import { fieldsStillHolding, freeTextStillHolding } from './erase-targets';
import type { EraseOutcome } from './erase-step';
import { identifierKeys } from './identifier-keys';
import { keysToOppose } from './kept-keys';
import { cleanUpNotes } from './note-cleanup';
import type { NoteCleanup } from './note-cleanup';
import { optOutChanges } from './opt-out-changes';
import type { PersonEntityType } from './persons';
import type { Decision } from './record-audit';
import { recordAuditor } from './record-audit';
import { sharedWithDetail } from './relink-shared';
import { sharedAddresses, sharedCount } from './shared-addresses';
import { StillHoldingError } from './still-holding-error';

export interface AnonymiseTarget {
  readonly entityType: PersonEntityType;
  readonly record: EspoRecord;
  readonly decision: Decision;
  /** The journal entry of an interrupted earlier run, if any. */
  readonly resume: JournalEntry | undefined;
}

/** Runs the steps; a known failure is journaled as `failed` (the steps done stay done) and rethrown. */
export async function anonymiseRecord(
  input: RetentionApplyInput, target: AnonymiseTarget, signal: AbortSignal, onErased: () => void = () => undefined,
): Promise<ApplyRecordResult> {
  const audit = recordAuditor(input, target.entityType, target.record.id, target.decision);
  // Fields erased by a step that failed afterwards (a vehicle it could not change): the rerun finds them empty and
  // journals nothing erased, so the `failed` entry is where the trail names them.
  const erasedBeforeFailure: { fields: readonly string[] } = { fields: [] };
  try {
    return await runSteps(input, target, audit, signal, erasedBeforeFailure, onErased);
  } catch (error) {
    if (isKnownFailure(error) && !signal.aborted) {
      const status = isEspoHttpError(error) ? { status: error.status } : {};
      const erased = erasedBeforeFailure.fields.length > 0 ? { erasedFields: erasedBeforeFailure.fields } : {};
      // The record's own error is what the caller must see; if the log cannot be written either, the
      // next append (or the next run's open) fails loudly on its own.
      await audit('failed', { detail: { code: isAutoCibleError(error) ? error.code : 'UNKNOWN', ...status, ...erased } }).catch(() => undefined);
    }
    throw error;
  }
}

async function runSteps(
  input: RetentionApplyInput, target: AnonymiseTarget, audit: Audit, signal: AbortSignal, erasedBeforeFailure: { fields: readonly string[] },
  onErased: () => void,
): Promise<ApplyRecordResult> {
  const { entityType, record } = target;
  const writers = input.writers;
  if (writers === undefined) throw new TypeError('a real run needs writers');
  const last = target.resume?.step;
  const todo = (step: AuditStep): boolean => !isStepDone(last, step);
  // Ctrl-C stops between steps; once `done` is journaled the record is finished, and reported so.
  const after = async (step: AuditStep): Promise<void> => {
    await input.hooks?.afterStep?.(step, { entityType, id: record.id });
    if (step !== 'done') signal.throwIfAborted();
  };
  const keys = identifierKeys(record, input.hash);
  if (todo('started')) await audit('started', { identifierHashes: keys });
  await after('started');
  // Read before anything is written: a shared address (another Contact's, Lead's, Account's or User's) is neither listed nor erased.
  // A record whose addresses are all erased already has none to look up.
  const shared = await sharedAddresses(input.gateway, entityType, record, signal);
  if (todo('opposed')) {
    // By key, not by row: a key a kept record holds under another spelling stays off the list too.
    const own = await keysToOppose(input.gateway, { entityType, id: record.id }, record, shared, input.hash, signal);
    const added = await writers.opposition.add(own.keys, input.today, 'retention');
    // `sharedWith` names the shared addresses (hash and holder) before the erase unlinks them: an abandonment links them back.
    const sharedWith = shared.holders.length === 0 ? {} : { sharedWith: sharedWithDetail(shared.holders, input.hash) };
    await audit('opposed', { detail: { keys: own.keys.length, added, shared: sharedCount(shared), keptElsewhere: own.keptElsewhere, unproven: own.unproven, ...sharedWith } });
  }
  await after('opposed');
  // On every resume too, whatever the journal says: a record restored from a backup (or typed in again) after its erase
  // holds personal data again. The step sends only what still holds a value, nothing when nothing does.
  const erased = await eraseStep(input.gateway, entityType, record, shared, signal, {
    // On disk before the request: killed before the `erased` entry, the log still names what was sent.
    erasing: (fields) => audit('erasing', { detail: { fields } }),
    erased: (fields) => {
      erasedBeforeFailure.fields = fields;
      if (fields.length > 0) onErased();
    },
  });
  // A resume whose erase found data again (a restored backup) brings back the stream and the opt-outs too: redo both.
  const restored = !todo('erased') && changedAnything(erased);
  if (todo('erased') || changedAnything(erased)) {
    await audit('erased', { detail: { fields: erased.fields, vehicles: erased.vehiclesChanged, sharedUnlinked: erased.sharedUnlinked } });
  }
  await after('erased');
  let notes: NoteCleanup = { deleted: 0, needsAdmin: [] };
  if (todo('notesCleaned') || restored) {
    notes = await cleanUpNotes(input.gateway, entityType, record.id, signal);
    // `deleted` counts every listed note now gone; `alreadyGone`, those of them a DELETE found gone (404).
    await audit('notesCleaned', { detail: { deleted: notes.deleted, alreadyGone: notes.alreadyGone ?? 0, needsAdmin: notes.needsAdmin.length } });
  }
  await after('notesCleaned');
  await finish(input, target, audit, (step) => todo(step) || (restored && step === 'optedOut'), after, signal);
  return {
    entityType, id: record.id, outcome: 'anonymised', ruleId: target.decision.ruleId, resumedFrom: last ?? null,
    erasedFields: erased.fields, sharedAddressesUnlinked: erased.sharedUnlinked, vehiclesChanged: erased.vehiclesChanged, notesDeleted: notes.deleted, notesNeedingAdmin: notes.needsAdmin,
  };
}

type Audit = ReturnType<typeof recordAuditor>;

const changedAnything = (erased: EraseOutcome): boolean => erased.fields.length > 0 || erased.vehiclesChanged > 0 || erased.sharedUnlinked > 0;

/** Throws `StillHoldingError` when a field the erase empties still holds a value: such a record is never `ANONYMISED`. */
function assertErased(entityType: PersonEntityType, current: EspoRecord): void {
  const holding = [...fieldsStillHolding(entityType, current), ...freeTextStillHolding(entityType, current)];
  if (holding.length > 0) throw new StillHoldingError(entityType, current.id, holding);
}

/** Steps e and f, on the record as it is now (after the erase). */
async function finish(
  input: RetentionApplyInput, target: AnonymiseTarget, audit: Audit, todo: (step: AuditStep) => boolean,
  after: (step: AuditStep) => Promise<void>, signal: AbortSignal,
): Promise<void> {
  const { entityType, record } = target;
  const read = await input.gateway.get(entityType, record.id, { signal });
  if (read !== null) assertErased(entityType, read);
  const current = read ?? record;
  if (todo('optedOut')) {
    const changes = optOutChanges(current, input.today);
    await input.gateway.update(entityType, record.id, changes, { signal });
    await audit('optedOut', { detail: { fields: Object.keys(changes) } });
  }
  await after('optedOut');
  if (current.autoCibleRetentionStatus !== 'ANONYMISED') {
    await input.gateway.update(entityType, record.id, { autoCibleRetentionStatus: 'ANONYMISED' }, { signal });
  }
  await audit('done');
  await after('done');
}
