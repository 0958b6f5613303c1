import type { AuditEntry, AuditStep } from './audit-entry';
import { AUDIT_STEPS } from './audit-entry';

/** Where one record stands: its last step done and the rule that decided its anonymisation. */
export interface JournalEntry {
  readonly step: AuditStep;
  readonly ruleId: string;
}

/** Last step done per record, keyed by `journalKey`. */
export type Journal = ReadonlyMap<string, JournalEntry>;

export function journalKey(entityType: string, recordId: string): string {
  return `${entityType}/${recordId}`;
}

export function stepIndex(step: AuditStep): number {
  return AUDIT_STEPS.indexOf(step);
}

/** True when `step` is done for a record whose last step is `last` (undefined: nothing done yet). */
export function isStepDone(last: AuditStep | undefined, step: AuditStep): boolean {
  return last !== undefined && stepIndex(last) >= stepIndex(step);
}

/**
 * Moves the journal forward by one entry. Only record steps count: run and opposition-list entries are
 * ignored, and so are `failed` entries (they do not move a record back: its steps done stay done) and
 * `erasing` ones (a request about to be sent is not a step done). A record whose last step is `done` is
 * finished; any other record was interrupted and a rerun resumes it.
 */
export function applyToJournal(journal: Map<string, JournalEntry>, entry: AuditEntry): void {
  if (entry.kind !== 'record' || entry.step === 'failed' || entry.step === 'erasing') return;
  const key = journalKey(entry.entityType, entry.recordId);
  const previous = journal.get(key);
  // A new decision (`started`) after a finished one is a new anonymisation (record restored from a backup).
  const restart = entry.step === 'started' && previous?.step === 'done';
  if (previous === undefined || restart || stepIndex(entry.step) > stepIndex(previous.step)) {
    journal.set(key, { step: entry.step, ruleId: entry.ruleId });
  }
}

/** Replays a whole log. */
export function buildJournal(entries: Iterable<AuditEntry>): Map<string, JournalEntry> {
  const journal = new Map<string, JournalEntry>();
  for (const entry of entries) applyToJournal(journal, entry);
  return journal;
}

/** Records started but not finished. */
export function unfinished(journal: Journal): readonly string[] {
  return [...journal].filter(([, entry]) => entry.step !== 'done').map(([key]) => key);
}
